import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/reducer.js';
import { hydrateSealed } from '../../shared/domain/sealed.js';
import { SNAPSHOT_FORMAT } from '../../server/store/codec.js';
import { SqliteStore } from '../../server/store/local-store.js';
import { openDatabase } from '../../server/store/sqlite-store.js';
import { DB_FILE, FIXTURES_DIR, readJson, viewsOf, withLaterFields } from '../fixtures/data/restored-views.js';
import type { FixtureSession, MadeWith } from '../fixtures/data/restored-views.js';
import type { TestServer } from '../support/harness.js';
import { startServer, tempDir } from '../support/harness.js';

// Every released stored format stays readable: each fixture under tests/fixtures/data
// (a data directory written by an older commit) is opened by today's code (on a copy:
// opening migrates) and must restore exactly the views that commit showed.

const fixtures = fs.readdirSync(FIXTURES_DIR).filter((f) => fs.existsSync(path.join(FIXTURES_DIR, f, DB_FILE)));

function copyOf(name: string): string {
  const dir = tempDir('attune-fixture-');
  fs.copyFileSync(path.join(FIXTURES_DIR, name, DB_FILE), path.join(dir, DB_FILE));
  return dir;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('has at least one data fixture', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

describe.each(fixtures)('data fixture %s', (name) => {
  const dir = path.join(FIXTURES_DIR, name);
  const session = readJson<FixtureSession>(dir, 'session.json');
  const expected = withLaterFields(readJson<Record<string, unknown>>(dir, 'views.json'));

  it('records the commit that made it', () => {
    expect(readJson<MadeWith>(dir, 'made-with.json').commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('loads with the current store (snapshot and later events) and restores every view', async () => {
    const store = new SqliteStore(openDatabase({ file: path.join(copyOf(name), DB_FILE) }));
    const loaded = (await store.load(session.sessionId))!;
    // A snapshot of today's format is used; an older one is dropped and the whole log replayed.
    const format = await store.sql({ sql: 'SELECT version FROM snapshots WHERE session_id = ?', params: [session.sessionId], as: 'value' });
    expect(format).toBeDefined();
    if (format === SNAPSHOT_FORMAT) expect(loaded.snapshot).not.toBeNull();
    else expect(loaded).toMatchObject({ snapshot: null, droppedSnapshot: expect.stringContaining(`format ${String(format)}`) });
    const state = hydrateSealed(replay(loaded.events, loaded.snapshot ?? undefined), loaded.sealed);
    expect(viewsOf(state, session)).toEqual(expected);
    // The log alone (no snapshot) gives the same state.
    await store.sql({ sql: 'DELETE FROM snapshots', as: 'run' });
    const fromLog = (await store.load(session.sessionId))!;
    expect(fromLog.snapshot).toBeNull();
    expect(viewsOf(hydrateSealed(replay(fromLog.events), fromLog.sealed), session)).toEqual(expected);
    await store.close();
  });

  it('a server started on it serves the restored session', async () => {
    server = await startServer({ dataDir: copyOf(name) });
    const room = await server.instance.registry.get(session.sessionId);
    expect(room).toBeDefined();
    expect(viewsOf(room!.current, session)).toEqual(expected);
  });
});
