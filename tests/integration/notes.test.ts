import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { NOTES_MAX_MESSAGE_BYTES, NOTES_TICKET_TTL_MS } from '../../shared/notes/notes.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, createSession, joinAsCoFacilitator, roomWith, startServer } from '../support/harness.js';
import { NotesClient, rawUpgrade, requestTicket, until } from '../support/notes-clients.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

async function staffPair() {
  const { created, facilitator, members, ids } = await roomWith(server, ['Ann']);
  const co = await joinAsCoFacilitator(server.url, created, 'Chris');
  const coClient = await connectClient(server.url, { sessionId: created.sessionId, token: co.token });
  return { created, facilitator, coClient, member: members.Ann!, ids, coToken: co.token };
}

const wsUrl = (path: string) => `${server.url.replace(/^http/, 'ws')}${path}`;

async function notesTxt(sessionId: string, token?: string) {
  const res = await fetch(`${server.url}/api/sessions/${sessionId}/notes.txt`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
}

describe('shared notes over y-websocket', () => {
  it('facilitator and co-facilitator converge, and staff can download the text', async () => {
    const { created, facilitator, coClient, member, coToken } = await staffPair();
    const a = new NotesClient(server.url, created.sessionId, facilitator);
    const b = new NotesClient(server.url, created.sessionId, coClient);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'Ann quiet today. ');
    b.text.insert(0, 'Check in with Bo. ');
    await until(() => a.text.toString() === b.text.toString() && a.text.length > 30);
    expect(a.text.toString()).toContain('Ann quiet today.');
    expect(a.text.toString()).toContain('Check in with Bo.');

    const txt = await notesTxt(created.sessionId, created.facilitatorToken);
    expect(txt.status).toBe(200);
    expect(txt.type).toMatch(/^text\/plain/);
    // A heading in the group's language (English here), a blank line, then the notes as typed.
    expect(txt.body).toMatch(/^Tuesday group: shared notes\nSession of .+\. Written by the facilitators; keep these as carefully as your clinical notes\.\n\n/);
    expect(txt.body.endsWith(`\n\n${a.text.toString()}`)).toBe(true);
    expect((await notesTxt(created.sessionId, coToken)).status).toBe(200);
    // Members, other sessions' facilitators and no credential get nothing.
    const memberToken = (member.socket.auth as { token: string }).token;
    expect(await notesTxt(created.sessionId, memberToken)).toMatchObject({ status: 403 });
    const other = await createSession(server.url);
    expect(await notesTxt(created.sessionId, other.facilitatorToken)).toMatchObject({ status: 403 });
    expect(await notesTxt(created.sessionId)).toMatchObject({ status: 403 });
    expect(JSON.stringify(member.received)).not.toContain('Ann quiet today');
    a.close();
    b.close();
  });

  it('refuses before any data: member, no ticket, reused, expired, wrong session, made-up name, foreign origin', async () => {
    const { created, facilitator, member } = await staffPair();
    const path = `/notes/${created.sessionId}`;

    const memberAck = await requestTicket(member);
    expect(memberAck).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await rawUpgrade(wsUrl(path))).toEqual({ status: 401, messages: 0 });
    expect(await rawUpgrade(wsUrl(`${path}?ticket=${'x'.repeat(43)}`))).toEqual({ status: 401, messages: 0 });
    // A person's own token is not a ticket: neither a member's nor the facilitator's opens the notes.
    const memberToken = (member.socket.auth as { token: string }).token;
    expect(await rawUpgrade(wsUrl(`${path}?ticket=${memberToken}`))).toEqual({ status: 401, messages: 0 });
    expect(await rawUpgrade(wsUrl(`${path}?ticket=${created.facilitatorToken}`))).toEqual({ status: 401, messages: 0 });

    const t1 = await requestTicket(facilitator);
    if (!t1.ok) throw new Error('no ticket');
    expect(t1.expiresAt).toBe(server.clock.now() + NOTES_TICKET_TTL_MS);
    const first = await rawUpgrade(wsUrl(`${path}?ticket=${t1.ticket}`));
    expect(first.status).toBe('open');
    expect(first.messages).toBeGreaterThan(0);
    expect(await rawUpgrade(wsUrl(`${path}?ticket=${t1.ticket}`))).toEqual({ status: 401, messages: 0 });

    const t2 = await requestTicket(facilitator);
    if (!t2.ok) throw new Error('no ticket');
    server.clock.advance(NOTES_TICKET_TTL_MS + 1);
    expect(await rawUpgrade(wsUrl(`${path}?ticket=${t2.ticket}`))).toEqual({ status: 401, messages: 0 });

    // A facilitator of another session cannot use their ticket on this document, nor a made-up one.
    const other = await createSession(server.url);
    const otherFac = await connectClient(server.url, { sessionId: other.sessionId, token: other.facilitatorToken });
    const t3 = await requestTicket(otherFac);
    if (!t3.ok) throw new Error('no ticket');
    expect(await rawUpgrade(wsUrl(`${path}?ticket=${t3.ticket}`))).toEqual({ status: 403, messages: 0 });
    const t4 = await requestTicket(facilitator);
    if (!t4.ok) throw new Error('no ticket');
    expect(await rawUpgrade(wsUrl(`/notes/made-up-doc?ticket=${t4.ticket}`))).toEqual({ status: 403, messages: 0 });

    const t5 = await requestTicket(facilitator);
    if (!t5.ok) throw new Error('no ticket');
    expect(await rawUpgrade(wsUrl(`${path}?ticket=${t5.ticket}`), { origin: 'https://evil.example' })).toEqual({ status: 403, messages: 0 });
    otherFac.close();
  });

  it('leaves Socket.IO upgrades alone and ignores other paths', async () => {
    const { facilitator } = await staffPair();
    expect(await facilitator.send('break:start', { minutes: 5 })).toMatchObject({ ok: true });
  });

  it('closes a connection that sends a message over the cap', async () => {
    const { created, facilitator } = await staffPair();
    const t = await requestTicket(facilitator);
    if (!t.ok) throw new Error('no ticket');
    const ws = new WebSocket(wsUrl(`/notes/${created.sessionId}?ticket=${t.ticket}`));
    await new Promise((r) => ws.once('open', r));
    const code = await new Promise<number>((resolve) => {
      ws.once('close', (c) => resolve(c));
      ws.send(new Uint8Array(NOTES_MAX_MESSAGE_BYTES + 1));
    });
    expect(code).toBe(1009);
  });

  it('merges edits made offline when the editor reconnects', async () => {
    const { created, facilitator, coClient } = await staffPair();
    const a = new NotesClient(server.url, created.sessionId, facilitator);
    const b = new NotesClient(server.url, created.sessionId, coClient);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'shared start.');
    await until(() => b.text.toString() === 'shared start.');

    a.conn.goOffline();
    a.text.insert(a.text.length, ' offline A.');
    b.text.insert(0, 'online B. ');
    await new Promise((r) => setTimeout(r, 100));
    expect(b.text.toString()).not.toContain('offline A');
    a.conn.reconnect();
    await until(() => a.text.toString() === b.text.toString() && b.text.toString().includes('offline A'));
    expect(a.text.toString()).toBe('online B. shared start. offline A.');
    a.close();
    b.close();
  });

  it('stores updates in SQLite and compacts them into one row', async () => {
    const { created, facilitator } = await staffPair();
    const a = new NotesClient(server.url, created.sessionId, facilitator);
    await a.synced();
    for (let i = 0; i < 250; i++) a.text.insert(a.text.length, 'x');
    await until(async () => (await server.instance.notes.plainText(created.sessionId)).length === 250);
    expect(await server.store.notes.count(created.sessionId)).toBeLessThan(100);
    a.close();
    await until(async () => (await server.store.notes.count(created.sessionId)) === 1);
    expect(await server.instance.notes.plainText(created.sessionId)).toBe('x'.repeat(250));
  });

  it('a restarted server (same data) serves the notes again to a new ticket', async () => {
    const { created, facilitator } = await staffPair();
    const a = new NotesClient(server.url, created.sessionId, facilitator);
    await a.synced();
    a.text.insert(0, 'kept across restart');
    await until(async () => (await server.instance.notes.plainText(created.sessionId)) === 'kept across restart');
    const dataDir = server.dataDir;
    await server.close();
    a.close();
    server = await startServer({ dataDir });
    const fac = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    const b = new NotesClient(server.url, created.sessionId, fac);
    await b.synced();
    expect(b.text.toString()).toBe('kept across restart');
    b.close();
  });
});
