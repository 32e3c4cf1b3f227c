import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { NotesConnection } from '../../client/src/features/notes/notes-connection.js';
import { RoomStore } from '../../client/src/room/room-store.js';
import { NOTES_TEXT } from '../../shared/notes/notes.js';
import type { TestServer } from '../support/harness.js';
import { createSession, joinAsCoFacilitator, joinAsMember, startServer } from '../support/harness.js';
import { until } from '../support/notes-clients.js';

// The browser's own pieces (RoomStore.notesTicket + NotesConnection) in Node against the real server.

let server: TestServer;
const cleanups: Array<() => void> = [];
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await server.close();
});

async function openStore(sessionId: string, token: string): Promise<RoomStore> {
  const store = new RoomStore(sessionId, token, server.url);
  cleanups.push(() => store.stop());
  store.start();
  await until(() => store.getSnapshot().status === 'online' && store.getSnapshot().view !== null);
  return store;
}

function editor(store: RoomStore, sessionId: string) {
  const doc = new Y.Doc();
  const conn = new NotesConnection({
    origin: server.url.replace(/^http/, 'ws'),
    sessionId,
    doc,
    getTicket: store.notesTicket,
    WebSocketPolyfill: WebSocket,
  });
  cleanups.push(() => conn.destroy());
  return { doc, conn, text: doc.getText(NOTES_TEXT) };
}

describe('notes from the room store', () => {
  it('gives facilitators tickets and refuses members', async () => {
    const created = await createSession(server.url);
    const fac = await openStore(created.sessionId, created.facilitatorToken);
    expect(await fac.notesTicket()).toMatchObject({ ok: true, ticket: expect.any(String) });
    const ann = await joinAsMember(server.url, created.joinCode, 'Ann');
    const member = await openStore(created.sessionId, ann.token);
    expect(await member.notesTicket()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('two editors on room-store tickets converge; a member editor is refused and stops', async () => {
    const created = await createSession(server.url);
    const co = await joinAsCoFacilitator(server.url, created, 'Chris');
    const a = editor(await openStore(created.sessionId, created.facilitatorToken), created.sessionId);
    const b = editor(await openStore(created.sessionId, co.token), created.sessionId);
    await until(() => a.conn.provider.synced && b.conn.provider.synced);
    a.text.insert(0, 'hello from Dana');
    await until(() => b.text.toString() === 'hello from Dana');

    const ann = await joinAsMember(server.url, created.joinCode, 'Ann');
    const statuses: string[] = [];
    const doc = new Y.Doc();
    const m = new NotesConnection({
      origin: server.url.replace(/^http/, 'ws'),
      sessionId: created.sessionId,
      doc,
      getTicket: (await openStore(created.sessionId, ann.token)).notesTicket,
      WebSocketPolyfill: WebSocket,
      onStatus: (s) => statuses.push(s),
    });
    cleanups.push(() => m.destroy());
    await until(() => statuses.includes('refused'));
    expect(doc.getText(NOTES_TEXT).toString()).toBe('');
  });
});
