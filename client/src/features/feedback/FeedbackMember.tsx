import { useId } from 'react';
import type { FeedbackRoundView, MyItem } from '../../../../shared/feedback/views';
import { useServerNow } from '../../room/useRoom';
import { formatClock } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { Composer } from './Composer';
import { RevealedItems } from './RevealedItems';
import { attributionText, recipientName, roundTitle } from './feedback-text';
import './feedback.css';
import { ItemParts } from './ItemParts';
import type { MessageId } from '../../i18n/useT';
import { useLocale, useT } from '../../i18n/useT';
import { useFeedback } from './useFeedback';
import { useBringIntoView } from '../../room/useBringIntoView';

/** A member's feedback round: the hot-seat question, writing, their own items, then what was shared. */
export function FeedbackMember() {
  const fb = useFeedback();
  const id = useId();
  const t = useT();
  const round = fb?.round;
  if (!fb || !round) return null;
  const me = fb.mine;
  const all = me?.mine ?? {};
  // After the reveal, approved items are in the shared list; only held-back ones stay here.
  const mine = round.phase === 'revealed' ? Object.fromEntries(Object.entries(all).filter(([, m]) => m.status === 'heldBack')) : all;
  // Before they say yes, only the person asked knows (from their own view) that they are in the hot seat.
  const isFocus = round.mode === 'hotSeat' && (round.focusId === fb.me.id || (me?.focusAnswer ?? null) !== null);
  return (
    <section className="card fb" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{roundTitle(t, fb, round)}</h2>
      <p className="muted">{attributionText(t, round)}</p>
      {round.phase === 'consent' ? (
        isFocus ? (
          <FocusPrompt roundId={round.id} answer={me?.focusAnswer ?? null} />
        ) : (
          <p>{t('feedback.askedSomeone')}</p>
        )
      ) : null}
      {round.phase === 'writing' ? <Writing round={round} mine={all} isFocus={isFocus} /> : null}
      {Object.keys(mine).length > 0 ? <MyItems round={round} mine={mine} /> : null}
      {round.phase === 'revealed' && round.revealed ? (
        <>
          <h3>{t('feedback.shared')}</h3>
          <RevealedItems items={round.revealed} labels={round.labels} />
        </>
      ) : null}
    </section>
  );
}

function FocusPrompt({ roundId, answer }: { roundId: string; answer: 'asked' | 'open' | 'notNow' | null }) {
  const cmd = useCommand();
  const t = useT();
  // The question is for this member alone: bring it into view until they answer.
  const questionRef = useBringIntoView<HTMLParagraphElement>(answer === 'open' || answer === 'notNow' ? null : roundId);
  return (
    <div className="fb-focus" role="group" aria-label={t('feedback.openQuestionShort')}>
      <p className="fb-question" ref={questionRef} tabIndex={-1}>
        {t('feedback.openQuestion')}
      </p>
      {answer === 'notNow' ? <p>{t('feedback.saidNotNow')}</p> : null}
      <div className="actions">
        <button type="button" className="primary" disabled={cmd.pending} onClick={() => void cmd.run('feedback:answerFocus', { open: true })}>
          {t('feedback.openNow')}
        </button>
        {answer !== 'notNow' ? (
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('feedback:answerFocus', { open: false })}>
            {t('feedback.notNow')}
          </button>
        ) : null}
      </div>
      <InlineError message={cmd.error} />
    </div>
  );
}

function Writing({ round, mine, isFocus }: { round: FeedbackRoundView; mine: Record<string, MyItem>; isFocus: boolean }) {
  const t = useT();
  const done = round.mode !== 'pairs' && Object.keys(mine).length > 0;
  return (
    <>
      <p aria-live="polite">
        {t('feedback.progress', { count: round.submitted })}
      </p>
      {round.writeUntil !== null ? <TimeToWrite until={round.writeUntil} /> : null}
      {isFocus ? (
        <p>{t('feedback.beingWritten')}</p>
      ) : done ? (
        <p>{t('feedback.yoursIsIn')}</p>
      ) : (
        <Composer key={round.id} round={round} mine={mine} />
      )}
    </>
  );
}

function TimeToWrite({ until }: { until: number }) {
  const now = useServerNow();
  const t = useT();
  const locale = useLocale();
  const left = until - now;
  return left > 0 ? (
    <p>
      {t('feedback.timeToWrite')} <span role="timer" className="clock-digits">{formatClock(left, locale)}</span>
    </p>
  ) : (
    <p>{t('feedback.timeUp')}</p>
  );
}

const STATUS: Record<MyItem['status'], MessageId> = {
  pending: 'feedback.status.pending',
  approved: 'feedback.status.approved',
  heldBack: 'feedback.status.heldBack',
};

function MyItems({ round, mine }: { round: FeedbackRoundView; mine: Record<string, MyItem> }) {
  const fb = useFeedback()!;
  const t = useT();
  return (
    <div className="fb-mine">
      <h3>{t('feedback.whatYouSent')}</h3>
      <ul className="fb-items">
        {Object.entries(mine).map(([itemId, item]) => (
          <li key={itemId} className="fb-item">
            <p className="fb-from">
              {item.anonymous ? t('feedback.toAnonymous', { name: recipientName(t, fb, item.recipient) }) : t('feedback.to', { name: recipientName(t, fb, item.recipient) })}
            </p>
            <ItemParts parts={item.parts} labels={round.labels} />
            {round.phase !== 'revealed' || item.status === 'heldBack' ? <p className="muted">{t(STATUS[item.status])}</p> : null}
            {item.note ? (
              <p className="fb-note">
                <strong>{t('feedback.note')}</strong> {item.note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
