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
import { historyRouter } from './summary/history-routes.js';
import { programmeRouter } from './programme/routes.js';
import { measureRouter } from './summary/measure-routes.js';
import { PURGE_EVERY_MS, Retention } from './summary/retention.js';
import type { AttuneServer } from './socket/types.js';

export interface AttuneInstance {
  httpServer: http.Server;
  io: AttuneServer;
  registry: RoomRegistry;
  /** Deletion and the scheduled purge; tests call `await retention.purgeExpired(now)` directly. */
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
  const limits = createLimits(deps.config, deps.cluster?.limiters);
  const health = new StoreHealth(() => deps.store.probe(), deps.logger);
  const stopProbe = health.start(deps.config.healthProbeMs);
  attachRooms(io, registry, deps, limits, health);
  // Shared notes: a WebSocket on its own path (only its upgrades) and a ticket request over Socket.IO.
  const notes = new NotesServer(deps, registry);
  notes.attach(httpServer);
  // Several nodes: a session that moved takes its notes editors along (they reconnect to the owner); deletion reaches every node.
  deps.cluster?.ownership.onLost((id) => notes.disconnect(id));
  deps.cluster?.attach(io, {
    evict: (id) => {
      notes.disconnect(id);
      void registry.evict(id);
    },
  });
  io.on('connection', (socket) => registerNotesTicket(socket, registry, notes.tickets, deps, limits.requests));
  const retention = new Retention({
    history: deps.store.history,
    summaries: deps.store.summaries,
    programmes: deps.store.programmes,
    evict: (id) => {
      notes.disconnect(id);
      deps.cluster?.evictEverywhere(id);
      return registry.evict(id);
    },
    clock: deps.clock,
    logger: deps.logger,
  });
  // Several nodes: one node at a time runs the purge (an advisory lock in PostgreSQL).
  const stopPurge = deps.cluster ? deps.cluster.everyOnOneNode(PURGE_EVERY_MS, () => retention.purgeExpired()) : retention.start();
  const historyApi = historyRouter({ deps, retention });
  httpServer.on('request', createHttpApp({ deps, registry, isReady: () => ready, health, limits, notes, featureApis: [historyApi, programmeRouter(deps), measureRouter(deps)] }));

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
      await registry.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await deps.store.close();
    },
  };
}
