import { useId } from 'react';
import type { SummaryMeasureRun } from '../../../../shared/measure/summary';
import type { StaffRunView } from '../../../../shared/measure/views';
import { useT } from '../../i18n/useT';
import { RunTable } from './RunTable';

/** The summary's questionnaires: each run as staff read it in the room (named rows, or the kept aggregate). */
export function SummaryMeasures({ runs }: { runs: SummaryMeasureRun[] }) {
  const t = useT();
  const id = useId();
  if (runs.length === 0) return null;
  return (
    <section className="card sum-section" aria-labelledby={`${id}-t`} data-testid="summary-measures">
      <h2 id={`${id}-t`}>{t('nav.measures')}</h2>
      {runs.map((run) => {
        const names = new Map((run.rows ?? []).map((r) => [r.participantId, r.name]));
        const { rows: _rows, ...rest } = run;
        const view: StaffRunView = {
          ...rest,
          phase: 'closed',
          expected: run.answered,
          ...(run.rows ? { rows: Object.fromEntries(run.rows.map(({ participantId, name: _name, ...row }) => [participantId, row])) } : {}),
        };
        return <RunTable key={run.id} run={view} nameOf={(pid) => names.get(pid) ?? ''} />;
      })}
    </section>
  );
}
