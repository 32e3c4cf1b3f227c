import { useRoom } from '../../room/useRoom';

/**
 * The programme's view model: the session's place in the group's series as
 * everyone sees it, and (staff only) how many sessions are left and whether
 * members see that yet. Null when the session has no place in a programme.
 */
export function useProgramme() {
  const { view } = useRoom();
  const place = view?.shared?.programme;
  if (!place) return null;
  const staff = view.shared?.staff?.programme;
  return {
    number: place.number,
    total: place.total,
    phase: place.phase,
    /** What this viewer is shown as left: staff always, members once the countdown is on. */
    left: staff ? staff.left : place.left,
    /** Staff only: members are not shown the countdown yet. */
    hiddenFromMembers: !!staff && place.left === null,
  };
}
