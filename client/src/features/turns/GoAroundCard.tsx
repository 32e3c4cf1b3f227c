import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { GoAroundView } from '../../../../shared/turns/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { TURN_LENGTH_CHOICES, secondsToValue, valueToSeconds } from './turn-lengths';
import type { Turns } from './useTurns';

/** Start a go-around (roster order or shuffled, optional turn length, late joiners or not); follow it; end it early. */
export function GoAroundCard({ t }: { t: Turns }) {
  const id = useId();
  const cmd = useCommand();
  const round = t.turns.goAround;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Go-around</h2>
      {round ? (
        <>
          <RoundList round={round} nameOf={t.nameOf} />
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('turns:endGoAround', {})}>
            End the go-around now
          </button>
        </>
      ) : (
        <StartForm run={cmd.run} pending={cmd.pending} />
      )}
      <InlineError message={cmd.error} />
    </section>
  );
}

function StartForm({ run, pending }: { run: ReturnType<typeof useCommand>['run']; pending: boolean }) {
  const id = useId();
  const [order, setOrder] = useState<'roster' | 'shuffled'>('roster');
  const [length, setLength] = useState('none');
  const [late, setLate] = useState(true);
  const start = (e: FormEvent) => {
    e.preventDefault();
    void run('turns:startGoAround', { order, seconds: valueToSeconds(length), includeLateJoiners: late });
  };
  return (
    <form className="goaround-form" onSubmit={start}>
      <p className="hint">Each member present gets the floor in turn. Passing is fine; those who pass are offered a turn again at the end.</p>
      <fieldset className="choices">
        <legend>Order</legend>
        <label className="choice">
          <input type="radio" name={`${id}-order`} checked={order === 'roster'} onChange={() => setOrder('roster')} /> Roster order
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-order`} checked={order === 'shuffled'} onChange={() => setOrder('shuffled')} /> Shuffled
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-length`}>Turn length in the round</label>
        <select id={`${id}-length`} value={length} onChange={(e) => setLength(e.target.value)}>
          {TURN_LENGTH_CHOICES.map((c) => (
            <option key={c.label} value={secondsToValue(c.seconds)}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field check">
        <input id={`${id}-late`} type="checkbox" checked={late} onChange={(e) => setLate(e.target.checked)} />
        <label htmlFor={`${id}-late`}>Add people who join during the round at the end</label>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        Start go-around
      </button>
    </form>
  );
}

const OUTCOME_TEXT = { spoke: 'spoke', passed: 'passed', skipped: 'not here when up' } as const;

/** The round's order with each person's outcome in words (not colour). */
function RoundList({ round, nameOf }: { round: GoAroundView; nameOf: (id: string) => string }) {
  const statusOf = (pid: string, i: number) => {
    const current = round.revisiting ? round.revisit[round.index] === pid : i === round.index;
    if (current) return round.paused ? 'up when it continues' : 'speaking now';
    const outcome = round.outcomes[pid];
    const again = round.revisiting ? round.revisit.indexOf(pid, round.index + 1) >= 0 : round.revisit.includes(pid);
    if (outcome === 'passed' && again) return 'passed, asked again at the end';
    return outcome ? OUTCOME_TEXT[outcome] : 'waiting';
  };
  return (
    <ol className="roster round-list" aria-label="Go-around order">
      {round.order.map((pid, i) => (
        <li key={pid} className={`roster-row${statusOf(pid, i).includes('now') ? ' round-current' : ''}`}>
          <span className="roster-name">
            <span className="person-name" dir="auto">{nameOf(pid)}</span>
          </span>
          <span className="tag">{statusOf(pid, i)}</span>
        </li>
      ))}
      {round.revisit
        .filter((pid) => !round.order.includes(pid))
        .map((pid) => (
          <li key={`late-${pid}`} className="roster-row">
            <span className="roster-name">
              <span className="person-name" dir="auto">{nameOf(pid)}</span>
            </span>
            <span className="tag">joined late</span>
          </li>
        ))}
    </ol>
  );
}
