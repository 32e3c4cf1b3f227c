import { isStaffRole } from '../../../../shared/session/state';
import { loadCredential } from '../../app/credentials';
import { useRoom, useRoomStore } from '../../room/useRoom';

/**
 * The notes as the panel needs them (null for members: notes are staff-only):
 * the session, the writer's name for their caret, how to get a ticket for the
 * document, and their sign-in for downloads and last session's notes.
 */
export function useNotes() {
  const { view } = useRoom();
  const store = useRoomStore();
  if (!view || !isStaffRole(view.me.role)) return null;
  return {
    sessionId: store.sessionId,
    name: view.me.name,
    getTicket: store.notesTicket,
    /** null when this browser no longer holds the person's sign-in. */
    token: loadCredential(store.sessionId)?.token ?? null,
  };
}
