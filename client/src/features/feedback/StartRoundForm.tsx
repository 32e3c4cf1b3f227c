import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { FeedbackMode } from '../../../../shared/feedback/state';
import { READY_TEMPLATES } from '../../../../shared/feedback/state';
import { LABEL_MAX } from '../../../../shared/text';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { MODE_NAMES } from './feedback-text';
import { useT } from '../../i18n/useT';
import { useGroupT } from '../../i18n/group-texts';
import type { MessageId } from '../../i18n/useT';
import { useFeedback } from './useFeedback';

type Template = keyof typeof READY_TEMPLATES;
type TemplateChoice = Template | 'own';
const templateKey = (id: Template, part?: number) => (part === undefined ? `template.${id}` : `template.${id}.${part}`) as MessageId;
const TIMES = ['', '3', '5', '10'] as const;

/** Start a round: mode, who is in the hot seat, template, named or anonymous, time to write. */
export function StartRoundForm() {
  const fb = useFeedback()!;
  const id = useId();
  const t = useT();
  // The template's labels are sent to the members: in the group's language.
  const { t: groupT, ready: groupReady } = useGroupT(fb.language);
  const cmd = useCommand();
  const members = fb.order.filter((m) => fb.roster[m]?.role === 'member' && fb.roster[m]?.presence !== 'left');
  const [mode, setMode] = useState<FeedbackMode>('hotSeat');
  const [focus, setFocus] = useState('');
  const [template, setTemplate] = useState<TemplateChoice>('whenFeltWonder');
  const [own, setOwn] = useState(['', '', '']);
  const [anonymous, setAnonymous] = useState(false);
  const [minutes, setMinutes] = useState<(typeof TIMES)[number]>('');

  const labels = template === 'own' ? own.map((l) => l.trim()).filter(Boolean) : Array.from({ length: READY_TEMPLATES[template].parts }, (_, i) => groupT(templateKey(template, i + 1)));
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

  if (members.length < 2) return <p>{t('fbStart.needTwo')}</p>;

  return (
    <form onSubmit={start} className="fb-start">
      <fieldset className="choices">
        <legend>{t('fbStart.who')}</legend>
        {(Object.keys(MODE_NAMES) as FeedbackMode[]).map((m) => (
          <label key={m} className="choice">
            <input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} /> {t(MODE_NAMES[m])}
          </label>
        ))}
      </fieldset>
      {mode === 'hotSeat' ? (
        <div className="field">
          <label htmlFor={`${id}-focus`}>{t('fbStart.focus')}</label>
          <select id={`${id}-focus`} value={focusId} onChange={(e) => setFocus(e.target.value)}>
            {members.map((m) => (
              <option key={m} value={m}>
                {fb.roster[m]!.name}
              </option>
            ))}
          </select>
          <p className="hint">{t('fbStart.focusHint')}</p>
        </div>
      ) : null}
      <fieldset className="choices">
        <legend>{t('fbStart.template')}</legend>
        {(Object.keys(READY_TEMPLATES) as Template[]).map((tpl) => (
          <label key={tpl} className="choice">
            <input type="radio" name={`${id}-tpl`} checked={template === tpl} onChange={() => setTemplate(tpl)} /> {groupT(templateKey(tpl))}
          </label>
        ))}
        <label className="choice">
          <input type="radio" name={`${id}-tpl`} checked={template === 'own'} onChange={() => setTemplate('own')} /> {t('fbStart.own')}
        </label>
      </fieldset>
      {template === 'own'
        ? own.map((value, i) => (
            <div className="field" key={i}>
              <label htmlFor={`${id}-own${i}`}>{t(i === 2 ? 'fbStart.partLabelOptional' : 'fbStart.partLabel', { n: i + 1 })}</label>
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
        <legend>{t('fbStart.attribution')}</legend>
        <label className="choice">
          <input type="radio" name={`${id}-attr`} checked={!anonymous} onChange={() => setAnonymous(false)} /> {t('fbStart.named')}
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-attr`} checked={anonymous} onChange={() => setAnonymous(true)} /> {t('fbStart.anonymous')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('fbStart.time')}</label>
        <select id={`${id}-time`} value={minutes} onChange={(e) => setMinutes(e.target.value as (typeof TIMES)[number])}>
          {TIMES.map((m) => (
            <option key={m} value={m}>
              {m ? t('fbStart.minutes', { minutes: Number(m) }) : t('fbStart.noTime')}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={cmd.pending || labels.length < 2 || !groupReady}>
        {t('fbStart.start')}
      </button>
      <InlineError message={cmd.error} />
    </form>
  );
}
