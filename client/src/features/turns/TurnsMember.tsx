import { useId } from 'react';
import { ordinal } from '../../../../shared/turns/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { FloorStatus } from './FloorStatus';
import { QueueList } from './QueueList';
import { RoundProgress } from './RoundProgress';
import { useKeyShortcut } from './useKeyShortcut';
import { useTurnAnnouncement } from './useTurnAnnouncement';
import { useTurns } from './useTurns';
import './turns.css';

/** A member's turn-taking: raise or lower a hand (button or H), their place, who speaks, and their own turn's controls. */
export function TurnsMember() {
  const t = useTurns();
  const id = useId();
  const cmd = useCommand();
  const standing = t ? (t.holdsFloor ? 'turn' : t.next === t.meId ? 'next' : null) : null;
  const announcement = useTurnAnnouncement(standing);
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
    <section className="card turns-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Turns</h2>
      <FloorStatus floor={turns.floor} name={nameOf(turns.floor?.holderId)} isMe={holdsFloor} />
      {round ? <RoundProgress round={round} nameOf={nameOf} meId={meId} /> : null}
      {holdsFloor ? (
        <div className="actions turn-actions">
          <button type="button" className="primary big" disabled={cmd.pending} onClick={() => void cmd.run('turns:endTurn', { expectedTurn: turns.turn })}>
            I’m done
          </button>
          {inRoundTurn ? (
            <button type="button" className="secondary big" disabled={cmd.pending} onClick={() => void cmd.run('turns:pass', { expectedTurn: turns.turn })}>
              Pass
            </button>
          ) : null}
          {inRoundTurn ? <p className="hint full">Passing is fine: you will be offered a turn again at the end.</p> : null}
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
            {raised ? 'Lower hand' : 'Raise hand'}
          </button>
          <p className="hint">
            Shortcut: press <kbd>H</kbd>
          </p>
        </div>
      )}
      {!holdsFloor && standing === 'next' ? <p className="you-next"><strong>You’re next.</strong></p> : null}
      {raised ? <p className="your-place">You are {ordinal(t.place + 1)} in the queue.</p> : null}
      <h3 className="subhead">Raised hands</h3>
      <QueueList queue={turns.queue} nameOf={nameOf} meId={meId} />
      <InlineError message={cmd.error} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="turn-announcer">
        {announcement}
      </p>
    </section>
  );
}
