import express from 'express';
import type { Response } from 'express';
import { mayUseNotes } from '../../shared/notes/notes.js';
import type { ApiError } from '../../shared/protocol.js';
import { IdSchema } from '../../shared/session/schemas.js';
import { hashToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { NotesServer } from './notes-server.js';
import type { SessionState } from '../../shared/domain/state.js';
import { serverDate, serverText, sessionLocale } from '../i18n/server-texts.js';

/** The downloaded file: a heading in the group's language (which group, which session), a blank line, the notes. */
export function notesDocument(state: Pick<SessionState, 'groupName' | 'startedAt' | 'language'>, text: string): string {
  const locale = sessionLocale(state.language);
  const heading = serverText(locale, 'server.notes.heading', { group: state.groupName });
  const session = serverText(locale, 'server.notes.session', { date: serverDate(locale, state.startedAt) });
  return `${heading}\n${session}\n\n${text}`;
}

function deny(res: Response, status: number, code: string, message: string): void {
  const body: ApiError = { error: { code, message } };
  res.status(status).json(body);
}

/**
 * GET /api/sessions/:sessionId/notes.txt: the notes as plain text, for staff.
 * The credential travels in `Authorization: Bearer <token>`, never in the URL
 * (URLs end up in logs, history and referrers).
 */
export function notesRouter(deps: Deps, registry: RoomRegistry, notes: NotesServer): express.Router {
  const router = express.Router();
  router.get('/sessions/:sessionId/notes.txt', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const auth = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.get('authorization') ?? '');
    // As every staff route (docs/protocol.md): no token is refused like a wrong one, 403.
    if (!auth) return deny(res, 403, 'forbidden', 'Please send your facilitator link\'s key as a Bearer token.');
    const sessionId = IdSchema.safeParse(req.params.sessionId);
    const credential = await deps.store.findCredential(hashToken(auth[1]!));
    if (!sessionId.success || !credential || credential.sessionId !== sessionId.data) {
      return deny(res, 403, 'forbidden', 'These notes belong to another session.');
    }
    const room = await registry.get(credential.sessionId);
    if (!room) return deny(res, 404, 'not_found', 'That session no longer exists.');
    if (!mayUseNotes(room.current, credential.participantId)) {
      return deny(res, 403, 'forbidden', 'Only the facilitators can read the notes.');
    }
    const day = new Date(room.current.startedAt).toISOString().slice(0, 10);
    res.type('text/plain; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="attune-notes-${day}.txt"`);
    res.send(notesDocument(room.current, await notes.plainText(credential.sessionId)));
  });
  return router;
}
