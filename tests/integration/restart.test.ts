import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandAck } from '../../shared/protocol.js';
import type { ClientView } from '../../shared/domain/views.js';
import type { ChildServer } from '../support/child-server.js';
import { spawnServer } from '../support/child-server.js';
import type { TestClient } from '../support/harness.js';
import { connectClient, createSession, joinAsMember, tempDir } from '../support/harness.js';

let servers: ChildServer[] = [];
let clients: TestClient[] = [];
afterEach(async () => {
  clients.forEach((c) => c.close());
  await Promise.all(servers.map((s) => s.kill()));
  servers = [];
  clients = [];
});

async function connect(url: string, auth: { sessionId: string; token: string }) {
  const c = await connectClient(url, auth);
  clients.push(c);
  return c;
}

/** Views compared across a restart: everything a person sees. */
function comparable(view: ClientView | null) {
  return JSON.parse(JSON.stringify(view)) as unknown;
}

describe('kill -9 and restart', () => {
  it('restores every session; reconnecting clients see exactly the state they saw', async () => {
    const dataDir = tempDir('attune-restart-');
    const first = await spawnServer(dataDir);
    servers.push(first);

    const created = await createSession(first.url, { waitingRoom: false });
    const auth = { sessionId: created.sessionId, token: created.facilitatorToken };
    const ann = await joinAsMember(first.url, created.joinCode, 'Ann');
    const bo = await joinAsMember(first.url, created.joinCode, 'Bo');
    const cy = await joinAsMember(first.url, created.joinCode, 'Cy');
    const fac = await connect(first.url, auth);
    const annC = await connect(first.url, { sessionId: ann.sessionId, token: ann.token });
    const boC = await connect(first.url, { sessionId: bo.sessionId, token: bo.token });
    const cyC = await connect(first.url, { sessionId: cy.sessionId, token: cy.token });

    expect(await fac.send('session:remove', { participantId: cy.participantId })).toMatchObject({ ok: true });
    expect(await fac.send('break:start', { minutes: 10 })).toMatchObject({ ok: true });
    // A burst of commands, killed while some are still in flight: every acknowledged one must survive.
    const acks: CommandAck[] = [];
    const inFlight = Array.from({ length: 10 }, (_, i) =>
      fac.send('session:setWaitingRoom', { enabled: i % 2 === 0 }).then((a) => void acks.push(a)),
    );
    await annC.until((v) => v.session.break !== null);
    await boC.until((v) => v.shared?.roster[cy.participantId] === undefined);
    await Promise.race([Promise.all(inFlight), new Promise((r) => setTimeout(r, 30))]);
    const before = { fac: comparable(fac.view), ann: comparable(annC.view), bo: comparable(boC.view) };
    await first.kill();
    // Every acknowledged command is in the log (views carry per-channel versions, not the room's, so count events).
    const db = new Database(path.join(dataDir, 'attune.sqlite'), { readonly: true });
    const logged = db.prepare("SELECT COUNT(*) FROM events WHERE json_extract(body, '$.type') = 'waitingRoom:set'").pluck().get() as number;
    db.close();
    expect(logged).toBeGreaterThanOrEqual(acks.filter((a) => a.ok).length);
    expect(cyC.view?.me.admission).toBe('removed');
    clients.forEach((c) => c.close());
    clients = [];

    const second = await spawnServer(dataDir);
    servers.push(second);
    const fac2 = await connect(second.url, auth);
    const ann2 = await connect(second.url, { sessionId: ann.sessionId, token: ann.token });
    const bo2 = await connect(second.url, { sessionId: bo.sessionId, token: bo.token });
    await fac2.until((v) => Object.values(v.shared!.roster).every((r) => r.presence === 'online'));
    await ann2.until((v) => Object.values(v.shared!.roster).every((r) => r.presence === 'online'));
    await bo2.until((v) => Object.values(v.shared!.roster).every((r) => r.presence === 'online'));

    const acknowledged = acks.filter((a) => a.ok).length;
    if (acknowledged === 10) {
      expect(comparable(fac2.view)).toEqual(before.fac);
    }
    expect(comparable(ann2.view)).toEqual(before.ann);
    expect(comparable(bo2.view)).toEqual(before.bo);
    // The removed member stays out.
    const { connectError } = await import('../support/harness.js');
    expect(await connectError(second.url, { sessionId: cy.sessionId, token: cy.token })).toBe('revoked');
  }, 60_000);
});
