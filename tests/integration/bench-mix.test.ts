import { afterEach, expect, it } from 'vitest';
import { MIX, stepAt } from '../../bench/mix.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, joinAsCoFacilitator, roomWith, startServer } from '../support/harness.js';

// The bench replays bench/mix.ts in a loop and counts any refusal as an error:
// two whole cycles must be accepted by the server, in order, as the load client sends them.
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('every step of the bench mix is accepted, twice round', async () => {
  server = await startServer({ commandBurst: 1000, commandRate: 1000 });
  const names = Array.from({ length: 6 }, (_, i) => `M${i}`);
  const { created, facilitator, members, ids } = await roomWith(server, names);
  const co = await joinAsCoFacilitator(server.url, created, 'Cole');
  const cofacilitator = await connectClient(server.url, { sessionId: created.sessionId, token: co.token });
  const memberIds = names.map((n) => ids[n]!);
  const sender = (actor: string, member: number): TestClient =>
    actor === 'facilitator' ? facilitator : actor === 'cofacilitator' ? cofacilitator : members[names[member]!]!;
  for (let n = 0; n < 2 * MIX.length; n++) {
    const step = stepAt(n, memberIds, (actor, member) => sender(actor, member).view as never);
    const ack = await sender(step.actor, step.member).send(step.name as never, step.payload as never);
    expect(ack, `step ${n}: ${step.name}`).toMatchObject({ ok: true });
    await Promise.all([facilitator, cofacilitator, ...Object.values(members)].map((c) => c.flush()));
  }
  for (const c of [facilitator, cofacilitator, ...Object.values(members)]) c.close();
});
