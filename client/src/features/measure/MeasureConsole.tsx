import { useId } from 'react';
import { MEASURE_KINDS, MEASURES } from '../../../../shared/measure/definitions';
import type { MeasureRunView, MeasuresStaffView } from '../../../../shared/measure/views';
import { modeOf } from '../../../../shared/measure/definitions';
import { useT } from '../../i18n/useT';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { ClimateDue } from './ClimateDue';
import { GoalsForm } from './GoalsForm';
import { RunTable } from './RunTable';
import { useMeasure } from './useMeasure';
import { useMeasureSettings } from './useMeasureSettings';
import { measureTitle, openPayload } from './wording';
import './measures.css';

/** The facilitators' questionnaires: open one, see who is done (named only), close it, read the results; members' goals. */
export function MeasureConsole() {
  const vm = useMeasure();
  const id = useId();
  const t = useT();
  if (!vm?.staff) return null;
  const { run, staff } = vm;
  const earlier = staff.runs.filter((r) => r.phase === 'closed');
  return (
    <section className="card ms-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('nav.measures')}</h2>
      {run ? <OpenRun run={run} staff={staff} /> : <Openers />}
      {earlier.length > 0 ? (
        <details className="ms-earlier">
          <summary>{t('msStaff.earlier')}</summary>
          {earlier.map((r) => (
            <RunTable key={r.id} run={r} nameOf={vm.nameOf} />
          ))}
        </details>
      ) : null}
      <details className="ms-earlier">
        <summary>{t('msStaff.goalsTitle')}</summary>
        <ul className="ms-member-goals">
          {vm.members.map((m) => (
            <li key={m}>
              <h3 className="person-name">{vm.nameOf(m)}</h3>
              <GoalsForm key={(staff.goals[m] ?? []).join('\n')} goals={staff.goals[m] ?? []} memberId={m} name={vm.nameOf(m)} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Openers() {
  const t = useT();
  const cmd = useCommand();
  const settings = useMeasureSettings();
  return (
    <div className="stack">
      <p className="hint">{t('msStaff.intro')}</p>
      <ul className="ms-openers">
        {MEASURE_KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('measure:open', openPayload(kind, settings, t))}>
              {t('msStaff.open', { measure: measureTitle(kind, t) })}
            </button>
            <span className="muted">
              {t('msStaff.when', { when: MEASURES[kind].when, n: settings.climateEvery })} · {t('msStaff.mode', { mode: modeOf(kind, settings) })}
            </span>
            {MEASURES[kind].when === 'every' ? <ClimateDue every={settings.climateEvery} /> : null}
          </li>
        ))}
      </ul>
      <InlineError message={cmd.error} />
    </div>
  );
}

function OpenRun({ run, staff }: { run: MeasureRunView; staff: MeasuresStaffView }) {
  const t = useT();
  const cmd = useCommand();
  const vm = useMeasure()!;
  const detail = staff.runs.find((r) => r.id === run.id);
  const done = new Set(Object.keys(detail?.rows ?? {}));
  return (
    <div className="stack">
      <p>
        <strong>{measureTitle(run.kind, t)}</strong> · {t('msStaff.mode', { mode: run.mode })}
      </p>
      <p aria-live="polite" data-testid="measure-staff-progress">
        <strong>{t('measure.done', { answered: run.answered, expected: run.expected })}</strong>
      </p>
      {run.mode === 'named' ? (
        <ul className="ms-who" data-testid="measure-who">
          {vm.members.map((m) => (
            <li key={m}>
              <span className="person-name">{vm.nameOf(m)}</span>{' '}
              <span className={done.has(m) ? 'tag' : 'muted'}>
                <span aria-hidden="true">{done.has(m) ? '✓ ' : '… '}</span>
                {done.has(m) ? t('msStaff.done') : t('msStaff.notYet')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {run.reopened ? <p className="ms-lost">{t('measure.lostInRestart')}</p> : null}
      {detail && detail.mode === 'named' ? <RunTable run={detail} nameOf={vm.nameOf} /> : null}
      <div className="actions">
        <button type="button" className="primary" disabled={cmd.pending} onClick={() => void cmd.run('measure:close', { runId: run.id })}>
          {t('msStaff.close')}
        </button>
      </div>
      <InlineError message={cmd.error} />
    </div>
  );
}
