import { useRoom } from './useRoom';

/**
 * The session feature's view model: the session heading, who I am, the roster,
 * and (staff only) the join code, agreement and waiting room. The session's
 * screens (people, invite, roster) read the room through it.
 */
export function useSession() {
  const { view } = useRoom();
  if (!view) return null;
  return {
    session: view.session,
    me: view.me,
    roster: view.shared?.roster ?? {},
    order: view.shared?.order ?? [],
    /** Staff only. */
    staff: view.shared?.staff,
  };
}
