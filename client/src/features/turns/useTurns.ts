import { isStaffRole } from '../../../../shared/session/state';
import type { TurnsView } from '../../../../shared/turns/views';
import { upNext } from '../../../../shared/turns/views';
import { useRoom } from '../../room/useRoom';

/** Turn-taking as the screen needs it: the shared turns view plus names and "me". */
export function useTurns() {
  const { view } = useRoom();
  const shared = view?.shared;
  if (!view || !shared) return null;
  const turns: TurnsView = shared.turns;
  const nameOf = (id: string | null | undefined) => (id ? (shared.roster[id]?.name ?? 'Someone') : '');
  const meId = view.me.id;
  return {
    turns,
    meId,
    staff: isStaffRole(view.me.role),
    nameOf,
    next: upNext(turns),
    holdsFloor: turns.floor?.holderId === meId,
    /** 0-based place in the queue, or -1. */
    place: turns.queue.indexOf(meId),
    /** People in the room now, in roster order (for "give the floor to…"). */
    present: shared.order.filter((id) => shared.roster[id]?.presence !== 'left'),
    roster: shared.roster,
  };
}

export type Turns = NonNullable<ReturnType<typeof useTurns>>;
