import { fail } from '../../shared/errors.js';
import { mayUseNotes } from '../../shared/notes/notes.js';
import type { Rate } from '../auth/limits.js';
import type { Deps } from '../deps.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { onEvent, personOf } from '../socket/commands.js';
import type { AttuneSocket } from '../socket/types.js';
import type { TicketBook } from './tickets.js';

/** `notes:ticket`: a facilitator's editor asks for a ticket before each (re)connection; through the same wrapper and limit as every request. */
export function registerNotesTicket(socket: AttuneSocket, registry: RoomRegistry, tickets: TicketBook, deps: Deps, rate: Rate): void {
  const { sessionId, participantId } = socket.data;
  onEvent(socket, deps, 'notes:ticket', [[rate, personOf(socket)]], async () => {
    const room = await registry.get(sessionId);
    if (!room || !mayUseNotes(room.current, participantId)) return fail('forbidden', 'Only the facilitators can open the notes.');
    return { ok: true, ...tickets.issue({ sessionId, participantId }, deps.clock.now()) };
  });
}
