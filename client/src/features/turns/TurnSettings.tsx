import { useId } from 'react';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { choicesWith, secondsToValue, valueToSeconds } from './turn-lengths';
import { TurnLengthOptions } from './TurnLengthOptions';
import { useT } from '../../i18n/useT';
import { useTurns } from './useTurns';

/** Console side panel: the default turn length and the balanced-queue switch. */
export function TurnSettings() {
  const t = useTurns();
  const id = useId();
  const length = useCommand();
  const balanced = useCommand();
  const tr = useT();
  if (!t || !t.staff) return null;
  const { turns } = t;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{tr('turnSet.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-length`}>{tr('turnSet.length')}</label>
        <select
          id={`${id}-length`}
          value={secondsToValue(turns.turnLength === null ? null : Math.round(turns.turnLength / 1000))}
          disabled={length.pending}
          onChange={(e) => void length.run('turns:setTurnLength', { seconds: valueToSeconds(e.target.value) })}
        >
          <TurnLengthOptions choices={choicesWith(turns.turnLength)} />
        </select>
        <p className="hint">{tr('turnSet.hint')}</p>
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
          {turns.balanced ? tr('turnSet.balancedOn') : tr('turnSet.balancedOff')}
        </label>
      </div>
      <InlineError message={balanced.error} />
    </section>
  );
}
