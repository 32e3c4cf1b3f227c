import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { AckRecord, recordCommits } from './ack-record.js';
import { probeDirectory, probeWritable, quickCheck } from './faults.js';
import { SqliteStore, openDatabase } from './sqlite-store.js';

/**
 * Opening the store at start, with the checks that make a bad disk visible:
 * a data directory we cannot write stops the start with a clear message; a
 * damaged file or a WAL that lost acknowledged versions is logged as an error
 * (with what was lost) and reported by /healthz, while the groups whose data
 * is readable carry on.
 */
export function openStore(config: Config, logger: Logger): { store: SqliteStore; record: AckRecord; damage: string | null } | null {
  const file = path.join(config.dataDir, 'attune.sqlite');
  let store: SqliteStore;
  try {
    fs.mkdirSync(config.dataDir, { recursive: true });
    probeDirectory(config.dataDir);
    store = new SqliteStore(openDatabase({ file, synchronous: config.sqliteSync }));
    probeWritable(store.db); // damaged pages are not fatal (see below); a read-only file is
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const message = `Attune cannot start: the data directory ${config.dataDir} cannot be written or its database opened (${e.code ?? 'error'}: ${e.message ?? String(err)}). Check that it exists, is writable by this user and is on a healthy disk, or set DATA_DIR.`;
    logger.fatal({ dataDir: config.dataDir, code: e.code }, message);
    console.error(message);
    return null;
  }

  const problems: string[] = [];
  const integrity = quickCheck(store.db);
  if (integrity.length > 0) {
    logger.error({ file, problems: integrity }, 'database integrity check failed: some sessions may not load');
    problems.push(`database damaged: ${integrity[0]}`);
  }
  const record = new AckRecord(`${file}.acked`);
  try {
    const lost = record.losses(store.db);
    if (lost.length > 0) {
      for (const l of lost) {
        logger.error(
          { sessionId: l.sessionId, acknowledged: l.acknowledged, stored: l.stored, lostVersions: l.acknowledged - l.stored },
          'acknowledged changes are missing: the write-ahead log did not replay',
        );
      }
      problems.push(`${lost.reduce((n, l) => n + l.acknowledged - l.stored, 0)} acknowledged versions lost in ${lost.length} session(s)`);
    }
    record.reset(store.db);
  } catch (err) {
    logger.error({ err }, 'could not compare the log with the acknowledged versions');
    problems.push('could not compare the log with the acknowledged versions');
  }
  recordCommits(store, record);
  return { store, record, damage: problems.length > 0 ? problems.join('; ') : null };
}
