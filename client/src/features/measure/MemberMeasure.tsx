import { useId } from 'react';
import type { MeasureRunView } from '../../../../shared/measure/views';
import { useT } from '../../i18n/useT';
import { useBringIntoView } from '../../room/useBringIntoView';
import { InlineError } from '../../ui/InlineError';
import { ScaleStepper } from '../../ui/ScaleStepper';
import { useCommand } from '../../ui/useCommand';
import { GoalsForm } from './GoalsForm';
import { MyGoalRatings } from './MyGoalRatings';
import { useMeasure } from './useMeasure';
import { measureTitle } from './wording';
import './measures.css';

/** A member's questionnaire card: what privacy it has, one question per screen, then thanks. */
export function MemberMeasure() {
  const vm = useMeasure();
  const id = useId();
  const t = useT();
  const ref = useBringIntoView<HTMLHeadingElement>(vm?.run && !vm.answered ? vm.run.id : null);
  if (!vm?.run) return null;
  const { run, answered, goals } = vm;
  return (
    <section className="card ms-card" aria-labelledby={`${id}-title`} data-testid="member-measure">
      <h2 id={`${id}-title`} ref={ref} tabIndex={-1}>
        {measureTitle(run.kind, t)}
      </h2>
      <p className="ms-privacy">{run.mode === 'anonymous' ? t('measure.anonymous') : t('measure.named')}</p>
      {run.reopened && !answered ? (
        <p className="ms-lost" role="status">
          {t('measure.lostInRestart')}
        </p>
      ) : null}
      {answered ? (
        <p className="ms-received" role="status">
          <span aria-hidden="true">✓ </span>
          {t('measure.received')}
        </p>
      ) : run.kind === 'goals' && goals.length === 0 ? (
        <GoalsForm goals={goals} />
      ) : (
        <Answer key={run.id} run={run} items={run.kind === 'goals' ? goals : run.items} />
      )}
      <p className="muted" aria-live="polite" data-testid="measure-progress">
        {t('measure.done', { answered: run.answered, expected: run.expected })}
      </p>
    </section>
  );
}

function Answer({ run, items }: { run: MeasureRunView; items: string[] }) {
  const cmd = useCommand();
  return (
    <>
      <ScaleStepper
        items={items}
        min={0}
        max={run.max}
        low={run.low}
        high={run.high}
        pending={cmd.pending}
        onSubmit={(values) => void cmd.run('measure:answer', { runId: run.id, values })}
      />
      <InlineError message={cmd.error} />
    </>
  );
}

/** A member's own goals, always at hand: seen by them and the facilitators only. */
export function MemberGoals() {
  const vm = useMeasure();
  const id = useId();
  const t = useT();
  // During a goals questionnaire the card above shows them (or asks for them).
  if (!vm || vm.staff || vm.run?.kind === 'goals') return null;
  return (
    <section className="card ms-card" aria-labelledby={`${id}-goals`} data-testid="member-goals">
      <h2 id={`${id}-goals`}>{measureTitle('goals', t)}</h2>
      <GoalsForm key={vm.goals.join('\n')} goals={vm.goals} />
      <MyGoalRatings />
    </section>
  );
}
