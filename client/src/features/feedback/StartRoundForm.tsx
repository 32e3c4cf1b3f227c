import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { FeedbackMode } from '../../../../shared/feedback/feedback-state';
import { LABEL_MAX, READY_TEMPLATES } from '../../../../shared/feedback/feedback-state';
import type { ClientView } from '../../../../shared/session/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { MODE_NAMES } from './feedback-text';
import { useT } from '../../i18n/useT';

type TemplateChoice = keyof typeof READY_TEMPLATES | 'own';
const TIMES = ['', '3', '5', '10'] as const;

/** Start a round: mode, who is in the hot seat, template, named or anonymous, time to write. */
export function StartRoundForm({ view }: { view: ClientView }) {
  const id = useId();
  const t = useT();
  const cmd = useCommand();
  const shared = view.shared!;
  const members = shared.order.filter((m) => shared.roster[m]?.role === 'member' && shared.roster[m]?.presence !== 'left');
  const [mode, setMode] = useState<FeedbackMode>('hotSeat');
  const [focus, setFocus] = useState('');
  const [template, setTemplate] = useState<TemplateChoice>('whenFeltWonder');
  const [own, setOwn] = useState(['', '', '']);
  const [anonymous, setAnonymous] = useState(false);
  const [minutes, setMinutes] = useState<(typeof TIMES)[number]>('');

  const labels = template === 'own' ? own.map((l) => l.trim()).filter(Boolean) : [...READY_TEMPLATES[template].labels];
  const focusId = mode === 'hotSeat' ? focus || members[0] || '' : '';

  const start = (e: FormEvent) => {
    e.preventDefault();
    void cmd.run('feedback:start', {
      mode,
      ...(mode === 'hotSeat' ? { focusId } : {}),
      labels,
      anonymous,
      ...(minutes ? { minutes: Number(minutes) } : {}),
    });
  };

  if (members.length < 2) return <p>A feedback round needs at least two members in the room.</p>;

  return (
    <form onSubmit={start} className="fb-start">
      <fieldset className="choices">
        <legend>Who gives feedback to whom</legend>
        {(Object.keys(MODE_NAMES) as FeedbackMode[]).map((m) => (
          <label key={m} className="choice">
            <input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} /> {t(MODE_NAMES[m])}
          </label>
        ))}
      </fieldset>
      {mode === 'hotSeat' ? (
        <div className="field">
          <label htmlFor={`${id}-focus`}>In the hot seat</label>
          <select id={`${id}-focus`} value={focusId} onChange={(e) => setFocus(e.target.value)}>
            {members.map((m) => (
              <option key={m} value={m}>
                {shared.roster[m]!.name}
              </option>
            ))}
          </select>
          <p className="hint">They are asked first whether they are open to feedback now.</p>
        </div>
      ) : null}
      <fieldset className="choices">
        <legend>Template</legend>
        {(Object.keys(READY_TEMPLATES) as Array<keyof typeof READY_TEMPLATES>).map((t) => (
          <label key={t} className="choice">
            <input type="radio" name={`${id}-tpl`} checked={template === t} onChange={() => setTemplate(t)} /> {READY_TEMPLATES[t].name}
          </label>
        ))}
        <label className="choice">
          <input type="radio" name={`${id}-tpl`} checked={template === 'own'} onChange={() => setTemplate('own')} /> Our own labels
        </label>
      </fieldset>
      {template === 'own'
        ? own.map((value, i) => (
            <div className="field" key={i}>
              <label htmlFor={`${id}-own${i}`}>Part {i + 1} label{i === 2 ? ' (optional)' : ''}</label>
              <input
                id={`${id}-own${i}`}
                maxLength={LABEL_MAX}
                value={value}
                required={i < 2}
                onChange={(e) => setOwn(own.map((o, j) => (j === i ? e.target.value : o)))}
              />
            </div>
          ))
        : null}
      <fieldset className="choices">
        <legend>Attribution</legend>
        <label className="choice">
          <input type="radio" name={`${id}-attr`} checked={!anonymous} onChange={() => setAnonymous(false)} /> Named
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-attr`} checked={anonymous} onChange={() => setAnonymous(true)} /> Anonymous (hidden from facilitators too)
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-time`}>Time to write</label>
        <select id={`${id}-time`} value={minutes} onChange={(e) => setMinutes(e.target.value as (typeof TIMES)[number])}>
          {TIMES.map((t) => (
            <option key={t} value={t}>
              {t ? `${t} minutes (a guide; nobody is cut off)` : 'No set time'}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={cmd.pending || labels.length < 2}>
        Start feedback round
      </button>
      <InlineError message={cmd.error} />
    </form>
  );
}
