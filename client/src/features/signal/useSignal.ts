import { useRoom } from '../../room/useRoom';

/** Private signals as the screen needs them: staff see the open ones, a member their own latest (null if none). */
export function useSignal() {
  const { view } = useRoom();
  if (!view) return null;
  return {
    /** Open signals by member id; only staff have them. */
    open: view.shared?.staff?.signals,
    /** A member's own latest signal. */
    mine: view.me.signal ?? null,
    ended: view.session.endedAt !== null,
    /** Only members in a running session send signals. */
    maySend: view.me.role === 'member' && view.session.endedAt === null,
  };
}
