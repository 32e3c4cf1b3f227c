import { useId, useState } from 'react';
import { WritingProgressLine } from './WritingProgressLine';
import type { FeedbackRoundView, FeedbackStaffView } from '../../../../shared/feedback/views';
import { useServerNow } from '../../room/useRoom';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatClock } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { FeedbackGrid } from './FeedbackGrid';
import { ReadAloud } from './ReadAloud';
import { RevealedItems } from './RevealedItems';
import { ScreeningList } from './ScreeningList';
import { StartRoundForm } from './StartRoundForm';
import { MODE_NAMES, attributionText, countText, nameOf, roundTitle } from './feedback-text';
import './feedback.css';
import { useLocale, useT } from '../../i18n/useT';
import { useFeedback } from './useFeedback';
import type { FeedbackModel } from './useFeedback';

/** The facilitators' feedback panel: start a round, follow the hot seat, screen, reveal, end; the grid. */
export function FeedbackConsole() {
  const fb = useFeedback();
  const id = useId();
  const staff = fb?.staff;
  const t = useT();
  if (!fb || !staff) return null;
  const round = fb.round;
  const hasGrid = Object.keys(staff.grid.named).length > 0 || Object.keys(staff.grid.anonymous).length > 0;
  return (
    <section className="card fb" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('fbStaff.title')}</h2>
      {round ? <OpenRound fb={fb} round={round} staff={staff} /> : <StartRoundForm />}
      {hasGrid ? (
        <details className="fb-grid-box" open={!round}>
          <summary>{t('fbStaff.gridTitle')}</summary>
          <FeedbackGrid grid={staff.grid} />
        </details>
      ) : null}
    </section>
  );
}

function OpenRound({ fb, round, staff }: { fb: FeedbackModel; round: FeedbackRoundView; staff: FeedbackStaffView }) {
  const reveal = useCommand();
  const end = useCommand();
  const t = useT();
  const pending = Object.values(staff.items).filter((i) => i.status === 'pending').length;
  const approved = Object.values(staff.items).filter((i) => i.status === 'approved').length;
  return (
    <div className="stack">
      <p>
        <strong>{round.mode === 'hotSeat' ? t('feedback.titleFor', { name: nameOf(t, fb, staff.focusId) }) : roundTitle(t, fb, round)}</strong> · {t(MODE_NAMES[round.mode])} · {round.labels.join(' / ')}
      </p>
      <p className="muted">{attributionText(t, round)}</p>
      {round.phase === 'consent' ? <FocusStatus fb={fb} staff={staff} /> : null}
      {round.phase === 'writing' ? (
        <>
          <p aria-live="polite">{countText(t, round.submitted)}.</p>
          <WritingProgressLine progress={staff.progress} />
          {round.writeUntil !== null ? <WriteClock until={round.writeUntil} /> : null}
          <ScreeningList items={staff.items} labels={round.labels} locked={false} />
          <div className="actions">
            <button type="button" className="primary" disabled={reveal.pending || pending > 0 || round.submitted === 0} onClick={() => void reveal.run('feedback:reveal', {})}>
              {t('fbStaff.share')}
            </button>
          </div>
          <p className="muted">
            {round.submitted === 0
              ? t('fbStaff.nothingYet')
              : pending > 0
                ? t('fbStaff.readFirst', { pending })
                : t('fbStaff.willAppear', { approved })}
          </p>
          <InlineError message={reveal.error} />
        </>
      ) : null}
      {round.phase === 'revealed' && round.revealed ? (
        <>
          <h3>{t('fbStaff.sharedTitle')}</h3>
          <RevealedItems items={round.revealed} labels={round.labels} />
          <ReadAloud anonymous={round.attribution === 'anonymous'} />
          {Object.values(staff.items).some((i) => i.status === 'heldBack') ? (
            <details>
              <summary>{t('fbStaff.heldBack')}</summary>
              <ScreeningList items={Object.fromEntries(Object.entries(staff.items).filter(([, i]) => i.status === 'heldBack'))} labels={round.labels} locked />
            </details>
          ) : null}
        </>
      ) : null}
      <div className="actions">
        <ConfirmButton
          label={t('fbStaff.end')}
          title={t('fbStaff.endTitle')}
          body={round.phase === 'revealed' ? t('fbStaff.endBodyRevealed') : t('fbStaff.endBodyOpen')}
          confirmLabel={t('fbStaff.end')}
          onConfirm={() => void end.run('feedback:end', {})}
        />
      </div>
      <InlineError message={end.error} />
    </div>
  );
}

function FocusStatus({ fb, staff }: { fb: FeedbackModel; staff: FeedbackStaffView }) {
  const cmd = useCommand();
  const t = useT();
  const id = useId();
  const others = fb.order.filter((m) => m !== staff.focusId && fb.roster[m]?.role === 'member' && fb.roster[m]?.presence !== 'left');
  const [next, setNext] = useState('');
  const focusName = nameOf(t, fb, staff.focusId);
  const chosen = next || others[0] || '';
  return (
    <div className="fb-focus" aria-live="polite">
      {staff.focusAnswer === 'notNow' ? (
        <p className="notice">
          <strong>{t('fbStaff.saidNotNow', { name: focusName })}</strong> {t('fbStaff.askOther')}
        </p>
      ) : (
        <p>{t('fbStaff.waitingFor', { name: focusName })}</p>
      )}
      {others.length > 0 ? (
        <div className="fb-inline">
          <div className="field">
            <label htmlFor={`${id}-other`}>{t('fbStaff.askInstead')}</label>
            <select id={`${id}-other`} value={chosen} onChange={(e) => setNext(e.target.value)}>
              {others.map((m) => (
                <option key={m} value={m}>
                  {fb.roster[m]!.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="secondary" disabled={cmd.pending || !chosen} onClick={() => void cmd.run('feedback:setFocus', { focusId: chosen })}>
            {t('fbStaff.ask', { name: nameOf(t, fb, chosen) })}
          </button>
        </div>
      ) : null}
      <InlineError message={cmd.error} />
    </div>
  );
}

function WriteClock({ until }: { until: number }) {
  const now = useServerNow();
  const t = useT();
  const locale = useLocale();
  const left = until - now;
  return <p>{left > 0 ? t('fbStaff.timeToWrite', { clock: formatClock(left, locale) }) : t('fbStaff.timeUp')}</p>;
}
