import type { BreakState } from '../../../../shared/break/state';
import { isStaffRole } from '../../../../shared/session/state';
import { useRoom, useServerNow } from '../../room/useRoom';

/** The break as the screen needs it: the running break (null when none), the server's now, and whether the viewer runs the group. */
export function useBreak(): { running: BreakState | null; now: number; staff: boolean } {
  const { view } = useRoom();
  const now = useServerNow();
  const brk = view?.session.break ?? null;
  return { running: brk && now < brk.endsAt ? brk : null, now, staff: !!view && isStaffRole(view.me.role) };
}
