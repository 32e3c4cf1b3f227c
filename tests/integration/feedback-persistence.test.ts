import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { startServer, tempDir } from '../support/harness.js';
import { ROOMY, WFW, expectOk, feedbackRoom, reconnect } from '../support/feedback-room.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Every stored row that mentions `text`, from every table, after the server closed the file. */
function rowsMentioning(dataDir: string, text: string): Array<Record<string, unknown>> {
  const db = new Database(path.join(dataDir, 'attune.sqlite'), { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const rows: Array<Record<string, unknown>> = [];
    for (const t of tables) {
      for (const row of db.prepare(`SELECT * FROM "${t}"`).all() as Array<Record<string, unknown>>) {
        if (JSON.stringify(row).includes(text)) rows.push(row);
      }
    }
    return rows;
  } finally {
    db.close();
  }
}

describe('feedback on disk', () => {
  it('restart mid-round keeps drafts, submissions and who sees what', async () => {
    const dataDir = tempDir();
    server = await startServer({ ...ROOMY, dataDir });
    const r = await feedbackRoom(server);
    await expectOk(r.fac.client.send('feedback:start', { mode: 'pairs', labels: ['I appreciate…', "I'd like more of…"], anonymous: true }));
    await expectOk(r.members.Bo!.client.send('feedback:saveDraft', { recipient: r.members.Ann!.id, parts: ['half a thought', ''] }));
    await expectOk(r.members.Cy!.client.send('feedback:submit', { recipient: r.members.Ann!.id, parts: ['your honesty', 'laughter'] }));
    const cyItem = Object.keys((await r.members.Cy!.client.until((v) => Object.keys(v.me.feedback!.mine).length === 1)).me.feedback!.mine)[0]!;
    for (const c of r.all()) c.close();
    await server.close();

    server = await startServer({ ...ROOMY, dataDir });
    const bo = await reconnect(server, r.sessionId, r.members.Bo!);
    const cy = await reconnect(server, r.sessionId, r.members.Cy!);
    const ann = await reconnect(server, r.sessionId, r.members.Ann!);
    const fac = await reconnect(server, r.sessionId, r.fac);
    expect(bo.client.view!.me.feedback!.draft).toEqual({ recipient: r.members.Ann!.id, parts: ['half a thought', ''] });
    expect(cy.client.view!.me.feedback!.mine[cyItem]).toMatchObject({ parts: ['your honesty', 'laughter'], status: 'pending', anonymous: true });
    expect(cy.client.view!.me.feedback!.draft).toBeNull();
    expect(ann.client.view!.me.feedback).toEqual({ draft: null, mine: {}, focusAnswer: null });
    expect(ann.client.view!.shared!.feedback.round).toMatchObject({ submitted: 1, revealed: null, attribution: 'anonymous' });
    expect(fac.client.view!.shared!.staff!.feedback.items[cyItem]).toMatchObject({ giverId: null, giverName: null, status: 'pending' });
    // The round carries on: Bo finishes his draft and submits after the restart.
    await expectOk(bo.client.send('feedback:submit', { recipient: r.members.Ann!.id, parts: ['half a thought, finished', ''] }));
    await fac.client.until((v) => v.shared!.feedback.round!.submitted === 2);
    for (const p of [bo, cy, ann, fac]) p.client.close();
  });

  it('no stored row holds an anonymous item\'s words together with its giver\'s id or name (log, snapshot, sealed)', async () => {
    const dataDir = tempDir();
    // A snapshot every few events, so snapshots of a live round are on disk too.
    server = await startServer({ ...ROOMY, dataDir, snapshotEvery: 3 });
    const r = await feedbackRoom(server);
    const giver = r.members.Bo!;
    await expectOk(r.fac.client.send('feedback:start', { mode: 'hotSeat', focusId: r.members.Ann!.id, labels: WFW, anonymous: true }));
    await r.members.Ann!.client.until((v) => v.me.feedback?.focusAnswer === 'asked');
    await expectOk(r.members.Ann!.client.send('feedback:answerFocus', { open: true }));
    await giver.client.until((v) => v.shared!.feedback.round!.phase === 'writing');
    await expectOk(giver.client.send('feedback:saveDraft', { recipient: null, parts: ['SECRET-WORDS', '', ''] }));
    await expectOk(giver.client.send('feedback:submit', { recipient: null, parts: ['SECRET-WORDS', 'SECRET-FEELING', ''] }));
    const itemId = Object.keys((await r.fac.client.until((v) => Object.keys(v.shared!.staff!.feedback.items).length === 1)).shared!.staff!.feedback.items)[0]!;
    await expectOk(r.fac.client.send('feedback:screen', { itemId, decision: 'approve' }));
    await expectOk(r.fac.client.send('feedback:reveal', {}));
    await expectOk(r.members.Ann!.client.send('feedback:resonate', { itemId, resonates: true }));
    for (const c of r.all()) c.close();
    await server.close();
    server = null;

    const rows = rowsMentioning(dataDir, 'SECRET-WORDS');
    const events = rows.filter((r) => 'body' in r).map((r) => String(r.body));
    const snapshots = rows.filter((r) => 'state' in r).map((r) => JSON.parse(String(r.state)) as { feedback: unknown });
    // The draft and the item in the log, and a snapshot of the live round: the check looks at real rows.
    expect(events.length).toBe(2);
    expect(snapshots.length).toBe(1);
    expect(rows.length).toBe(events.length + snapshots.length);
    // Log rows hold no participant id at all; a snapshot holds the roster, but its feedback slice holds no giver.
    for (const text of [...events, ...snapshots.map((s) => JSON.stringify(s.feedback))]) {
      expect(text).not.toContain(giver.id);
      expect(text).not.toContain('"Bo"');
    }
    // What links a token to a person on disk is only its plain hash, from which the owner tags cannot be made.
    expect(rowsMentioning(dataDir, giver.token)).toEqual([]);
  });
});
