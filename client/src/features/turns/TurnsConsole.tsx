import { useId, useState } from 'react';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { FloorStatus } from './FloorStatus';
import { GoAroundCard } from './GoAroundCard';
import { QueueList } from './QueueList';
import { RoundProgress } from './RoundProgress';
import { useTurns } from './useTurns';
import type { Turns } from './useTurns';
import './turns.css';

/**
 * The console's turn-taking: who has the floor, giving it (next / anyone),
 * taking it back, the queue with its controls, and go-arounds. Every command
 * that moves the floor sends the floor count this screen saw, so two
 * facilitators pressing at once move it once (the other sees a calm note).
 */
export function TurnsConsole() {
  const t = useTurns();
  if (!t || !t.staff) return null;
  return (
    <>
      <FloorCard t={t} />
      <GoAroundCard t={t} />
    </>
  );
}

function FloorCard({ t }: { t: Turns }) {
  const id = useId();
  const floor = useCommand();
  const queue = useCommand();
  const { turns, nameOf, meId } = t;
  const round = turns.goAround;
  const expectedTurn = turns.turn;
  const first = turns.queue[0];

  return (
    <section className="card turns-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Turns</h2>
      <FloorStatus floor={turns.floor} name={nameOf(turns.floor?.holderId)} isMe={t.holdsFloor} />
      {round ? <RoundProgress round={round} nameOf={nameOf} meId={meId} /> : null}
      <div className="actions">
        {round ? (
          round.paused ? (
            <button type="button" className="primary" disabled={floor.pending} onClick={() => void floor.run('turns:resumeGoAround', { expectedTurn })}>
              Continue the go-around
            </button>
          ) : (
            <>
              <button type="button" className="primary" disabled={floor.pending || !turns.floor} onClick={() => void floor.run('turns:endTurn', { expectedTurn })}>
                Next in the round
              </button>
              <button type="button" className="quiet" disabled={floor.pending || !turns.floor} onClick={() => void floor.run('turns:pass', { expectedTurn })}>
                Pass for {nameOf(turns.floor?.holderId)}
              </button>
            </>
          )
        ) : (
          <>
            <button type="button" className="primary" disabled={floor.pending || !first} onClick={() => void floor.run('turns:next', { expectedTurn })}>
              {first ? `Give the floor to ${nameOf(first)}` : 'Give the floor to the next hand'}
            </button>
            {turns.floor ? (
              <button type="button" className="secondary" disabled={floor.pending} onClick={() => void floor.run('turns:endTurn', { expectedTurn })}>
                Take back the floor
              </button>
            ) : null}
          </>
        )}
      </div>
      <InlineError message={floor.error} />

      <div className="queue-head">
        <h3 className="subhead">Raised hands{turns.queue.length > 0 ? ` (${turns.queue.length})` : ''}</h3>
        {turns.queue.length > 1 ? (
          <button type="button" className="quiet small" disabled={queue.pending} onClick={() => void queue.run('turns:lowerAll', {})}>
            Lower all hands
          </button>
        ) : null}
      </div>
      {turns.balanced ? <p className="hint">Balanced queue: whoever has spoken least goes first. You can still move people.</p> : null}
      <QueueList
        queue={turns.queue}
        nameOf={nameOf}
        meId={meId}
        actions={(pid, i) => {
          const name = nameOf(pid);
          return (
            <>
              {!round ? (
                <button type="button" className="secondary small" aria-label={`Give the floor to ${name}`} disabled={floor.pending} onClick={() => void floor.run('turns:give', { participantId: pid, expectedTurn })}>
                  Give floor
                </button>
              ) : null}
              <button type="button" className="quiet small icon" aria-label={`Move ${name} up`} disabled={queue.pending || i === 0} onClick={() => void queue.run('turns:move', { participantId: pid, direction: 'up' })}>
                <span aria-hidden="true">↑</span>
              </button>
              <button type="button" className="quiet small icon" aria-label={`Move ${name} down`} disabled={queue.pending || i === turns.queue.length - 1} onClick={() => void queue.run('turns:move', { participantId: pid, direction: 'down' })}>
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" className="quiet small" aria-label={`Lower ${name}’s hand`} disabled={queue.pending} onClick={() => void queue.run('turns:lowerHand', { participantId: pid })}>
                Lower
              </button>
            </>
          );
        }}
      />
      <InlineError message={queue.error} />
      {!round ? <GiveToAnyone t={t} run={floor.run} pending={floor.pending} /> : null}
    </section>
  );
}

function GiveToAnyone({ t, run, pending }: { t: Turns; run: ReturnType<typeof useCommand>['run']; pending: boolean }) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const candidates = t.present.filter((pid) => pid !== t.turns.floor?.holderId);
  const chosen = candidates.includes(choice) ? choice : '';
  return (
    <form
      className="give-anyone"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) void run('turns:give', { participantId: chosen, expectedTurn: t.turns.turn }).then((ack) => ack.ok && setChoice(''));
      }}
    >
      <label htmlFor={`${id}-who`}>Give the floor to anyone</label>
      <div className="copy-row">
        <select id={`${id}-who`} value={chosen} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a person…</option>
          {candidates.map((pid) => (
            <option key={pid} value={pid}>
              {t.nameOf(pid)}
              {pid === t.meId ? ' (you)' : ''}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary" disabled={pending || !chosen}>
          Give floor
        </button>
      </div>
    </form>
  );
}
