import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { applyPatch } from '../../shared/patch.js';
import type { CommandInput, CommandName } from '../../shared/commands.js';
import type {
  ClientToServerEvents,
  CommandAck,
  CreatedSession,
  Joined,
  ServerToClientEvents,
  ViewFullMessage,
  ViewPatchMessage,
} from '../../shared/protocol.js';
import type { ClientView } from '../../shared/domain/views.js';
import { DEFAULTS } from '../../server/config.js';
import type { Config } from '../../server/config.js';
import { createServer } from '../../server/create-server.js';
import type { AttuneInstance } from '../../server/create-server.js';
import type { Clock, Deps } from '../../server/deps.js';
import { createLogger } from '../../server/logger.js';
import type { SqlRequest } from '../../server/store/engine.js';
import { SqliteStore } from '../../server/store/local-store.js';
import type { ProxyStore } from '../../server/store/proxy-store.js';
import { openDatabase } from '../../server/store/sqlite-store.js';
import type { Store } from '../../server/store/store.js';
import { WorkerStore } from '../../server/store/worker-store.js';

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  constructor(public t = Date.UTC(2026, 10, 25, 18, 0, 0)) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export function tempDir(prefix = 'attune-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  clock: FakeClock;
  instance: AttuneInstance;
  store: ProxyStore;
  /** Raw SQL on the server's database, wherever its handle lives (tests only). */
  sql<T = unknown>(sql: string, as: SqlRequest['as'], ...params: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export type StoreKind = 'local' | 'worker';

/** Which store test servers run: in process (fast to start), or the server's own worker store. ATTUNE_TEST_STORE=worker runs every test on the worker. */
export const DEFAULT_TEST_STORE: StoreKind = process.env.ATTUNE_TEST_STORE === 'worker' ? 'worker' : 'local';

export async function openTestStore(dataDir: string, kind: StoreKind = DEFAULT_TEST_STORE): Promise<ProxyStore> {
  if (kind === 'local') return new SqliteStore(openDatabase({ file: path.join(dataDir, 'attune.sqlite'), synchronous: 'NORMAL' }));
  const opened = await WorkerStore.open({ dataDir, synchronous: 'NORMAL', commitDelayMs: DEFAULTS.commitDelayMs });
  if (!opened.ok) throw new Error(opened.message);
  return opened.store;
}

/** A real server on an ephemeral port with a temp SQLite file and a fake clock. */
export async function startServer(overrides: Partial<Config> = {}, clock = new FakeClock(), kind: StoreKind = DEFAULT_TEST_STORE): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? tempDir();
  const store = await openTestStore(dataDir, kind);
  const server = await startServerOn(store, { ...overrides, dataDir }, clock);
  return { ...server, sql: (sql, as, ...params) => store.sql({ sql, as, params }) };
}

/** A real server on an ephemeral port over a given store (SQLite, PostgreSQL) with a fake clock. */
export async function startServerOn<S extends Store>(store: S, overrides: Partial<Config> = {}, clock = new FakeClock(), extra: Partial<Deps> = {}) {
  const dataDir = overrides.dataDir ?? tempDir();
  const config: Config = { ...DEFAULTS, logLevel: 'silent', dataDir, clientDir: path.join(dataDir, 'no-client'), ...overrides };
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const instance = createServer({ config, store, clock, logger: createLogger('silent'), random, ...extra });
  const port = await instance.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    clock,
    instance,
    store,
    close: async () => {
      await instance.close();
    },
  };
}

export async function api<T>(base: string, method: 'GET' | 'POST', route: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function createSession(base: string, extra: Record<string, unknown> = {}): Promise<CreatedSession> {
  const r = await api<CreatedSession>(base, 'POST', '/api/sessions', { groupName: 'Tuesday group', facilitatorName: 'Dana', ...extra });
  if (r.status !== 201) throw new Error(`create failed: ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function joinAsMember(base: string, code: string, name: string): Promise<Joined> {
  const r = await api<Joined>(base, 'POST', '/api/join', { code, name, acceptAgreement: true });
  if (r.status !== 201) throw new Error(`join failed: ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function joinAsCoFacilitator(base: string, created: CreatedSession, name: string): Promise<Joined> {
  const invite = created.coFacilitatorLink.split('#invite=')[1]!;
  const r = await api<Joined>(base, 'POST', `/api/sessions/${created.sessionId}/cofacilitators`, { invite, name });
  if (r.status !== 201) throw new Error(`co-facilitator join failed: ${JSON.stringify(r.body)}`);
  return r.body;
}

type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io-client that keeps the view as a browser would (full view,
 * then patches, resync on a gap) and records every message it receives, so
 * tests can assert both what a person sees and what never reached them.
 */
export class TestClient {
  view: ClientView | null = null;
  v = -1;
  /** Every message received, raw, in order (for privacy assertions). */
  readonly received: Array<{ event: string; data: unknown }> = [];
  gaps = 0;
  private waiters: Array<() => void> = [];

  constructor(readonly socket: RawSocket) {
    socket.onAny((event: string, data: unknown) => {
      this.received.push({ event, data });
    });
    socket.on('view:full', (m: ViewFullMessage) => {
      this.view = m.view;
      this.v = m.v;
      this.notify();
    });
    socket.on('view:patch', (m: ViewPatchMessage) => {
      if (!this.view || m.from !== this.v) {
        this.gaps++;
        return;
      }
      this.view = applyPatch(this.view, m.ops);
      this.v = m.v;
      this.notify();
    });
  }

  private notify(): void {
    const ws = this.waiters;
    this.waiters = [];
    ws.forEach((w) => w());
  }

  /** Resolves once `predicate(view)` holds; fails after `ms`. */
  async until(predicate: (view: ClientView) => boolean, ms = 3000): Promise<ClientView> {
    const deadline = Date.now() + ms;
    for (;;) {
      if (this.view && predicate(this.view)) return this.view;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`view condition not met in ${ms} ms; view: ${JSON.stringify(this.view)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Sends a command and resolves to its acknowledgement. */
  send<K extends CommandName>(name: K, payload: CommandInput<K>): Promise<CommandAck> {
    return new Promise((resolve) => {
      (this.socket.emit as (ev: string, p: unknown, ack: (r: CommandAck) => void) => void)(name, payload, resolve);
    });
  }

  /**
   * Resolves once every message the server sent this socket before now has arrived:
   * a round trip on the same socket, which Socket.IO keeps in order. Use it after
   * another person's acknowledged command to assert what this one did not receive.
   */
  flush(): Promise<void> {
    return new Promise((resolve) => {
      (this.socket.emit as (ev: string, ack: () => void) => void)('view:resync', () => resolve());
    });
  }

  /** Sends anything at all (for malformed-input tests). */
  sendRaw(event: string, ...args: unknown[]): Promise<CommandAck> {
    return new Promise((resolve) => {
      (this.socket.emit as (ev: string, ...rest: unknown[]) => void)(event, ...args, resolve);
    });
  }

  close(): void {
    this.socket.disconnect();
  }
}

export interface ConnectOptions {
  /** Defaults to websocket only, as the browsers here use it. */
  transports?: string[];
  reconnection?: boolean;
  /** E.g. X-Forwarded-For, to come from another address behind a trusted proxy. */
  extraHeaders?: Record<string, string>;
}

/** Connects with the handshake auth and waits for the first full view. */
export async function connectClient(base: string, auth: { sessionId: string; token: string }, opts: ConnectOptions = {}): Promise<TestClient> {
  const socket: RawSocket = connect(base, {
    auth,
    transports: opts.transports ?? ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
    extraHeaders: opts.extraHeaders,
  });
  const client = new TestClient(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect_error', (err) => reject(err));
    socket.once('view:full', () => resolve());
  });
  return client;
}

/** Tries to connect and resolves to the handshake error's code, or 'connected'. */
export function connectError(base: string, auth: unknown): Promise<string> {
  const socket: RawSocket = connect(base, { auth: auth as Record<string, unknown>, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve) => {
    socket.once('connect_error', (err) => {
      socket.close();
      resolve(((err as Error & { data?: { code?: string } }).data?.code) ?? err.message);
    });
    socket.once('connect', () => {
      socket.close();
      resolve('connected');
    });
  });
}

/** A facilitator and named members, all connected. */
export async function roomWith(server: Pick<TestServer, 'url'>, memberNames: string[], extra: Record<string, unknown> = {}) {
  const created = await createSession(server.url, extra);
  const facilitator = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
  const members: Record<string, TestClient> = {};
  const ids: Record<string, string> = {};
  for (const name of memberNames) {
    const joined = await joinAsMember(server.url, created.joinCode, name);
    ids[name] = joined.participantId;
    members[name] = await connectClient(server.url, { sessionId: created.sessionId, token: joined.token });
  }
  return { created, facilitator, members, ids };
}
