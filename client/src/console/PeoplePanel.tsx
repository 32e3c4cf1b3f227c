import { useId } from 'react';
import { Roster } from '../room/Roster';
import { useSession } from '../room/useSession';
import { useRoomStore } from '../room/useRoom';
import { PreparationChecks } from '../features/programme/PreparationChecks';
import { usePreparation } from '../features/programme/usePreparation';
import { ConfirmButton } from '../ui/ConfirmButton';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';
import { useT } from '../i18n/useT';
import { WellbeingBadge } from '../features/measure/WellbeingBadge';

/** Roster with Remove and each member's preparation ticks, the waiting list with Admit / Turn away, and the waiting-room switch. */
export function PeoplePanel() {
  const vm = useSession();
  const remove = useCommand();
  const preparation = usePreparation(useRoomStore().sessionId);
  const t = useT();
  const staff = vm?.staff;
  if (!staff) return null;
  return (
    <>
      <WaitingPanel />
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">{t('people.title')}</h2>
        <Roster
          actions={(id, name, role) =>
            role === 'member' ? (
              <>
                <WellbeingBadge memberId={id} />
                <ConfirmButton
                  label={t('people.remove')}
                  buttonLabel={t('people.removeName', { name })}
                  title={t('people.removeTitle', { name })}
                  body={t('people.removeBody', { name })}
                  confirmLabel={t('people.removeName', { name })}
                  className="quiet small"
                  onConfirm={() => void remove.run('session:remove', { participantId: id })}
                />
              </>
            ) : null
          }
          below={(id, name, role) =>
            role === 'member' ? <PreparationChecks name={name} value={preparation.of(id)} onChange={(next) => void preparation.set(id, next)} /> : null
          }
        />
        <p className="hint">{t('progStaff.prepHint')}</p>
        <InlineError message={remove.error} />
        <InlineError message={preparation.error} />
      </section>
    </>
  );
}

function WaitingPanel() {
  const vm = useSession();
  const id = useId();
  const admit = useCommand();
  const toggle = useCommand();
  const t = useT();
  const staff = vm?.staff;
  if (!staff) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('people.waitingTitle')}</h2>
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
          {staff.waitingRoom ? t('people.waitingOn') : t('people.waitingOff')}
        </label>
      </div>
      <InlineError message={toggle.error} />
      <div aria-live="polite">
        <h3 className="subhead" id={`${id}-list`}>
          {t('people.waitingList', { count: staff.waiting.length })}
        </h3>
        {staff.waiting.length === 0 ? (
          <p className="muted">{t('people.nobodyWaiting')}</p>
        ) : (
          <ul className="roster" aria-label={t('people.waitingLabel')}>
            {staff.waiting.map((w) => (
              <li key={w.id} className="roster-row" data-testid="waiting-entry">
                <span className="roster-name person-name">{w.name}</span>
                <span className="roster-actions">
                  <button type="button" className="primary small" aria-label={t('people.admitName', { name: w.name })} disabled={admit.pending} onClick={() => void admit.run('session:admit', { participantId: w.id })}>
                    {t('people.admit')}
                  </button>
                  <button type="button" className="quiet small" aria-label={t('people.declineName', { name: w.name })} disabled={admit.pending} onClick={() => void admit.run('session:decline', { participantId: w.id })}>
                    {t('people.decline')}
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
