import { useEffect, useId } from 'react';
import type { CheckinStaffView, CheckinView } from '../../../../shared/checkins/views';
import { useRoom } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { CheckinProgress } from './CheckinProgress';
import { CheckinResults } from './CheckinResults';
import { lostInRestartSentence } from './copy';
import { useT } from '../../i18n/useT';
import { StartCheckinForm } from './StartCheckinForm';
import './checkins.css';

/** The facilitators' check-in panel: start one, watch the count, stop, show results, close. */
export function CheckinConsole() {
  const { view } = useRoom();
  const id = useId();
  const checkin = view?.shared?.checkin;
  return (
    <section className="card ci-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Anonymous check-in</h2>
      {checkin ? <RunningCheckin checkin={checkin} staff={view?.shared?.staff?.checkin} /> : <StartCheckinForm />}
    </section>
  );
}

const FORMAT_NAMES = { scale: '0–10 scale', word: 'One word', choice: 'Multiple choice' } as const;

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
          {FORMAT_NAMES[checkin.format.kind]} · results shown only with at least {checkin.minimum} answers
          {checkin.phase === 'stopped' ? ' · answers stopped' : ''}
        </p>
      </div>
      {checkin.phase === 'revealed' ? <CheckinResults checkin={checkin} /> : <CheckinProgress checkin={checkin} />}
      {checkin.reopened && checkin.phase !== 'revealed' ? <p className="ci-lost">{lostInRestartSentence(t)}</p> : null}
      {staff ? <CutoffLine staff={staff} phase={checkin.phase} /> : null}
      {checkin.phase !== 'revealed' && tooFew ? (
        <p className="hint">
          Results can be shown once at least {checkin.minimum} have answered, so that no one can be singled out.
        </p>
      ) : null}
      <div className="actions">
        {checkin.phase !== 'revealed' ? (
          <button type="button" className="primary" disabled={cmd.pending} onClick={() => void cmd.run('checkin:reveal', target)}>
            Show results to everyone
          </button>
        ) : null}
        {checkin.phase === 'open' ? (
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('checkin:stop', target)}>
            Stop answers
          </button>
        ) : null}
        <button type="button" className="quiet" disabled={cmd.pending} onClick={() => void cmd.run('checkin:close', target)}>
          Close check-in
        </button>
      </div>
      <InlineError message={cmd.error} />
    </div>
  );
}

/** Facilitators only: a count at or below the cut-off, never whose; it waits until answers stop. */
function CutoffLine({ staff, phase }: { staff: CheckinStaffView; phase: CheckinView['phase'] }) {
  if (staff.atOrBelow === null) {
    return (
      <p className="ci-cutoff" data-testid="checkin-cutoff">
        <span className="ci-tag">Only facilitators see this</span>{' '}
        {phase === 'open'
          ? `How many answers are at or below ${staff.cutoff} appears when you stop answers, so the number cannot point at whoever just answered.`
          : `Too few answers to show how many are at or below ${staff.cutoff}.`}
      </p>
    );
  }
  return (
    <p className="ci-cutoff" data-testid="checkin-cutoff">
      <span className="ci-tag">Only facilitators see this</span>{' '}
      <strong>
        {staff.atOrBelow === 1 ? '1 answer' : `${staff.atOrBelow} answers`} at or below {staff.cutoff}
      </strong>
    </p>
  );
}
