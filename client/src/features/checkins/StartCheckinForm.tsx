import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CommandInput } from '../../../../shared/commands';
import { LABEL_MAX, MINIMUM_DEFAULT, MINIMUM_FLOOR, MINIMUM_MAX, OPTION_MAX, OPTIONS_MAX, OPTIONS_MIN, PROMPT_MAX } from '../../../../shared/checkins/limits';
import { READY_PROMPTS } from '../../../../shared/checkins/prompts';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';

type Kind = 'scale' | 'word' | 'choice';
const DEFAULT_OPTIONS = ['calm', 'anxious', 'sad', 'hopeful', 'angry', 'tired'];
const KINDS: Array<[Kind, string]> = [
  ['scale', '0–10 scale'],
  ['word', 'One word'],
  ['choice', 'Multiple choice'],
];

/** Ready prompts or own text; the format, its labels or choices, an optional cut-off and the minimum. */
export function StartCheckinForm() {
  const id = useId();
  const cmd = useCommand();
  const first = READY_PROMPTS[0]!;
  const [ready, setReady] = useState(first.id);
  const [prompt, setPrompt] = useState(first.prompt);
  const [kind, setKind] = useState<Kind>(first.format.kind);
  const [low, setLow] = useState(first.format.kind === 'scale' ? first.format.low : 'struggling');
  const [high, setHigh] = useState(first.format.kind === 'scale' ? first.format.high : 'doing well');
  const [options, setOptions] = useState<string[]>(DEFAULT_OPTIONS);
  const [useCutoff, setUseCutoff] = useState(false);
  const [cutoff, setCutoff] = useState(2);
  const [minimum, setMinimum] = useState(String(MINIMUM_DEFAULT));

  const pickReady = (readyId: string) => {
    setReady(readyId);
    const p = READY_PROMPTS.find((r) => r.id === readyId);
    if (!p) return;
    setPrompt(p.prompt);
    setKind(p.format.kind);
    if (p.format.kind === 'scale') {
      setLow(p.format.low);
      setHigh(p.format.high);
    }
    if (p.format.kind === 'choice') setOptions(p.format.options.slice());
  };

  const start = (e: FormEvent) => {
    e.preventDefault();
    const format: CommandInput<'checkin:start'>['format'] =
      kind === 'scale'
        ? { kind, low, high, ...(useCutoff ? { cutoff } : {}) }
        : kind === 'choice'
          ? { kind, options: options.filter((o) => o.trim() !== '') }
          : { kind };
    void cmd.run('checkin:start', { prompt, format, minimum: Number(minimum) });
  };

  const setOption = (i: number, text: string) => setOptions(options.map((o, j) => (j === i ? text : o)));

  return (
    <form className="form" onSubmit={start}>
      <div className="field">
        <label htmlFor={`${id}-ready`}>Ready prompts</label>
        <select id={`${id}-ready`} value={ready} onChange={(e) => pickReady(e.target.value)}>
          {READY_PROMPTS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.prompt}
            </option>
          ))}
          <option value="own">My own prompt…</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-prompt`}>Prompt</label>
        <textarea
          id={`${id}-prompt`}
          rows={2}
          maxLength={PROMPT_MAX}
          required
          value={prompt}
          onChange={(e) => {
            setPrompt(e.target.value);
            setReady('own');
          }}
        />
      </div>
      <fieldset className="ci-options">
        <legend>Format</legend>
        {KINDS.map(([k, label]) => (
          <label key={k} className="ci-option">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {label}
          </label>
        ))}
      </fieldset>
      {kind === 'scale' ? (
        <>
          <div className="ci-two">
            <div className="field">
              <label htmlFor={`${id}-low`}>Label for 0</label>
              <input id={`${id}-low`} type="text" maxLength={LABEL_MAX} required value={low} onChange={(e) => setLow(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-high`}>Label for 10</label>
              <input id={`${id}-high`} type="text" maxLength={LABEL_MAX} required value={high} onChange={(e) => setHigh(e.target.value)} />
            </div>
          </div>
          <div className="field check">
            <input id={`${id}-cut`} type="checkbox" checked={useCutoff} onChange={(e) => setUseCutoff(e.target.checked)} />
            <label htmlFor={`${id}-cut`}>Tell the facilitators privately how many answers are at or below a number</label>
          </div>
          {useCutoff ? (
            <div className="field">
              <label htmlFor={`${id}-cutoff`}>Cut-off: at or below</label>
              <select id={`${id}-cutoff`} className="ci-narrow" value={cutoff} onChange={(e) => setCutoff(Number(e.target.value))}>
                {Array.from({ length: 10 }, (_, v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
              <p className="hint">You see only how many, never whose, and only after answers stop.</p>
            </div>
          ) : null}
        </>
      ) : null}
      {kind === 'choice' ? (
        <fieldset className="ci-option-editor">
          <legend>Choices</legend>
          <ol>
            {options.map((o, i) => (
              <li key={i}>
                <label className="visually-hidden" htmlFor={`${id}-opt-${i}`}>
                  Choice {i + 1}
                </label>
                <input id={`${id}-opt-${i}`} type="text" maxLength={OPTION_MAX} required value={o} onChange={(e) => setOption(i, e.target.value)} />
                <button
                  type="button"
                  className="quiet small"
                  disabled={options.length <= OPTIONS_MIN}
                  onClick={() => setOptions(options.filter((_, j) => j !== i))}
                >
                  Remove<span className="visually-hidden"> choice {i + 1}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="quiet small" disabled={options.length >= OPTIONS_MAX} onClick={() => setOptions([...options, ''])}>
            Add a choice
          </button>
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-min`}>Show results only with at least this many answers</label>
        <input
          id={`${id}-min`}
          type="number"
          inputMode="numeric"
          min={MINIMUM_FLOOR}
          max={MINIMUM_MAX}
          required
          value={minimum}
          onChange={(e) => setMinimum(e.target.value)}
          className="ci-narrow"
        />
        <p className="hint">Never fewer than {MINIMUM_FLOOR}. With 3 or more, it is much harder to work out anyone’s answer.</p>
      </div>
      <button type="submit" className="primary" disabled={cmd.pending}>
        Start check-in
      </button>
      <InlineError message={cmd.error} />
    </form>
  );
}
