import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLimits } from './auth/limits.js';
import type { Deps } from './deps.js';
import { createHttpApp } from './http/app.js';
import { NotesServer } from './notes/notes-server.js';
import { registerNotesTicket } from './notes/ticket-request.js';
import { RoomRegistry } from './rooms/registry.js';
import { attachRooms, createSocketServer } from './socket/socket-server.js';
import { StoreHealth } from './store/faults.js';
import { SqliteStore } from './store/sqlite-store.js';
import { HistoryStore } from './summary/history-store.js';
import { historyRouter } from './summary/history-routes.js';
import { Retention } from './summary/retention.js';
import { Summaries } from './summary/summaries.js';
import type { AttuneServer } from './socket/types.js';

export interface AttuneInstance {
  httpServer: http.Server;
  io: AttuneServer;
  registry: RoomRegistry;
  /** Deletion and the scheduled purge; tests call `retention.purgeExpired(now)` directly. */
  retention: Retention;
  notes: NotesServer;
  /** What /healthz reports about storage; server/index.ts adds what it found at start. */
  health: StoreHealth;
  /** Listens on `port` (0 picks a free one) and resolves to the port. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The composition root: everything is wired here from explicit dependencies,
 * so tests pass a temp database, a fake clock and port 0. server/index.ts only
 * reads the environment and calls this.
 */
export function createServer(deps: Deps): AttuneInstance {
  let ready = false;
  // The HTTP server comes first because Socket.IO attaches to it; the Express app is added once rooms exist.
  const httpServer = http.createServer();
  const io = createSocketServer(httpServer, deps);
  const registry = new RoomRegistry(deps, io);
  const limits = createLimits(deps.config);
  const health = new StoreHealth(deps.config.dataDir, deps.store instanceof SqliteStore ? deps.store.db : null, deps.logger);
  const stopProbe = health.start(deps.config.healthProbeMs);
  attachRooms(io, registry, deps, limits, health);
  // Shared notes: a WebSocket on its own path (only its upgrades) and a ticket request over Socket.IO.
  const notes = new NotesServer(deps, registry);
  notes.attach(httpServer);
  io.on('connection', (socket) => registerNotesTicket(socket, registry, notes.tickets, deps, limits.requests));
  // Group history reads the same SQLite file; a store on another database would bring its own.
  if (!(deps.store instanceof SqliteStore)) throw new Error('group history needs the SQLite store');
  const history = new HistoryStore(deps.store.db);
  const summaries = new Summaries(deps.store, history);
  const retention = new Retention({ history, summaries, evict: (id) => {
      notes.disconnect(id);
      registry.evict(id);
    }, clock: deps.clock, logger: deps.logger });
  const stopPurge = retention.start();
  const historyApi = historyRouter({ deps, history, summaries, retention });
  httpServer.on('request', createHttpApp({ deps, registry, isReady: () => ready, health, limits, notes, featureApis: [historyApi] }));

  return {
    httpServer,
    io,
    registry,
    retention,
    notes,
    health,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          ready = true;
          resolve((httpServer.address() as AddressInfo).port);
        });
      }),
    close: async () => {
      ready = false;
      stopPurge();
      stopProbe();
      await notes.close();
      registry.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      deps.store.close();
    },
  };
}
