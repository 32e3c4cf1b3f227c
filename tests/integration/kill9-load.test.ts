import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession, Joined } from '../../shared/protocol.js';
import { spawnServer } from '../support/child-server.js';
import type { ChildServer } from '../support/child-server.js';
import type { TestClient } from '../support/harness.js';
import { connectClient, tempDir } from '../support/harness.js';

/**
 * The real server (its own process, the worker store, SQLITE_SYNC=FULL) is
 * killed with SIGKILL while twenty members keep raising and lowering hands
 * without waiting for answers, so batches are being written when it dies.
 * Afterwards: every command that was acknowledged is in the log, and every
 * change the facilitator was shown is in the log too.
 */
const MEMBERS = 20;
const servers: ChildServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.kill();
});

async function post<T>(url: string, route: string, body: unknown, from: string): Promise<T> {
  const res = await fetch(`${url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('kill -9 under sustained load', () => {
  it('keeps every acknowledged command and everything anyone was shown', async () => {
    const dataDir = tempDir('attune-kill9-load-');
    // Each member on their own address, so the per-address limit does not cap the load.
    const server = await spawnServer(dataDir, { TRUST_PROXY: '1', SQLITE_SYNC: 'FULL' });
    servers.push(server);
    const from = (i: number) => `198.51.100.${10 + i}`;
    const created = await post<CreatedSession>(server.url, '/api/sessions', { groupName: 'Load', facilitatorName: 'Dana' }, from(0));
    const fac = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken }, { extraHeaders: { 'x-forwarded-for': from(0) } });
    clients.push(fac);

    const members: Array<{ joined: Joined; client: TestClient }> = [];
    for (let i = 1; i <= MEMBERS; i++) {
      const joined = await post<Joined>(server.url, '/api/join', { code: created.joinCode, name: `M${i}`, acceptAgreement: true }, from(i));
      const client = await connectClient(server.url, { sessionId: created.sessionId, token: joined.token }, { extraHeaders: { 'x-forwarded-for': from(i) } });
      clients.push(client);
      members.push({ joined, client });
    }

    // What the facilitator was shown: each change of a member's raised hand.
    const shown = new Map<string, number>();
    let queue = new Set<string>(fac.view!.shared!.turns.queue);
    fac.socket.on('view:patch', () => {
      const now = new Set<string>(fac.view!.shared!.turns.queue);
      for (const id of new Set([...queue, ...now])) if (queue.has(id) !== now.has(id)) shown.set(id, (shown.get(id) ?? 0) + 1);
      queue = now;
    });

    // Each member toggles their hand every 150 ms (within the per-person rate), never waiting for the answer.
    const acked = new Map<string, number>();
    let sent = 0;
    const timers = members.map(({ joined, client }, i) => {
      let raised = false;
      return setInterval(() => {
        raised = !raised;
        sent++;
        const [event, payload] = raised ? ['turns:raiseHand', {}] : ['turns:lowerHand', { participantId: joined.participantId }];
        client.socket.emit(event as 'turns:raiseHand', payload as never, (a: { ok: boolean }) => {
          if (a.ok) acked.set(joined.participantId, (acked.get(joined.participantId) ?? 0) + 1);
        });
      }, 150 + i);
    });
    // Kill once plenty is acknowledged, with commands still arriving.
    const deadline = Date.now() + 20_000;
    while ([...acked.values()].reduce((a, b) => a + b, 0) < 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await server.kill();
    timers.forEach(clearInterval);
    expect(server.process.signalCode).toBe('SIGKILL');

    const db = new Database(path.join(dataDir, 'attune.sqlite'));
    const stored = new Map<string, number>();
    const bodies = db.prepare("SELECT body FROM events WHERE session_id = ? AND body LIKE '%turns:hand%'").pluck().all(created.sessionId) as string[];
    for (const b of bodies) {
      const e = JSON.parse(b) as { type: string; id: string };
      if (e.type === 'turns:handRaised' || e.type === 'turns:handLowered') stored.set(e.id, (stored.get(e.id) ?? 0) + 1);
    }
    db.close();

    const totalAcked = [...acked.values()].reduce((a, b) => a + b, 0);
    expect(totalAcked).toBeGreaterThanOrEqual(200);
    expect(sent).toBeGreaterThan(totalAcked); // commands were still in flight when it died
    for (const { joined } of members) {
      const id = joined.participantId;
      expect(stored.get(id) ?? 0, `acknowledged for ${id}`).toBeGreaterThanOrEqual(acked.get(id) ?? 0);
      expect(stored.get(id) ?? 0, `shown for ${id}`).toBeGreaterThanOrEqual(shown.get(id) ?? 0);
    }

    // And it starts again on that data, healthy, with the room as stored.
    const again = await spawnServer(dataDir);
    servers.push(again);
    const fac2 = await connectClient(again.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    clients.push(fac2);
    expect(fac2.view!.shared!.order.length).toBe(MEMBERS + 1);
  }, 90_000);
});
