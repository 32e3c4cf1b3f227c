import { useEffect, useId } from 'react';
import type { CheckinStaffView, CheckinView } from '../../../../shared/checkin/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { CheckinProgress } from './CheckinProgress';
import { CheckinResults } from './CheckinResults';
import { lostInRestartSentence } from './copy';
import { useT } from '../../i18n/useT';
import { FORMAT_NAMES, StartCheckinForm } from './StartCheckinForm';
import './checkins.css';
import { useCheckin } from './useCheckin';

/** The facilitators' check-in panel: start one, watch the count, stop, show results, close. */
export function CheckinConsole() {
  const vm = useCheckin();
  const id = useId();
  const t = useT();
  return (
    <section className="card ci-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.title')}</h2>
      {vm ? <RunningCheckin checkin={vm.checkin} staff={vm.staff} /> : <StartCheckinForm />}
    </section>
  );
}

function RunningCheckin({ checkin, staff }: { checkin: CheckinView; staff: CheckinStaffView | undefined }) {
  const cmd = useCommand();
  const t = useT();
  // A refusal ("too few answers") is about a moment that has passed once the count or phase moves on.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- clearError only calls a stable state setter
  useEffect(() => cmd.clearError(), [checkin.answered, checkin.phase]);
  const target = { checkinId: checkin.id };
  const tooFew = checkin.answered < checkin.minimum;
  return (
    <div className="stack">
      <div>
        <p className="ci-prompt">{checkin.prompt}</p>
        <p className="muted">
          {t(FORMAT_NAMES[checkin.format.kind])} · {t('ciStaff.minimumNote', { minimum: checkin.minimum })}
          {checkin.phase === 'stopped' ? ` · ${t('ciStaff.stopped')}` : ''}
        </p>
      </div>
      {checkin.phase === 'revealed' ? <CheckinResults checkin={checkin} /> : <CheckinProgress checkin={checkin} />}
      {checkin.reopened && checkin.phase !== 'revealed' ? <p className="ci-lost">{lostInRestartSentence(t)}</p> : null}
      {staff ? <CutoffLine staff={staff} phase={checkin.phase} /> : null}
      {checkin.phase !== 'revealed' && tooFew ? (
        <p className="hint">{t('ciStaff.tooFew', { minimum: checkin.minimum })}</p>
      ) : null}
      <div className="actions">
        {checkin.phase !== 'revealed' ? (
          <button type="button" className="primary" disabled={cmd.pending} onClick={() => void cmd.run('checkin:reveal', target)}>
            {t('ciStaff.reveal')}
          </button>
        ) : null}
        {checkin.phase === 'open' ? (
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('checkin:stop', target)}>
            {t('ciStaff.stop')}
          </button>
        ) : null}
        <button type="button" className="quiet" disabled={cmd.pending} onClick={() => void cmd.run('checkin:close', target)}>
          {t('ciStaff.close')}
        </button>
      </div>
      <InlineError message={cmd.error} />
    </div>
  );
}

/** Facilitators only: a count at or below the cut-off, never whose; it waits until answers stop. */
function CutoffLine({ staff, phase }: { staff: CheckinStaffView; phase: CheckinView['phase'] }) {
  const t = useT();
  const tag = <span className="ci-tag">{t('ciStaff.onlyStaff')}</span>;
  if (staff.atOrBelow === null) {
    return (
      <p className="ci-cutoff" data-testid="checkin-cutoff">
        {tag} {phase === 'open' ? t('ciStaff.cutoffWait', { cutoff: staff.cutoff }) : t('ciStaff.cutoffTooFew', { cutoff: staff.cutoff })}
      </p>
    );
  }
  return (
    <p className="ci-cutoff" data-testid="checkin-cutoff">
      {tag} <strong>{t('ciStaff.cutoffCount', { count: staff.atOrBelow, cutoff: staff.cutoff })}</strong>
    </p>
  );
}
