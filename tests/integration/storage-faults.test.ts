import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildServer } from '../support/child-server.js';
import { spawnServer } from '../support/child-server.js';
import { connectClient, connectError, createSession, joinAsMember, tempDir } from '../support/harness.js';

/**
 * The real server (server/index.ts, its own process) on damaged, read-only and
 * truncated data directories: it reports, it refuses clearly, it does not die.
 */
const running: ChildServer[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.kill();
});

async function start(dataDir: string, env: Record<string, string> = {}, opts: Parameters<typeof spawnServer>[2] = {}) {
  const s = await spawnServer(dataDir, { LOG_LEVEL: 'info', ...env }, opts);
  running.push(s);
  return s;
}

/** SIGTERM: the server closes the database, which checkpoints the WAL into the main file. */
async function stop(s: ChildServer): Promise<void> {
  await new Promise<void>((resolve) => {
    s.process.once('exit', () => resolve());
    s.process.kill('SIGTERM');
  });
}

async function health(url: string) {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** As root, chmod does not stop a process; the server then runs as `nobody`, who owns nothing here. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

describe('storage faults', () => {
  it('damaged pages: the server starts, reports 503 with a reason, refuses the connection with unavailable and stays up', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const created = await createSession(first.url);
    const joined = await joinAsMember(first.url, created.joinCode, 'Ann');
    await stop(first);
    const file = path.join(dir, 'attune.sqlite');
    // Keep the header and the schema's pages (the file must still open); every other page becomes noise.
    const reader = new Database(file, { readonly: true });
    const schemaPages = new Set(reader.prepare("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'").pluck().all() as number[]);
    reader.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize; i < bytes.length; i++) if (!schemaPages.has(Math.floor(i / pageSize) + 1)) bytes[i] = (i * 7919) & 0xff;
    fs.writeFileSync(file, bytes);

    const second = await start(dir, {}, { until: 'listening' });
    const h = await health(second.url);
    expect(h.status).toBe(503);
    expect(h.body.reason).toMatch(/damaged/);
    expect(await connectError(second.url, { sessionId: created.sessionId, token: joined.token })).toBe('unavailable');
    const rest = await fetch(`${second.url}/api/join/${created.joinCode}`);
    expect(rest.status).toBe(503);
    expect(await rest.json()).toMatchObject({ error: { code: 'unavailable' } });
    expect(second.process.exitCode).toBeNull();
    expect(second.output()).toMatch(/integrity check failed/);
  }, 60_000);

  it('a data directory the server cannot write stops the start with a clear message', async () => {
    const dir = tempDir();
    const first = await start(dir);
    await createSession(first.url);
    await stop(first);
    if (!asRoot) fs.chmodSync(dir, 0o555);
    try {
      await expect(start(dir, {}, asRoot ? { uid: NOBODY } : {})).rejects.toThrow(/cannot start: the data directory .* cannot be written/);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  }, 60_000);

  it('a data directory that turns read-only while running: /healthz 503 with a reason', async () => {
    const dir = tempDir();
    if (asRoot) fs.chownSync(dir, NOBODY, NOBODY);
    const s = await start(dir, { HEALTH_PROBE_MS: '200' }, asRoot ? { uid: NOBODY } : {});
    expect((await health(s.url)).status).toBe(200);
    fs.chmodSync(dir, 0o555);
    try {
      await until(async () => (await health(s.url)).status === 503);
      expect((await health(s.url)).body.reason).toMatch(/cannot read or write/);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
    await until(async () => (await health(s.url)).status === 200);
  }, 60_000);

  it('a truncated WAL: the versions acknowledged but lost are logged as an error, and /healthz says so', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const created = await createSession(first.url);
    const joined = await joinAsMember(first.url, created.joinCode, 'Ann');
    const ann = await connectClient(first.url, { sessionId: created.sessionId, token: joined.token });
    for (let i = 0; i < 10; i++) {
      const ack = await ann.send(i % 2 === 0 ? 'turns:raiseHand' : 'turns:lowerHand', i % 2 === 0 ? {} : { participantId: joined.participantId });
      expect(ack.ok).toBe(true);
    }
    ann.close();
    await first.kill(); // SIGKILL: the WAL is left as it is, not checkpointed
    // What was acknowledged: the log as the killed server left it (read from an intact copy; acks carry channel versions).
    const copy = tempDir();
    for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(copy, f));
    const intact = new Database(path.join(copy, 'attune.sqlite'));
    const acknowledged = intact.prepare('SELECT MAX(seq) FROM events WHERE session_id = ?').pluck().get(created.sessionId) as number;
    intact.close();
    expect(acknowledged).toBeGreaterThanOrEqual(12);
    const wal = path.join(dir, 'attune.sqlite-wal');
    const size = fs.statSync(wal).size;
    expect(size).toBeGreaterThan(0);
    fs.truncateSync(wal, Math.floor(size / 3));

    const second = await start(dir, {}, { until: 'listening' });
    const h = await health(second.url);
    expect(h.status).toBe(503);
    expect(h.body.reason).toMatch(/acknowledged versions lost/);
    const line = second
      .output()
      .split('\n')
      .find((l) => l.includes('acknowledged changes are missing') && l.includes(created.sessionId));
    expect(line).toBeDefined();
    const logged = JSON.parse(line!) as { acknowledged: number; stored: number; lostVersions: number };
    expect(logged.acknowledged).toBe(acknowledged);
    expect(logged.lostVersions).toBeGreaterThan(0);
    expect(logged.stored + logged.lostVersions).toBe(acknowledged);
  }, 60_000);
});
