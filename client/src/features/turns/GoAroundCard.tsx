import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { GoAroundView } from '../../../../shared/turns/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { TURN_LENGTH_CHOICES, valueToSeconds } from './turn-lengths';
import { TurnLengthOptions } from './TurnLengthOptions';
import { useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';
import type { Turns } from './useTurns';

/** Start a go-around (roster order or shuffled, optional turn length, late joiners or not); follow it; end it early. */
export function GoAroundCard({ t }: { t: Turns }) {
  const id = useId();
  const cmd = useCommand();
  const tr = useT();
  const round = t.turns.goAround;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{tr('round.goAround')}</h2>
      {round ? (
        <>
          <RoundList round={round} nameOf={t.nameOf} />
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('turns:endGoAround', {})}>
            {tr('goStaff.end')}
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
  const t = useT();
  const start = (e: FormEvent) => {
    e.preventDefault();
    void run('turns:startGoAround', { order, seconds: valueToSeconds(length), includeLateJoiners: late });
  };
  return (
    <form className="goaround-form" onSubmit={start}>
      <p className="hint">{t('goStaff.hint')}</p>
      <fieldset className="choices">
        <legend>{t('goStaff.order')}</legend>
        <label className="choice">
          <input type="radio" name={`${id}-order`} checked={order === 'roster'} onChange={() => setOrder('roster')} /> {t('goStaff.roster')}
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-order`} checked={order === 'shuffled'} onChange={() => setOrder('shuffled')} /> {t('goStaff.shuffled')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-length`}>{t('goStaff.length')}</label>
        <select id={`${id}-length`} value={length} onChange={(e) => setLength(e.target.value)}>
          <TurnLengthOptions choices={TURN_LENGTH_CHOICES} />
        </select>
      </div>
      <div className="field check">
        <input id={`${id}-late`} type="checkbox" checked={late} onChange={(e) => setLate(e.target.checked)} />
        <label htmlFor={`${id}-late`}>{t('goStaff.late')}</label>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {t('goStaff.start')}
      </button>
    </form>
  );
}

const OUTCOME_TEXT: Record<'spoke' | 'passed' | 'skipped', MessageId> = { spoke: 'goStaff.spoke', passed: 'goStaff.passed', skipped: 'goStaff.skipped' };

/** The round's order with each person's outcome in words (not colour). */
function RoundList({ round, nameOf }: { round: GoAroundView; nameOf: (id: string) => string }) {
  const t = useT();
  const isCurrent = (pid: string, i: number) => (round.revisiting ? round.revisit[round.index] === pid : i === round.index);
  const statusOf = (pid: string, i: number): MessageId => {
    if (isCurrent(pid, i)) return round.paused ? 'goStaff.upWhenContinues' : 'goStaff.speakingNow';
    const outcome = round.outcomes[pid];
    const again = round.revisiting ? round.revisit.indexOf(pid, round.index + 1) >= 0 : round.revisit.includes(pid);
    if (outcome === 'passed' && again) return 'goStaff.passedAgain';
    return outcome ? OUTCOME_TEXT[outcome] : 'goStaff.waiting';
  };
  return (
    <ol className="roster round-list" aria-label={t('goStaff.orderLabel')}>
      {round.order.map((pid, i) => (
        <li key={pid} className={`roster-row${isCurrent(pid, i) && !round.paused ? ' round-current' : ''}`}>
          <span className="roster-name">
            <span className="person-name" dir="auto">{nameOf(pid)}</span>
          </span>
          <span className="tag">{t(statusOf(pid, i))}</span>
        </li>
      ))}
      {round.revisit
        .filter((pid) => !round.order.includes(pid))
        .map((pid) => (
          <li key={`late-${pid}`} className="roster-row">
            <span className="roster-name">
              <span className="person-name" dir="auto">{nameOf(pid)}</span>
            </span>
            <span className="tag">{t('goStaff.joinedLate')}</span>
          </li>
        ))}
    </ol>
  );
}
