import { useId, useState } from 'react';
import type { FeedbackRoundView, FeedbackStaffView } from '../../../../shared/feedback/feedback-views';
import type { ClientView } from '../../../../shared/session/views';
import { useRoom, useServerNow } from '../../room/useRoom';
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
import { useT } from '../../i18n/useT';

/** The facilitators' feedback panel: start a round, follow the hot seat, screen, reveal, end; the grid. */
export function FeedbackConsole() {
  const { view } = useRoom();
  const id = useId();
  const staff = view?.shared?.staff?.feedback;
  if (!view || !staff) return null;
  const round = view.shared!.feedback.round;
  const hasGrid = Object.keys(staff.grid.named).length > 0 || Object.keys(staff.grid.anonymous).length > 0;
  return (
    <section className="card fb" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Feedback round</h2>
      {round ? <OpenRound view={view} round={round} staff={staff} /> : <StartRoundForm view={view} />}
      {hasGrid ? (
        <details className="fb-grid-box" open={!round}>
          <summary>Who gave feedback to whom</summary>
          <FeedbackGrid view={view} grid={staff.grid} />
        </details>
      ) : null}
    </section>
  );
}

function OpenRound({ view, round, staff }: { view: ClientView; round: FeedbackRoundView; staff: FeedbackStaffView }) {
  const reveal = useCommand();
  const end = useCommand();
  const t = useT();
  const pending = Object.values(staff.items).filter((i) => i.status === 'pending').length;
  const approved = Object.values(staff.items).filter((i) => i.status === 'approved').length;
  return (
    <div className="stack">
      <p>
        <strong>{round.mode === 'hotSeat' ? t('feedback.titleFor', { name: nameOf(t, view, staff.focusId) }) : roundTitle(t, view, round)}</strong> · {t(MODE_NAMES[round.mode])} · {round.labels.join(' / ')}
      </p>
      <p className="muted">{attributionText(t, round)}</p>
      {round.phase === 'consent' ? <FocusStatus view={view} round={round} staff={staff} /> : null}
      {round.phase === 'writing' ? (
        <>
          <p aria-live="polite">{countText(t, round.submitted)}.</p>
          {round.writeUntil !== null ? <WriteClock until={round.writeUntil} /> : null}
          <ScreeningList view={view} items={staff.items} labels={round.labels} locked={false} />
          <div className="actions">
            <button type="button" className="primary" disabled={reveal.pending || pending > 0 || round.submitted === 0} onClick={() => void reveal.run('feedback:reveal', {})}>
              Share approved feedback with everyone
            </button>
          </div>
          <p className="muted">
            {round.submitted === 0
              ? 'Nothing to share yet.'
              : pending > 0
                ? `Read every item first: ${pending} still to approve or hold back.`
                : `${approved} approved item${approved === 1 ? '' : 's'} will appear on every screen at once.`}
          </p>
          <InlineError message={reveal.error} />
        </>
      ) : null}
      {round.phase === 'revealed' && round.revealed ? (
        <>
          <h3>Shared with the group</h3>
          <RevealedItems view={view} items={round.revealed} labels={round.labels} />
          <ReadAloud view={view} anonymous={round.attribution === 'anonymous'} />
          {Object.values(staff.items).some((i) => i.status === 'heldBack') ? (
            <details>
              <summary>Held back (only facilitators and each writer see these)</summary>
              <ScreeningList view={view} items={Object.fromEntries(Object.entries(staff.items).filter(([, i]) => i.status === 'heldBack'))} labels={round.labels} locked />
            </details>
          ) : null}
        </>
      ) : null}
      <div className="actions">
        <ConfirmButton
          label="End feedback round"
          title="End this feedback round?"
          body={round.phase === 'revealed' ? 'The shared feedback leaves everyone\u2019s screen. The counts stay in the grid.' : 'Nothing has been shared yet. Drafts and unshared items are discarded.'}
          confirmLabel="End feedback round"
          onConfirm={() => void end.run('feedback:end', {})}
        />
      </div>
      <InlineError message={end.error} />
    </div>
  );
}

function FocusStatus({ view, round, staff }: { view: ClientView; round: FeedbackRoundView; staff: FeedbackStaffView }) {
  const cmd = useCommand();
  const t = useT();
  const id = useId();
  const shared = view.shared!;
  const others = shared.order.filter((m) => m !== staff.focusId && shared.roster[m]?.role === 'member' && shared.roster[m]?.presence !== 'left');
  const [next, setNext] = useState('');
  const focusName = nameOf(t, view, staff.focusId);
  const chosen = next || others[0] || '';
  return (
    <div className="fb-focus" aria-live="polite">
      {staff.focusAnswer === 'notNow' ? (
        <p className="notice">
          <strong>{focusName} said not now.</strong> You can ask someone else.
        </p>
      ) : (
        <p>Waiting for {focusName} to say whether they are open to feedback now.</p>
      )}
      {others.length > 0 ? (
        <div className="fb-inline">
          <div className="field">
            <label htmlFor={`${id}-other`}>Ask someone else instead</label>
            <select id={`${id}-other`} value={chosen} onChange={(e) => setNext(e.target.value)}>
              {others.map((m) => (
                <option key={m} value={m}>
                  {shared.roster[m]!.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="secondary" disabled={cmd.pending || !chosen} onClick={() => void cmd.run('feedback:setFocus', { focusId: chosen })}>
            Ask {nameOf(t, view, chosen)}
          </button>
        </div>
      ) : null}
      <InlineError message={cmd.error} />
    </div>
  );
}

function WriteClock({ until }: { until: number }) {
  const now = useServerNow();
  const left = until - now;
  return left > 0 ? (
    <p>
      Time to write: <span role="timer" className="clock-digits">{formatClock(left)}</span> left (a guide; late items are still accepted until you share).
    </p>
  ) : (
    <p>The suggested time is up. Items are still accepted until you share.</p>
  );
}
