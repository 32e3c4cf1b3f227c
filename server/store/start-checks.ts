import fs from 'node:fs';
import path from 'node:path';
import { AckRecord } from './ack-record.js';
import { StorageEngine } from './engine.js';
import { probeDirectory, probeWritable, quickCheck } from './faults.js';
import { openDatabase } from './sqlite-store.js';

/** A line for the main thread's logger (the worker has none of its own). */
export interface StartLog {
  level: 'error' | 'warn' | 'info';
  obj: Record<string, unknown>;
  msg: string;
}

export type Opened =
  | { ok: true; engine: StorageEngine; damage: string | null; logs: StartLog[] }
  | { ok: false; message: string; code: string | undefined };

/**
 * Opening the storage engine at start, with the checks that make a bad disk
 * visible: a data directory we cannot write stops the start with a clear
 * message; a damaged file or a WAL that lost acknowledged versions is logged
 * as an error (with what was lost) and reported by /healthz, while the groups
 * whose data is readable carry on. Runs on the store worker's thread.
 */
export function openEngine(dataDir: string, synchronous: 'FULL' | 'NORMAL'): Opened {
  const file = path.join(dataDir, 'attune.sqlite');
  let db;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    probeDirectory(dataDir);
    db = openDatabase({ file, synchronous });
    probeWritable(db); // damaged pages are not fatal (see below); a read-only file is
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const message = `Attune cannot start: the data directory ${dataDir} cannot be written or its database opened (${e.code ?? 'error'}: ${e.message ?? String(err)}). Check that it exists, is writable by this user and is on a healthy disk, or set DATA_DIR.`;
    return { ok: false, message, code: e.code };
  }

  const logs: StartLog[] = [];
  const problems: string[] = [];
  const integrity = quickCheck(db);
  if (integrity.length > 0) {
    logs.push({ level: 'error', obj: { file, problems: integrity }, msg: 'database integrity check failed: some sessions may not load' });
    problems.push(`database damaged: ${integrity[0]}`);
  }
  const record = new AckRecord(`${file}.acked`);
  try {
    const lost = record.losses(db);
    for (const l of lost) {
      logs.push({
        level: 'error',
        obj: { sessionId: l.sessionId, acknowledged: l.acknowledged, stored: l.stored, lostVersions: l.acknowledged - l.stored },
        msg: 'acknowledged changes are missing: the write-ahead log did not replay',
      });
    }
    if (lost.length > 0) problems.push(`${lost.reduce((n, l) => n + l.acknowledged - l.stored, 0)} acknowledged versions lost in ${lost.length} session(s)`);
    record.reset(db);
  } catch (err) {
    logs.push({ level: 'error', obj: { err: String(err) }, msg: 'could not compare the log with the acknowledged versions' });
    problems.push('could not compare the log with the acknowledged versions');
  }
  return { ok: true, engine: new StorageEngine(db, file, record), damage: problems.length > 0 ? problems.join('; ') : null, logs };
}
