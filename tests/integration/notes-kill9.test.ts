import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, createSession, joinAsCoFacilitator, tempDir } from '../support/harness.js';
import type { TestClient } from '../support/harness.js';
import { NotesClient, until } from '../support/notes-clients.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
const closers: Array<() => void> = [];

afterEach(() => {
  closers.splice(0).forEach((c) => c());
  for (const c of children.splice(0)) killGroup(c);
});

/**
 * npx → tsx → node: the server is a grandchild. Each server runs in its own
 * process group, and SIGKILL goes to the whole group, so the server process
 * itself dies the kill -9 death (no handlers, no flush).
 */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The real entry point in its own process, as `npm start` runs it (without the client build). */
async function spawnServer(port: number, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('npx', ['tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', SQLITE_SYNC: 'NORMAL' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}


async function waitPortFree(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
    } catch {
      return; // connection refused: nobody listens
    }
    if (Date.now() > deadline) throw new Error('the killed server is still answering');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function track<T extends { close(): void }>(x: T): T {
  closers.push(() => x.close());
  return x;
}

describe('notes survive kill -9', () => {
  it('types, is killed with SIGKILL, restarts on the same data, and the text is there', async () => {
    const dataDir = tempDir('attune-kill9-');
    const port = await freePort();
    let { child, url } = await spawnServer(port, dataDir);

    const created = await createSession(url);
    const co = await joinAsCoFacilitator(url, created, 'Chris');
    const fac: TestClient = track(await connectClient(url, { sessionId: created.sessionId, token: created.facilitatorToken }));
    const coClient: TestClient = track(await connectClient(url, { sessionId: created.sessionId, token: co.token }));
    const a = track(new NotesClient(url, created.sessionId, fac));
    const b = track(new NotesClient(url, created.sessionId, coClient));
    await Promise.all([a.synced(), b.synced()]);
    const typed = 'Ann spoke about her week. Follow up next time.';
    for (const ch of typed) a.text.insert(a.text.length, ch);
    // Once the co-facilitator has the text, the server applied (and stored) every update.
    await until(() => b.text.toString() === typed);

    const exited = new Promise((r) => child.once('exit', r));
    killGroup(child);
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    // The port is free again only once the server process itself is gone.
    await waitPortFree(port);

    ({ child, url } = await spawnServer(port, dataDir));
    const res = await fetch(`${url}/api/sessions/${created.sessionId}/notes.txt`, {
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(typed);

    // A fresh editor gets the text too.
    const fac2 = track(await connectClient(url, { sessionId: created.sessionId, token: created.facilitatorToken }));
    const c = track(new NotesClient(url, created.sessionId, fac2));
    await c.synced();
    expect(c.text.toString()).toBe(typed);
  }, 60_000);
});
