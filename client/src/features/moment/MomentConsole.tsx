import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MOMENT_QUESTION_MAX } from '../../../../shared/moment/limits';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useT } from '../../i18n/useT';
import { MomentScreening } from './MomentScreening';
import { MomentTexts } from './MomentTexts';
import { useMoment } from './useMoment';
import { useRoom } from '../../room/useRoom';
import './moment.css';

/**
 * Staff's panel for the moment that mattered: ask the question (in the group's own
 * words if they like), watch "5 of 7 done" (a count: answers are anonymous), screen
 * each answer, share the chosen ones with the group, stop taking answers.
 */
export function MomentConsole() {
  const vm = useMoment();
  const { view } = useRoom();
  const id = useId();
  const t = useT();
  const cmd = useCommand();
  if (!view?.shared?.staff) return null;
  const current = vm?.current ?? null;
  const staff = vm?.staff ?? null;
  const running = view.session.endedAt === null;
  const toShare = staff?.answers.filter((a) => a.status === 'shared' && !a.revealed).length ?? 0;
  return (
    <section className="card moment" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('momentStaff.title')}</h2>
      {current && staff ? (
        <>
          <p dir="auto">{current.question ?? t('moment.defaultQuestion')}</p>
          {current.open ? (
            <>
              <p aria-live="polite" aria-atomic="true" data-testid="moment-progress">
                <strong>{t('momentStaff.done', { done: staff.done, of: staff.of })}</strong>
              </p>
              <progress className="moment-progress" value={staff.done} max={Math.max(1, staff.of)} aria-hidden="true" />
            </>
          ) : null}
          <MomentScreening answers={staff.answers} />
          <div className="actions">
            {toShare > 0 ? (
              <button type="button" className="primary" disabled={cmd.pending} onClick={() => void cmd.run('moment:reveal', {})}>
                {t('momentStaff.reveal', { count: toShare })}
              </button>
            ) : null}
            {current.open ? (
              <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('moment:close', {})}>
                {t('momentStaff.close')}
              </button>
            ) : null}
          </div>
          <InlineError message={cmd.error} />
          <MomentTexts title={t('moment.sharedTitle')} texts={current.revealed} />
        </>
      ) : null}
      {/* After a question closes its answers stay above, to screen and share; a new one may be asked below. */}
      {running && !current?.open ? <AskForm /> : null}
    </section>
  );
}

/** The question, in the catalog's words unless the facilitator rewrites it for the group. */
function AskForm() {
  const id = useId();
  const t = useT();
  const cmd = useCommand();
  const [question, setQuestion] = useState(() => t('moment.defaultQuestion'));
  const ask = async (e: FormEvent) => {
    e.preventDefault();
    const own = question.trim();
    await cmd.run('moment:open', own && own !== t('moment.defaultQuestion') ? { question: own } : {});
  };
  return (
    <form onSubmit={ask} className="moment-ask">
      <p className="hint">{t('momentStaff.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('momentStaff.questionLabel')}</label>
        <input id={`${id}-q`} dir="auto" maxLength={MOMENT_QUESTION_MAX} value={question} onChange={(e) => setQuestion(e.target.value)} />
      </div>
      <InlineError message={cmd.error} />
      <button type="submit" className="primary" disabled={cmd.pending}>
        {t('momentStaff.open')}
      </button>
    </form>
  );
}
