import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import { checkinRoom } from './checkins-support.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

const scale = { kind: 'scale' as const, low: 'struggling', high: 'doing well' };

async function started(names = ['Ann', 'Bo', 'Cy'], extra: Record<string, unknown> = {}) {
  server ??= await startServer();
  const room = await checkinRoom(server, names);
  const fac = room.clients.facilitator!;
  const ack = await fac.send('checkin:start', { prompt: 'How are you arriving?', format: scale, ...extra });
  expect(ack).toMatchObject({ ok: true });
  const checkinId = (await fac.until((v) => !!v.shared?.checkin)).shared!.checkin!.id;
  return { ...room, fac, checkinId };
}

describe('running a check-in', () => {
  it('everyone sees "n of m answered" update live, and only that', async () => {
    const { clients, everyone, checkinId } = await started();
    for (const c of everyone()) await c.until((v) => v.shared?.checkin?.answered === 0 && v.shared.checkin.expected === 3);
    expect(await clients.Ann!.send('checkin:answer', { checkinId, value: 6 })).toMatchObject({ ok: true });
    for (const c of everyone()) await c.until((v) => v.shared?.checkin?.answered === 1);
    expect(clients.Ann!.view!.me.checkin).toEqual({ id: checkinId, answered: true });
    expect(clients.Bo!.view!.me.checkin).toEqual({ id: checkinId, answered: false });
    expect(clients.facilitator!.view!.me.checkin).toBeUndefined();
  });

  it('reveal below the minimum fails with too_few_answers and changes nothing', async () => {
    const { clients, fac, checkinId } = await started();
    await clients.Ann!.send('checkin:answer', { checkinId, value: 2 });
    await clients.Bo!.send('checkin:answer', { checkinId, value: 5 });
    await fac.until((view) => view.shared?.checkin?.answered === 2);
    const v = fac.v;
    const r = await fac.send('checkin:reveal', { checkinId });
    expect(r).toEqual({ ok: false, error: { code: 'too_few_answers', message: expect.stringContaining('at least 3') } });
    expect(fac.v).toBe(v);
    await clients.Cy!.send('checkin:answer', { checkinId, value: 9 });
    expect(await fac.send('checkin:reveal', { checkinId })).toMatchObject({ ok: true });
    await clients.Ann!.until((view) => view.shared?.checkin?.results?.count === 3);
  });

  it('a raised minimum holds; a minimum below 2 is refused', async () => {
    const { clients, fac, checkinId } = await started(['Ann', 'Bo', 'Cy'], {});
    await fac.send('checkin:close', { checkinId });
    expect(await fac.send('checkin:start', { prompt: 'p', format: scale, minimum: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await fac.send('checkin:start', { prompt: 'p', format: scale, minimum: 4 })).toMatchObject({ ok: true });
    const id = (await fac.until((v) => v.shared?.checkin?.minimum === 4)).shared!.checkin!.id;
    for (const n of ['Ann', 'Bo', 'Cy']) await clients[n]!.send('checkin:answer', { checkinId: id, value: 5 });
    expect(await fac.send('checkin:reveal', { checkinId: id })).toMatchObject({ ok: false, error: { code: 'too_few_answers' } });
  });

  it('a second answer from the same member is refused with already_answered', async () => {
    const { clients, fac, checkinId } = await started();
    expect(await clients.Ann!.send('checkin:answer', { checkinId, value: 3 })).toMatchObject({ ok: true });
    expect(await clients.Ann!.send('checkin:answer', { checkinId, value: 8 })).toMatchObject({ ok: false, error: { code: 'already_answered' } });
    await fac.until((v) => v.shared?.checkin?.answered === 1);
  });

  it('only facilitators and co-facilitators start, stop, reveal and close', async () => {
    const { clients, checkinId } = await started(['Ann', 'Bo', 'Cy']);
    const ann = clients.Ann!;
    expect(await ann.send('checkin:start', { prompt: 'x', format: { kind: 'word' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const name of ['checkin:stop', 'checkin:reveal', 'checkin:close'] as const) {
      expect(await ann.send(name, { checkinId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const n of ['Ann', 'Bo', 'Cy']) await clients[n]!.send('checkin:answer', { checkinId, value: 4 });
    expect(await clients.co!.send('checkin:reveal', { checkinId })).toMatchObject({ ok: true });
    expect(await clients.co!.send('checkin:close', { checkinId })).toMatchObject({ ok: true });
    await ann.until((v) => v.shared?.checkin === undefined && v.me.checkin === undefined);
  });

  it('after reveal no answers are taken', async () => {
    const { clients, fac, checkinId } = await started(['Ann', 'Bo', 'Cy', 'Dee']);
    for (const n of ['Ann', 'Bo', 'Cy']) await clients[n]!.send('checkin:answer', { checkinId, value: 1 });
    await fac.send('checkin:reveal', { checkinId });
    expect(await clients.Dee!.send('checkin:answer', { checkinId, value: 1 })).toMatchObject({ ok: false, error: { code: 'checkin_closed' } });
  });

  it('choice and word answers are checked against the format', async () => {
    const { clients, fac, checkinId } = await started();
    await fac.send('checkin:close', { checkinId });
    await fac.send('checkin:start', { prompt: 'Which?', format: { kind: 'choice', options: ['calm', 'sad'] } });
    const id = (await clients.Ann!.until((v) => v.shared?.checkin?.format.kind === 'choice')).shared!.checkin!.id;
    expect(await clients.Ann!.send('checkin:answer', { checkinId: id, value: 'calm' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await clients.Ann!.send('checkin:answer', { checkinId: id, value: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await clients.Ann!.send('checkin:answer', { checkinId: id, value: 1 })).toMatchObject({ ok: true });
    expect(await fac.send('checkin:start', { prompt: 'x', format: { kind: 'choice', options: ['a', 'A'] } })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});
