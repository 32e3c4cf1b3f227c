import { fail } from '../../shared/errors.js';
import { mayUseNotes } from '../../shared/notes/notes.js';
import type { NotesTicketAck } from '../../shared/protocol.js';
import { TokenBucket } from '../auth/rate-limit.js';
import type { Deps } from '../deps.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { AttuneSocket } from '../socket/types.js';
import type { TicketBook } from './tickets.js';

/** `notes:ticket`: a facilitator's editor asks for a ticket before each (re)connection. */
export function registerNotesTicket(socket: AttuneSocket, registry: RoomRegistry, tickets: TicketBook, deps: Deps): void {
  const { clock } = deps;
  const bucket = new TokenBucket(5, 0.5, clock.now());
  const { sessionId, participantId } = socket.data;
  socket.on('notes:ticket', (ack: (result: NotesTicketAck) => void) => {
    if (typeof ack !== 'function') return;
    if (!bucket.take(clock.now())) return ack(fail('rate_limited', 'Reconnecting the notes too often. Please wait a moment.'));
    const room = registry.get(sessionId);
    if (!room || !mayUseNotes(room.current, participantId)) {
      return ack(fail('forbidden', 'Only the facilitators can open the notes.'));
    }
    ack({ ok: true, ...tickets.issue({ sessionId, participantId }, clock.now()) });
  });
}
