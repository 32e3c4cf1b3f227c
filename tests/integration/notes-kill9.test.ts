import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer } from '../support/child-server.js';
import type { ChildServer } from '../support/child-server.js';
import { connectClient, createSession, joinAsCoFacilitator, tempDir } from '../support/harness.js';
import { NotesClient, until } from '../support/notes-clients.js';

const servers: ChildServer[] = [];
const closers: Array<() => void> = [];

afterEach(async () => {
  closers.splice(0).forEach((c) => c());
  for (const s of servers.splice(0)) await s.kill();
});

function track<T extends { close(): void }>(x: T): T {
  closers.push(() => x.close());
  return x;
}

describe('notes survive kill -9', () => {
  it('types, is killed with SIGKILL, restarts on the same data, and the text is there', async () => {
    const dataDir = tempDir('attune-kill9-');
    const first = await spawnServer(dataDir);
    servers.push(first);

    const created = await createSession(first.url);
    const co = await joinAsCoFacilitator(first.url, created, 'Chris');
    const fac = track(await connectClient(first.url, { sessionId: created.sessionId, token: created.facilitatorToken }));
    const coClient = track(await connectClient(first.url, { sessionId: created.sessionId, token: co.token }));
    const a = track(new NotesClient(first.url, created.sessionId, fac));
    const b = track(new NotesClient(first.url, created.sessionId, coClient));
    await Promise.all([a.synced(), b.synced()]);
    const typed = 'Ann spoke about her week. Follow up next time.';
    for (const ch of typed) a.text.insert(a.text.length, ch);
    // Once the co-facilitator has the text, the server applied (and stored) every update.
    await until(() => b.text.toString() === typed);

    await first.kill();
    expect(first.process.signalCode).toBe('SIGKILL');
    closers.splice(0).forEach((c) => c());

    const second = await spawnServer(dataDir);
    servers.push(second);
    const res = await fetch(`${second.url}/api/sessions/${created.sessionId}/notes.txt`, {
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    });
    expect(res.status).toBe(200);
    expect((await res.text()).endsWith(`\n\n${typed}`)).toBe(true);

    // A fresh editor gets the text too.
    const fac2 = track(await connectClient(second.url, { sessionId: created.sessionId, token: created.facilitatorToken }));
    const c = track(new NotesClient(second.url, created.sessionId, fac2));
    await c.synced();
    expect(c.text.toString()).toBe(typed);
  }, 60_000);
});
