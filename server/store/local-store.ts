import type Database from 'better-sqlite3';
import { StorageEngine, kindOf } from './engine.js';
import { ProxyStore } from './proxy-store.js';

/**
 * The Store in process: the storage engine on the caller's own thread, each
 * write its own transaction. For tests and tools; the server runs the worker
 * store (worker-store.ts), which keeps SQLite off the main event loop.
 */
export class SqliteStore extends ProxyStore {
  private readonly engine: StorageEngine;

  constructor(db: Database.Database, file = db.name) {
    const engine = new StorageEngine(db, file);
    super(async (op) => {
      if (kindOf(op) !== 'write') return engine.runOne(op);
      const r = engine.runBatch([op])[0]!;
      if (!r.ok) throw r.error;
      return r.value;
    });
    this.engine = engine;
  }

  override close(): Promise<void> {
    this.engine.close();
    return Promise.resolve();
  }
}
