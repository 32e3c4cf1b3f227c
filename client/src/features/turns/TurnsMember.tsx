import { useId } from 'react';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { FloorStatus } from './FloorStatus';
import { QueueList } from './QueueList';
import { RoundProgress } from './RoundProgress';
import { useKeyShortcut } from './useKeyShortcut';
import { useTurnAnnouncement } from './useTurnAnnouncement';
import { useTurns } from './useTurns';
import { useBringIntoView } from '../../room/useBringIntoView';
import './turns.css';
import { useT } from '../../i18n/useT';

/** A member's turn-taking: raise or lower a hand (button or H), their place, who speaks, and their own turn's controls. */
export function TurnsMember() {
  const t = useTurns();
  const tr = useT();
  const id = useId();
  const cmd = useCommand();
  const standing = t ? (t.holdsFloor ? 'turn' : t.next === t.meId ? 'next' : null) : null;
  const announcement = useTurnAnnouncement(standing);
  // Keyed by the turn number, so each new turn or "next" brings the card back into view once.
  const cardRef = useBringIntoView<HTMLElement>(t && standing ? `${standing}:${t.turns.turn}` : null);
  const raised = !!t && t.place >= 0;
  const toggleHand = () => {
    if (!t || cmd.pending) return;
    if (raised) void cmd.run('turns:lowerHand', { participantId: t.meId });
    else void cmd.run('turns:raiseHand', {});
  };
  useKeyShortcut('h', toggleHand, !!t && !t.holdsFloor);
  if (!t) return null;
  const { turns, nameOf, meId, holdsFloor } = t;
  const round = turns.goAround;
  const inRoundTurn = holdsFloor && turns.floor?.source === 'goaround';

  return (
    <section className="card turns-card" aria-labelledby={`${id}-title`} ref={cardRef} tabIndex={-1}>
      <h2 id={`${id}-title`}>{tr('turns.title')}</h2>
      <FloorStatus floor={turns.floor} name={nameOf(turns.floor?.holderId)} isMe={holdsFloor} />
      {round ? <RoundProgress round={round} nameOf={nameOf} meId={meId} /> : null}
      {holdsFloor ? (
        <div className="actions turn-actions">
          <button type="button" className="primary big" disabled={cmd.pending} onClick={() => void cmd.run('turns:endTurn', { expectedTurn: turns.turn })}>
            {tr('turns.done')}
          </button>
          {inRoundTurn ? (
            <button type="button" className="secondary big" disabled={cmd.pending} onClick={() => void cmd.run('turns:pass', { expectedTurn: turns.turn })}>
              {tr('turns.pass')}
            </button>
          ) : null}
          {inRoundTurn ? <p className="hint full">{round?.revisiting ? tr('turns.passHintRevisit') : tr('turns.passHint')}</p> : null}
        </div>
      ) : (
        <div className="hand-row">
          <button
            type="button"
            className={`big hand-button ${raised ? 'secondary' : 'primary'}`}
            aria-keyshortcuts="H"
            disabled={cmd.pending}
            onClick={toggleHand}
          >
            {raised ? tr('turns.lowerHand') : tr('turns.raiseHand')}
          </button>
          <p className="hint">
            {tr('turns.shortcut')} <kbd>H</kbd>
          </p>
        </div>
      )}
      {!holdsFloor && standing === 'next' ? <p className="you-next"><strong>{tr('turns.youAreNext')}</strong></p> : null}
      {raised ? <p className="your-place">{tr('turns.yourPlace', { place: t.place + 1 })}</p> : null}
      <h3 className="subhead">{tr('turns.raisedHands')}</h3>
      <QueueList queue={turns.queue} nameOf={nameOf} meId={meId} />
      <InlineError message={cmd.error} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="turn-announcer">
        {announcement}
      </p>
    </section>
  );
}
