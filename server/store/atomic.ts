import type Database from 'better-sqlite3';

/**
 * `fn` as one atomic write: its own transaction when called on its own (tests,
 * tools), and simply run when a transaction is already open. The storage
 * engine (engine.ts) opens that transaction and isolates each write of a batch
 * in a savepoint of its own, so a savepoint here would only repeat it, at a
 * cost paid on every command. Made once per statement set: better-sqlite3's
 * transaction wrappers are not free to build.
 */
export function atomic<A extends unknown[]>(db: Database.Database, fn: (...args: A) => void): (...args: A) => void {
  const alone = db.transaction(fn);
  return (...args: A) => (db.inTransaction ? fn(...args) : alone(...args));
}
