import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CommandInput } from '../../../../shared/commands';
import { LABEL_MAX } from '../../../../shared/text';
import { MINIMUM_DEFAULT, MINIMUM_FLOOR, MINIMUM_MAX, OPTION_MAX, OPTIONS_MAX, OPTIONS_MIN, PROMPT_MAX } from '../../../../shared/checkin/limits';
import { FEELING_OPTIONS, READY_PROMPTS } from '../../../../shared/checkin/prompts';
import type { ReadyPrompt } from '../../../../shared/checkin/prompts';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useGroupT } from '../../i18n/group-texts';
import { useSession } from '../../room/useSession';
import { useT } from '../../i18n/useT';
import type { MessageId, Translate } from '../../i18n/useT';

type Kind = ReadyPrompt['kind'];
export const FORMAT_NAMES: Record<Kind, MessageId> = { scale: 'ciStaff.format.scale', word: 'ciStaff.format.word', choice: 'ciStaff.format.choice' };

/** A ready prompt's words in the facilitator's language (catalog `prompt.*`). */
function readyText(t: Translate, p: ReadyPrompt) {
  const key = (suffix: string) => `prompt.${p.id}${suffix}` as MessageId;
  return {
    prompt: t(key('')),
    low: p.kind === 'scale' ? t(key('.low')) : null,
    high: p.kind === 'scale' ? t(key('.high')) : null,
    options: (p.options ?? FEELING_OPTIONS).map((o) => t(`prompt.option.${o}` as MessageId)),
  };
}

/** Ready prompts (in the group's language) or own text; the format, its labels or choices, an optional cut-off and the minimum. */
export function StartCheckinForm() {
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const { t: groupT, ready: groupReady } = useGroupT(useSession()?.session.language ?? 'en');
  const first = readyText(groupT, READY_PROMPTS[0]!);
  const [ready, setReady] = useState(READY_PROMPTS[0]!.id);
  const [prompt, setPrompt] = useState(first.prompt);
  const [kind, setKind] = useState<Kind>(READY_PROMPTS[0]!.kind);
  const [low, setLow] = useState(first.low ?? '');
  const [high, setHigh] = useState(first.high ?? '');
  const [options, setOptions] = useState<string[]>(first.options);
  const [useCutoff, setUseCutoff] = useState(false);
  const [cutoff, setCutoff] = useState(2);
  const [minimum, setMinimum] = useState(String(MINIMUM_DEFAULT));

  const pickReady = (readyId: string) => {
    setReady(readyId);
    const p = READY_PROMPTS.find((r) => r.id === readyId);
    if (!p) return;
    const text = readyText(groupT, p);
    setPrompt(text.prompt);
    setKind(p.kind);
    if (text.low !== null && text.high !== null) {
      setLow(text.low);
      setHigh(text.high);
    }
    if (p.kind === 'choice') setOptions(text.options);
  };

  // The group's words arrive after the first render: a ready prompt not yet edited takes them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the group's catalog arrives
  useEffect(() => pickReady(ready), [groupT]);

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
        <label htmlFor={`${id}-ready`}>{t('ciStart.ready')}</label>
        <select id={`${id}-ready`} value={ready} onChange={(e) => pickReady(e.target.value)}>
          {READY_PROMPTS.map((p) => (
            <option key={p.id} value={p.id}>
              {readyText(groupT, p).prompt}
            </option>
          ))}
          <option value="own">{t('ciStart.own')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-prompt`}>{t('ciStart.prompt')}</label>
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
        <legend>{t('ciStart.format')}</legend>
        {(Object.keys(FORMAT_NAMES) as Kind[]).map((k) => (
          <label key={k} className="ci-option">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(FORMAT_NAMES[k])}
          </label>
        ))}
      </fieldset>
      {kind === 'scale' ? (
        <>
          <div className="ci-two">
            <div className="field">
              <label htmlFor={`${id}-low`}>{t('ciStart.low')}</label>
              <input id={`${id}-low`} type="text" maxLength={LABEL_MAX} required value={low} onChange={(e) => setLow(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-high`}>{t('ciStart.high')}</label>
              <input id={`${id}-high`} type="text" maxLength={LABEL_MAX} required value={high} onChange={(e) => setHigh(e.target.value)} />
            </div>
          </div>
          <div className="field check">
            <input id={`${id}-cut`} type="checkbox" checked={useCutoff} onChange={(e) => setUseCutoff(e.target.checked)} />
            <label htmlFor={`${id}-cut`}>{t('ciStart.cutCheck')}</label>
          </div>
          {useCutoff ? (
            <div className="field">
              <label htmlFor={`${id}-cutoff`}>{t('ciStart.cutoff')}</label>
              <select id={`${id}-cutoff`} className="ci-narrow" value={cutoff} onChange={(e) => setCutoff(Number(e.target.value))}>
                {Array.from({ length: 10 }, (_, v) => (
                  <option key={v} value={v}>
                    {t('common.number', { n: v })}
                  </option>
                ))}
              </select>
              <p className="hint">{t('ciStart.cutHint')}</p>
            </div>
          ) : null}
        </>
      ) : null}
      {kind === 'choice' ? (
        <fieldset className="ci-option-editor">
          <legend>{t('ciStart.choices')}</legend>
          <ol>
            {options.map((o, i) => (
              <li key={i}>
                <label className="visually-hidden" htmlFor={`${id}-opt-${i}`}>
                  {t('ciStart.choice', { n: i + 1 })}
                </label>
                <input id={`${id}-opt-${i}`} type="text" maxLength={OPTION_MAX} required value={o} onChange={(e) => setOption(i, e.target.value)} />
                <button
                  type="button"
                  className="quiet small"
                  disabled={options.length <= OPTIONS_MIN}
                  onClick={() => setOptions(options.filter((_, j) => j !== i))}
                >
                  {t('ciStart.remove')}
                  <span className="visually-hidden"> {t('ciStart.removeWhich', { n: i + 1 })}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="quiet small" disabled={options.length >= OPTIONS_MAX} onClick={() => setOptions([...options, ''])}>
            {t('ciStart.add')}
          </button>
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-min`}>{t('ciStart.minimum')}</label>
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
        <p className="hint">{t('ciStart.minimumHint', { floor: MINIMUM_FLOOR })}</p>
      </div>
      <button type="submit" className="primary" disabled={cmd.pending || !groupReady}>
        {t('ciStart.start')}
      </button>
      <InlineError message={cmd.error} />
    </form>
  );
}
