import { afterEach, expect, it } from 'vitest';
import { MIX, SECTION_STARTS, firstStep, stepAt } from '../../bench/mix.js';
import { NotesEditor } from '../../bench/lib/notes-editor.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, joinAsCoFacilitator, roomWith, startServer } from '../support/harness.js';
import { requestTicket, until } from '../support/notes-clients.js';

// The bench replays bench/mix.ts in a loop and counts any refusal as an error:
// two whole cycles must be accepted by the server, in order, as the load client sends them.
// Its notes steps are Yjs updates over each staff member's notes connection (bench/lib/notes-editor.ts):
// each must reach the other staff editor.
let server: TestServer | undefined;
const editors: NotesEditor[] = [];
afterEach(async () => {
  for (const e of editors.splice(0)) e.close();
  await server?.close();
  server = undefined;
});

/** A staff member's notes editor, as the load client opens it; records the names of the updates it receives. */
async function openEditor(url: string, sessionId: string, staff: TestClient, tag: string) {
  const editor = await NotesEditor.open(url, sessionId, tag, async () => {
    const ack = await requestTicket(staff);
    if (!ack.ok) throw new Error(ack.error.code);
    return ack.ticket;
  });
  editors.push(editor);
  const received = new Set<string>();
  editor.onRemote = (name) => received.add(name);
  return { editor, received };
}

it('every step of the bench mix is accepted, twice round, and every notes update reaches the other editor', async () => {
  server = await startServer({ commandBurst: 1000, commandRate: 1000 });
  const names = Array.from({ length: 6 }, (_, i) => `M${i}`);
  const { created, facilitator, members, ids } = await roomWith(server, names);
  const co = await joinAsCoFacilitator(server.url, created, 'Cole');
  const cofacilitator = await connectClient(server.url, { sessionId: created.sessionId, token: co.token });
  const notes = {
    facilitator: await openEditor(server.url, created.sessionId, facilitator, 'facilitator'),
    cofacilitator: await openEditor(server.url, created.sessionId, cofacilitator, 'cofacilitator'),
  };
  const memberIds = names.map((n) => ids[n]!);
  const sender = (actor: string, member: number): TestClient =>
    actor === 'facilitator' ? facilitator : actor === 'cofacilitator' ? cofacilitator : members[names[member]!]!;
  let notesSteps = 0;
  for (let n = 0; n < 2 * MIX.length; n++) {
    const step = stepAt(n, memberIds, (actor, member) => sender(actor, member).view as never);
    if (step.via === 'notes') {
      const own = step.actor === 'facilitator' ? notes.facilitator : notes.cofacilitator;
      const other = step.actor === 'facilitator' ? notes.cofacilitator : notes.facilitator;
      const name = own.editor.type(String(step.payload.line));
      await until(() => other.received.has(name), 5000, `step ${n}: ${step.name} (${step.actor}) did not reach the other editor`);
      notesSteps++;
      continue;
    }
    const ack = await sender(step.actor, step.member).send(step.name as never, step.payload as never);
    expect(ack, `step ${n}: ${step.name}`).toMatchObject({ ok: true });
    await Promise.all([facilitator, cofacilitator, ...Object.values(members)].map((c) => c.flush()));
  }
  // Both editors typed, in turn; each rewrote its own line, so the notes stay one line per editor.
  expect(notesSteps).toBe(2 * MIX.filter((s) => s.via === 'notes').length);
  expect(new Set(MIX.filter((s) => s.via === 'notes').map((s) => s.actor))).toEqual(new Set(['facilitator', 'cofacilitator']));
  const lines = notes.facilitator.editor.content.trimEnd().split('\n');
  expect(lines).toEqual([expect.stringMatching(/^facilitator: Cycle 1:/), expect.stringMatching(/^cofacilitator: Cycle 1:/)]);
  expect(notes.cofacilitator.editor.content).toBe(notes.facilitator.editor.content);
  for (const c of [facilitator, cofacilitator, ...Object.values(members)]) c.close();
});

it('a room may begin its script at any section, as the load client spreads rooms over them', async () => {
  // Every room here connects from one address: its own limit is raised too.
  server = await startServer({ commandBurst: 1000, commandRate: 1000, addressCommandBurst: 10_000 });
  expect(SECTION_STARTS.length).toBeGreaterThan(3);
  expect(new Set(Array.from({ length: SECTION_STARTS.length }, (_, room) => firstStep(room)))).toEqual(new Set(SECTION_STARTS));
  for (const first of SECTION_STARTS) {
    const names = Array.from({ length: 6 }, (_, i) => `M${i}`);
    const { created, facilitator, members, ids } = await roomWith(server, names);
    const co = await joinAsCoFacilitator(server.url, created, 'Cole');
    const cofacilitator = await connectClient(server.url, { sessionId: created.sessionId, token: co.token });
    const memberIds = names.map((n) => ids[n]!);
    const sender = (actor: string, member: number): TestClient =>
      actor === 'facilitator' ? facilitator : actor === 'cofacilitator' ? cofacilitator : members[names[member]!]!;
    // One whole cycle from the section on, wrapping round; notes edits need no room state (the test above sends them).
    for (let n = first; n < first + MIX.length; n++) {
      const step = stepAt(n, memberIds, (actor, member) => sender(actor, member).view as never);
      if (step.via === 'notes') continue;
      const ack = await sender(step.actor, step.member).send(step.name as never, step.payload as never);
      expect(ack, `from ${first}, step ${n}: ${step.name} ${JSON.stringify(ack)}`).toMatchObject({ ok: true });
      await Promise.all([facilitator, cofacilitator, ...Object.values(members)].map((c) => c.flush()));
    }
    for (const c of [facilitator, cofacilitator, ...Object.values(members)]) c.close();
  }
});
