import express from 'express';
import type { Deps } from '../deps.js';
import { requireStaff, staffAccess } from '../http/access.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { NotesServer } from './notes-server.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { PreviousNotes } from '../../shared/summary/api.js';
import { previousSessionOf } from '../summary/group-sessions.js';
import { serverDate, serverText, sessionLocale } from '../i18n/server-texts.js';

/** The downloaded file: a heading in the group's language (which group, which session), a blank line, the notes. */
export function notesDocument(state: Pick<SessionState, 'groupName' | 'startedAt' | 'language'>, text: string): string {
  const locale = sessionLocale(state.language);
  const heading = serverText(locale, 'server.notes.heading', { group: state.groupName });
  const session = serverText(locale, 'server.notes.session', { date: serverDate(locale, state.startedAt) });
  return `${heading}\n${session}\n\n${text}`;
}

/**
 * GET /api/sessions/:sessionId/notes.txt: the notes as plain text, for staff; and
 * GET /api/sessions/:sessionId/previous-notes: the group's last session's notes.
 * The credential travels in `Authorization: Bearer <token>`, never in the URL
 * (URLs end up in logs, history and referrers).
 */
export function notesRouter(deps: Deps, registry: RoomRegistry, notes: NotesServer): express.Router {
  const router = express.Router();
  const noStore: express.RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  const staffOnly = requireStaff(deps.store, registry, 'Only the facilitators of this session can read its notes.');
  router.get(
    '/sessions/:sessionId/notes.txt',
    noStore,
    staffOnly,
    async (_req, res) => {
      const { room } = staffAccess(res);
      const day = new Date(room.current.startedAt).toISOString().slice(0, 10);
      res.type('text/plain; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="attune-notes-${day}.txt"`);
      res.send(notesDocument(room.current, await notes.plainText(room.sessionId)));
    },
  );
  // The group's last session's notes, offered read-only to this session's staff: read from
  // that session's own rows, so they go when it is purged (docs/anonymity.md).
  router.get('/sessions/:sessionId/previous-notes', noStore, staffOnly, async (_req, res) => {
    const { room } = staffAccess(res);
    const row = await previousSessionOf(deps.store, room.current.groupId, room.sessionId);
    const text = row ? await notes.plainText(row.sessionId) : '';
    const answer: PreviousNotes = { previous: row && text.trim() ? { sessionId: row.sessionId, startedAt: row.createdAt, text } : null };
    res.json(answer);
  });
  return router;
}
