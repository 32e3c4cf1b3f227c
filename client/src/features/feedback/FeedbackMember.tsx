import { useId } from 'react';
import type { FeedbackRoundView, MyItem } from '../../../../shared/feedback/feedback-views';
import type { ClientView } from '../../../../shared/session/views';
import { useRoom, useServerNow } from '../../room/useRoom';
import { formatClock } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { Composer } from './Composer';
import { RevealedItems } from './RevealedItems';
import { attributionText, countText, recipientName, roundTitle } from './feedback-text';
import './feedback.css';
import { ItemParts } from './ItemParts';

/** A member's feedback round: the hot-seat question, writing, their own items, then what was shared. */
export function FeedbackMember() {
  const { view } = useRoom();
  const id = useId();
  const round = view?.shared?.feedback.round;
  if (!view || !round) return null;
  const me = view.me.feedback;
  const all = me?.mine ?? {};
  // After the reveal, approved items are in the shared list; only held-back ones stay here.
  const mine = round.phase === 'revealed' ? Object.fromEntries(Object.entries(all).filter(([, m]) => m.status === 'heldBack')) : all;
  // Before they say yes, only the person asked knows (from their own view) that they are in the hot seat.
  const isFocus = round.mode === 'hotSeat' && (round.focusId === view.me.id || (me?.focusAnswer ?? null) !== null);
  return (
    <section className="card fb" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{roundTitle(view, round)}</h2>
      <p className="muted">{attributionText(round)}</p>
      {round.phase === 'consent' ? (
        isFocus ? (
          <FocusPrompt answer={me?.focusAnswer ?? null} />
        ) : (
          <p>The facilitator has asked someone whether they are open to feedback now. Writing starts when they are.</p>
        )
      ) : null}
      {round.phase === 'writing' ? <Writing view={view} round={round} mine={all} isFocus={isFocus} /> : null}
      {Object.keys(mine).length > 0 ? <MyItems view={view} round={round} mine={mine} /> : null}
      {round.phase === 'revealed' && round.revealed ? (
        <>
          <h3>Shared feedback</h3>
          <RevealedItems view={view} items={round.revealed} labels={round.labels} />
        </>
      ) : null}
    </section>
  );
}

function FocusPrompt({ answer }: { answer: 'asked' | 'open' | 'notNow' | null }) {
  const cmd = useCommand();
  return (
    <div className="fb-focus" role="group" aria-label="Are you open to feedback now?">
      <p className="fb-question">The group would like to give you feedback. Are you open to feedback now?</p>
      {answer === 'notNow' ? <p>You said not now. That is completely fine; you can still change your mind.</p> : null}
      <div className="actions">
        <button type="button" className="primary" disabled={cmd.pending} onClick={() => void cmd.run('feedback:answerFocus', { open: true })}>
          Open to feedback now
        </button>
        {answer !== 'notNow' ? (
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('feedback:answerFocus', { open: false })}>
            Not now
          </button>
        ) : null}
      </div>
      <InlineError message={cmd.error} />
    </div>
  );
}

function Writing({ view, round, mine, isFocus }: { view: ClientView; round: FeedbackRoundView; mine: Record<string, MyItem>; isFocus: boolean }) {
  const done = round.mode !== 'pairs' && Object.keys(mine).length > 0;
  return (
    <>
      <p aria-live="polite">
        {countText(round.submitted)}{round.submitted > 0 ? ' so far' : ''}. Feedback is shown once the facilitators have read it.
      </p>
      {round.writeUntil !== null ? <TimeToWrite until={round.writeUntil} /> : null}
      {isFocus ? (
        <p>The group is writing feedback for you. Take a breath; you do not need to do anything now.</p>
      ) : done ? (
        <p>Your feedback is in. Thank you.</p>
      ) : (
        <Composer key={round.id} view={view} round={round} mine={mine} />
      )}
    </>
  );
}

function TimeToWrite({ until }: { until: number }) {
  const now = useServerNow();
  const left = until - now;
  return left > 0 ? (
    <p>
      Time to write: <span role="timer" className="clock-digits">{formatClock(left)}</span> left.
    </p>
  ) : (
    <p>The suggested time is up. Finish your thought, then send it.</p>
  );
}

const STATUS: Record<MyItem['status'], string> = {
  pending: 'Waiting for the facilitators to read it.',
  approved: 'Read by the facilitators; it will be shared.',
  heldBack: 'Held back by the facilitators; it will not be shown to the group.',
};

function MyItems({ view, round, mine }: { view: ClientView; round: FeedbackRoundView; mine: Record<string, MyItem> }) {
  return (
    <div className="fb-mine">
      <h3>What you sent</h3>
      <ul className="fb-items">
        {Object.entries(mine).map(([itemId, item]) => (
          <li key={itemId} className="fb-item">
            <p className="fb-from">
              To {recipientName(view, item.recipient)}
              {item.anonymous ? ' (anonymous: only you see that it is yours)' : ''}
            </p>
            <ItemParts parts={item.parts} labels={round.labels} />
            {round.phase !== 'revealed' || item.status === 'heldBack' ? <p className="muted">{STATUS[item.status]}</p> : null}
            {item.note ? (
              <p className="fb-note">
                <strong>A note from the facilitators:</strong> {item.note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
