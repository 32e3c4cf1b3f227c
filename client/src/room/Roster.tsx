import type { ReactNode } from 'react';
import type { Role } from '../../../shared/session/state';
import { PresenceTag } from '../ui/Presence';
import { useSession } from './useSession';
import type { MessageId } from '../i18n/useT';
import { useT } from '../i18n/useT';

type PersonSlot = (id: string, name: string, role: Role) => ReactNode;

const ROLE_LABEL: Record<Role, MessageId | null> = { facilitator: 'role.facilitator', cofacilitator: 'role.cofacilitator', member: null };

/**
 * Who is in the room, in arrival order, with presence in words. `actions` adds per-person
 * controls (the console's Remove); `below` a line under the person (the console's preparation ticks).
 */
export function Roster({ actions, below }: { actions?: PersonSlot; below?: PersonSlot }) {
  const session = useSession();
  const t = useT();
  // People outside the room (waiting, declined) see no roster.
  if (!session || session.me.admission !== 'admitted') return null;
  const here = session.order.filter((id) => session.roster[id]?.presence !== 'left').length;
  return (
    <>
      <p className="muted" aria-live="polite">
        {t('roster.count', { count: here })}
      </p>
      <ul className="roster" aria-label={t('roster.label')}>
        {session.order.map((id) => {
          const p = session.roster[id];
          if (!p) return null;
          const role = ROLE_LABEL[p.role];
          const under = below?.(id, p.name, p.role);
          return (
            <li key={id} className={`roster-row presence-row-${p.presence}${under ? ' roster-row-wraps' : ''}`} data-testid="roster-entry">
              <span className="roster-name">
                <span className="person-name" dir="auto">{p.name}</span>
                {id === session.me.id ? <span className="tag">{t('common.you')}</span> : null}
                {role ? <span className="tag">{t(role)}</span> : null}
              </span>
              <PresenceTag presence={p.presence} notYet={p.notYet === true} />
              {actions ? <span className="roster-actions">{actions(id, p.name, p.role)}</span> : null}
              {under ? <div className="roster-below">{under}</div> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
