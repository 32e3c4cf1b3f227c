import { useId, useState } from 'react';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { FloorStatus } from './FloorStatus';
import { GoAroundCard } from './GoAroundCard';
import { QueueList } from './QueueList';
import { RoundProgress } from './RoundProgress';
import { useTurns } from './useTurns';
import type { Turns } from './useTurns';
import { useT } from '../../i18n/useT';
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
  return <FloorCard t={t} />;
}

/** Go-arounds, apart from the floor: the console's layouts place it with the open activities while one runs. */
export function GoAroundConsole() {
  const t = useTurns();
  if (!t || !t.staff) return null;
  return <GoAroundCard t={t} />;
}

function FloorCard({ t }: { t: Turns }) {
  const id = useId();
  const floor = useCommand();
  const queue = useCommand();
  const tr = useT();
  const { turns, nameOf, meId } = t;
  const round = turns.goAround;
  const expectedTurn = turns.turn;
  const first = turns.queue[0];

  return (
    <section className="card turns-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{tr('turns.title')}</h2>
      <FloorStatus floor={turns.floor} name={nameOf(turns.floor?.holderId)} isMe={t.holdsFloor} />
      {round ? <RoundProgress round={round} nameOf={nameOf} meId={meId} /> : null}
      <div className="actions">
        {round ? (
          round.paused ? (
            <button type="button" className="primary" disabled={floor.pending} onClick={() => void floor.run('turns:resumeGoAround', { expectedTurn })}>
              {tr('turnsStaff.continue')}
            </button>
          ) : (
            <>
              <button type="button" className="primary" disabled={floor.pending || !turns.floor} onClick={() => void floor.run('turns:endTurn', { expectedTurn })}>
                {tr('turnsStaff.next')}
              </button>
              <button type="button" className="quiet" disabled={floor.pending || !turns.floor} onClick={() => void floor.run('turns:pass', { expectedTurn })}>
                {tr('turnsStaff.passFor', { name: nameOf(turns.floor?.holderId) })}
              </button>
            </>
          )
        ) : (
          <>
            <button type="button" className="primary" disabled={floor.pending || !first} onClick={() => void floor.run('turns:next', { expectedTurn })}>
              {first ? tr('turnsStaff.giveTo', { name: nameOf(first) }) : tr('turnsStaff.giveNext')}
            </button>
            {turns.floor ? (
              <button type="button" className="secondary" disabled={floor.pending} onClick={() => void floor.run('turns:endTurn', { expectedTurn })}>
                {tr('turnsStaff.takeBack')}
              </button>
            ) : null}
          </>
        )}
      </div>
      <InlineError message={floor.error} />

      <div className="queue-head">
        <h3 className="subhead">{tr('turnsStaff.raisedHands', { count: turns.queue.length })}</h3>
        {turns.queue.length > 1 ? (
          <button type="button" className="quiet small" disabled={queue.pending} onClick={() => void queue.run('turns:lowerAll', {})}>
            {tr('turnsStaff.lowerAll')}
          </button>
        ) : null}
      </div>
      {turns.balanced ? <p className="hint">{tr('turnsStaff.balancedHint')}</p> : null}
      <QueueList
        queue={turns.queue}
        nameOf={nameOf}
        meId={meId}
        actions={(pid, i) => {
          const name = nameOf(pid);
          return (
            <>
              {!round ? (
                <button type="button" className="secondary small" aria-label={tr('turnsStaff.giveTo', { name })} disabled={floor.pending} onClick={() => void floor.run('turns:give', { participantId: pid, expectedTurn })}>
                  {tr('turnsStaff.giveFloor')}
                </button>
              ) : null}
              <button type="button" className="quiet small icon" aria-label={tr('turnsStaff.moveUp', { name })} disabled={queue.pending || i === 0} onClick={() => void queue.run('turns:move', { participantId: pid, direction: 'up' })}>
                <span aria-hidden="true">↑</span>
              </button>
              <button type="button" className="quiet small icon" aria-label={tr('turnsStaff.moveDown', { name })} disabled={queue.pending || i === turns.queue.length - 1} onClick={() => void queue.run('turns:move', { participantId: pid, direction: 'down' })}>
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" className="quiet small" aria-label={tr('turnsStaff.lowerName', { name })} disabled={queue.pending} onClick={() => void queue.run('turns:lowerHand', { participantId: pid })}>
                {tr('turnsStaff.lower')}
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
  const tr = useT();
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
      <label htmlFor={`${id}-who`}>{tr('turnsStaff.anyone')}</label>
      <div className="copy-row">
        <select id={`${id}-who`} value={chosen} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{tr('turnsStaff.choose')}</option>
          {candidates.map((pid) => (
            <option key={pid} value={pid}>
              {pid === t.meId ? tr('turnsStaff.you', { name: t.nameOf(pid) }) : t.nameOf(pid)}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary" disabled={pending || !chosen}>
          {tr('turnsStaff.giveFloor')}
        </button>
      </div>
    </form>
  );
}
