import { useRoom } from '../../room/useRoom';

/** Talk time as the screen needs it: the staff dashboard's data and the whole-group view while it is shared. */
export function useTalk() {
  const { view } = useRoom();
  const shared = view?.shared;
  if (!view || !shared) return null;
  return {
    /** Staff only: intervals and presence for the dashboard. */
    staff: shared.staff?.talk,
    /** Only while the facilitators share it. */
    group: shared.talk,
    roster: shared.roster,
    /** The whole shared view, for the tracker's targets (who is here) and the floor. */
    shared,
  };
}
