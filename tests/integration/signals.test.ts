import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { connectClient, joinAsCoFacilitator, roomWith, startServer } from '../support/harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

describe('"I need a moment" signal over the wire', () => {
  it('reaches staff only; the sender sees sent then seen; other members receive nothing of it', async () => {
    const { created, facilitator, members, ids } = await roomWith(server, ['Ann', 'Bo']);
    const co = await joinAsCoFacilitator(server.url, created, 'Chris');
    const coClient = await connectClient(server.url, { sessionId: created.sessionId, token: co.token });
    const ann = members.Ann!;
    const bo = members.Bo!;

    expect(await ann.send('signal:send', { text: 'Feeling overwhelmed' })).toMatchObject({ ok: true });
    const fv = await facilitator.until((v) => !!v.shared?.staff?.signals[ids.Ann!]);
    expect(fv.shared!.staff!.signals[ids.Ann!]).toEqual({ name: 'Ann', sentAt: server.clock.now(), text: 'Feeling overwhelmed' });
    await coClient.until((v) => !!v.shared?.staff?.signals[ids.Ann!]);
    await ann.until((v) => v.me.signal?.status === 'sent');

    const second = await ann.send('signal:send', { text: 'again' });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await bo.send('signal:acknowledge', { memberId: ids.Ann! })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    server.clock.advance(30_000);
    expect(await coClient.send('signal:acknowledge', { memberId: ids.Ann! })).toMatchObject({ ok: true });
    await facilitator.until((v) => Object.keys(v.shared!.staff!.signals).length === 0);
    const seen = await ann.until((v) => v.me.signal?.status === 'seen');
    expect(seen.me.signal).toMatchObject({ seenByName: 'Chris', seenAt: server.clock.now() });

    // Bo's own signal, acknowledged, so Bo's traffic has a signal of his own in it too.
    expect(await bo.send('signal:send', {})).toMatchObject({ ok: true });
    await facilitator.until((v) => !!v.shared?.staff?.signals[ids.Bo!]);
    await bo.until((v) => v.me.signal?.status === 'sent');

    // Privacy: nothing in any member's raw traffic mentions another member's signal.
    const boTraffic = JSON.stringify(bo.received);
    expect(boTraffic).not.toContain('Feeling overwhelmed');
    expect(boTraffic).not.toContain('"signals"');
    expect(boTraffic).not.toContain('seenByName":"Chris');
    const annTraffic = JSON.stringify(ann.received);
    expect(annTraffic).not.toContain('"signals"');
    // Every signal-bearing patch a member gets is to their own `me`; full views carry only their own.
    for (const [who, client] of [['Ann', ann], ['Bo', bo]] as const) {
      for (const m of client.received) {
        if (m.event === 'view:patch') {
          for (const op of (m.data as { ops: Array<{ path: string[] }> }).ops) {
            expect(op.path[0] === 'shared' && op.path[1] === 'staff').toBe(false);
            if (JSON.stringify(op).includes('signal')) expect(op.path[0]).toBe('me');
          }
        }
        if (m.event === 'view:full') expect((m.data as { view: { me: { id: string } } }).view.me.id).toBe(ids[who]);
      }
    }
    coClient.close();
  });

  it('an open signal survives the member reconnecting and a server restart, until acknowledged', async () => {
    const { created, facilitator, members, ids } = await roomWith(server, ['Ann']);
    const annToken = (members.Ann!.socket.auth as { token: string }).token;
    expect(await members.Ann!.send('signal:send', { text: 'after the break please' })).toMatchObject({ ok: true });
    await facilitator.until((v) => !!v.shared?.staff?.signals[ids.Ann!]);
    members.Ann!.close();
    facilitator.close();

    const dataDir = server.dataDir;
    await server.close();
    server = await startServer({ dataDir });

    const fac = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    expect(fac.view!.shared!.staff!.signals[ids.Ann!]?.text).toBe('after the break please');
    const ann = await connectClient(server.url, { sessionId: created.sessionId, token: annToken });
    expect(ann.view!.me.signal?.status).toBe('sent');
    expect(await fac.send('signal:acknowledge', { memberId: ids.Ann! })).toMatchObject({ ok: true });
    await ann.until((v) => v.me.signal?.status === 'seen');
    fac.close();
    ann.close();
  });
});
