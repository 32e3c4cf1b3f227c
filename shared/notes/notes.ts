import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import { isStaffRole } from '../session/state.js';

/**
 * Shared notes: one Yjs document per session, edited by the facilitators over
 * a WebSocket at `${NOTES_PATH}/<sessionId>?ticket=…`. The ticket is short-lived
 * and single-use, obtained with the `notes:ticket` request over the
 * authenticated Socket.IO connection (the provider puts its parameters in the
 * URL, so the person's own token never goes there).
 */
export const NOTES_PATH = '/notes';

/** The Y.Text inside the document that holds the notes. */
export const NOTES_TEXT = 'notes';

/** A ticket opens one notes connection, within this time. */
export const NOTES_TICKET_TTL_MS = 60_000;

/** Largest WebSocket message the notes endpoint accepts (a whole offline edit session fits). */
export const NOTES_MAX_MESSAGE_BYTES = 1024 * 1024;

/** Facilitators and co-facilitators admitted to the session; never members. */
export function mayUseNotes(state: SessionState, participantId: string): boolean {
  const p = own(state.participants, participantId);
  return !!p && p.admission === 'admitted' && isStaffRole(p.role);
}
