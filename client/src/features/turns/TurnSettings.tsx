import { useId } from 'react';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { choicesWith, secondsToValue, valueToSeconds } from './turn-lengths';
import { useTurns } from './useTurns';

/** Console side panel: the default turn length and the balanced-queue switch. */
export function TurnSettings() {
  const t = useTurns();
  const id = useId();
  const length = useCommand();
  const balanced = useCommand();
  if (!t || !t.staff) return null;
  const { turns } = t;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Turn settings</h2>
      <div className="field">
        <label htmlFor={`${id}-length`}>Turn length</label>
        <select
          id={`${id}-length`}
          value={secondsToValue(turns.turnLength === null ? null : Math.round(turns.turnLength / 1000))}
          disabled={length.pending}
          onChange={(e) => void length.run('turns:setTurnLength', { seconds: valueToSeconds(e.target.value) })}
        >
          {choicesWith(turns.turnLength).map((c) => (
            <option key={c.label} value={secondsToValue(c.seconds)}>
              {c.label}
            </option>
          ))}
        </select>
        <p className="hint">Everyone sees a gentle cue when a turn runs over. Nobody is cut off.</p>
      </div>
      <InlineError message={length.error} />
      <div className="field check">
        <input
          id={`${id}-balanced`}
          type="checkbox"
          role="switch"
          checked={turns.balanced}
          disabled={balanced.pending}
          onChange={(e) => void balanced.run('turns:setBalanced', { enabled: e.target.checked })}
        />
        <label htmlFor={`${id}-balanced`}>
          Balanced queue {turns.balanced ? 'on: hands are ordered by who has spoken least' : 'off: hands are in the order raised'}
        </label>
      </div>
      <InlineError message={balanced.error} />
    </section>
  );
}
