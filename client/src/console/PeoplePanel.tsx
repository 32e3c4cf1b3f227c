import { useId } from 'react';
import { Roster } from '../room/Roster';
import { useRoom } from '../room/useRoom';
import { ConfirmButton } from '../ui/ConfirmButton';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';

/** Roster with Remove, the waiting list with Admit / Turn away, and the waiting-room switch. */
export function PeoplePanel() {
  const { view } = useRoom();
  const remove = useCommand();
  const staff = view?.shared?.staff;
  if (!staff) return null;
  return (
    <>
      <WaitingPanel />
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">Who is here</h2>
        <Roster
          actions={(id, name, role) =>
            role === 'member' ? (
              <ConfirmButton
                label="Remove"
                buttonLabel={`Remove ${name}`}
                title={`Remove ${name}?`}
                body={`${name} will leave the session now and cannot come back with the same link.`}
                confirmLabel={`Remove ${name}`}
                className="quiet small"
                onConfirm={() => void remove.run('session:remove', { participantId: id })}
              />
            ) : null
          }
        />
        <InlineError message={remove.error} />
      </section>
    </>
  );
}

function WaitingPanel() {
  const { view } = useRoom();
  const id = useId();
  const admit = useCommand();
  const toggle = useCommand();
  const staff = view?.shared?.staff;
  if (!staff) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Waiting room</h2>
      <div className="field check">
        <input
          id={`${id}-switch`}
          type="checkbox"
          role="switch"
          checked={staff.waitingRoom}
          disabled={toggle.pending}
          onChange={(e) => void toggle.run('session:setWaitingRoom', { enabled: e.target.checked })}
        />
        <label htmlFor={`${id}-switch`}>
          Waiting room {staff.waitingRoom ? 'on: you admit each new member' : 'off: members come straight in'}
        </label>
      </div>
      <InlineError message={toggle.error} />
      <div aria-live="polite">
        <h3 className="subhead" id={`${id}-list`}>
          Waiting to come in{staff.waiting.length > 0 ? ` (${staff.waiting.length})` : ''}
        </h3>
        {staff.waiting.length === 0 ? (
          <p className="muted">Nobody is waiting.</p>
        ) : (
          <ul className="roster" aria-label="People waiting">
            {staff.waiting.map((w) => (
              <li key={w.id} className="roster-row" data-testid="waiting-entry">
                <span className="roster-name person-name">{w.name}</span>
                <span className="roster-actions">
                  <button type="button" className="primary small" aria-label={`Admit ${w.name}`} disabled={admit.pending} onClick={() => void admit.run('session:admit', { participantId: w.id })}>
                    Admit
                  </button>
                  <button type="button" className="quiet small" aria-label={`Turn away ${w.name}`} disabled={admit.pending} onClick={() => void admit.run('session:decline', { participantId: w.id })}>
                    Turn away
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <InlineError message={admit.error} />
    </section>
  );
}
