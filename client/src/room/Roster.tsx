import type { ReactNode } from 'react';
import type { Role } from '../../../shared/session/state';
import { PresenceTag } from '../ui/Presence';
import { useRoom } from './useRoom';

const ROLE_LABEL: Record<Role, string | null> = { facilitator: 'facilitator', cofacilitator: 'co-facilitator', member: null };

/** Who is in the room, in arrival order, with presence in words. `actions` adds per-person controls (the console's Remove). */
export function Roster({ actions }: { actions?: (id: string, name: string, role: Role) => ReactNode }) {
  const { view } = useRoom();
  const shared = view?.shared;
  if (!shared || !view) return null;
  const here = shared.order.filter((id) => shared.roster[id]?.presence !== 'left').length;
  return (
    <>
      <p className="muted" aria-live="polite">
        {here === 1 ? '1 person here' : `${here} people here`}
      </p>
      <ul className="roster" aria-label="People in this session">
        {shared.order.map((id) => {
          const p = shared.roster[id];
          if (!p) return null;
          const role = ROLE_LABEL[p.role];
          return (
            <li key={id} className={`roster-row presence-row-${p.presence}`} data-testid="roster-entry">
              <span className="roster-name">
                <span className="person-name">{p.name}</span>
                {id === view.me.id ? <span className="tag">you</span> : null}
                {role ? <span className="tag">{role}</span> : null}
              </span>
              <PresenceTag presence={p.presence} />
              {actions ? <span className="roster-actions">{actions(id, p.name, p.role)}</span> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
