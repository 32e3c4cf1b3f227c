import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Logger } from 'pino';

/**
 * Storage faults: how to recognise them, how to probe for them, and what
 * /healthz reports. The probes take the database handle or path and run where
 * the handle is (the store worker's thread, see engine.ts); StoreHealth, on the
 * main thread, asks for them through Store.probe().
 */

/** SQLite result codes that mean the disk or the file, not our code, failed. */
const STORAGE_CODES = /^SQLITE_(CORRUPT|NOTADB|READONLY|IOERR|FULL|CANTOPEN|BUSY|LOCKED|PERM|AUTH)/;
const FS_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EIO', 'EDQUOT']);

/** Raised where storage failed and the caller should answer `unavailable`. */
export class StoreUnavailable extends Error {}

export function storeFailure(err: unknown): boolean {
  if (err instanceof StoreUnavailable) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (STORAGE_CODES.test(code) || FS_CODES.has(code));
}

function describe(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(': ') || String(err);
}

/** Writes, syncs and removes a small file: fails on a read-only or full data directory. */
export function probeDirectory(dataDir: string): void {
  const file = path.join(dataDir, `.attune-probe-${process.pid}`);
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'ok');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
}

/** Takes the write lock without writing: fails on a read-only database or one we may not lock. */
export function probeWritable(db: Database.Database): void {
  db.exec('BEGIN IMMEDIATE');
  db.exec('ROLLBACK');
}

/** Reads the sessions table's first page too: fails on an unreadable database. */
export function probeDatabase(db: Database.Database): void {
  db.prepare('SELECT id FROM sessions LIMIT 1').get();
  probeWritable(db);
}

/** `PRAGMA quick_check`: the problems it lists (empty when the file is sound). */
export function quickCheck(db: Database.Database): string[] {
  try {
    const rows = db.pragma('quick_check(20)', { simple: false }) as Array<{ quick_check: string }>;
    return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (err) {
    return [describe(err)];
  }
}

/**
 * What /healthz says about storage. A probe runs at start and now and then; a
 * storage error seen while serving marks the store failing at once, and the
 * next good probe clears it. A problem found at start (a damaged file) stays.
 */
export class StoreHealth {
  private failing: string | null = null;
  private lasting: string | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    /** Probes the data directory and the database (Store.probe: on the store worker's thread). */
    private readonly probeStore: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /** Why the store cannot be trusted now, or null. */
  get problem(): string | null {
    return this.lasting ?? this.failing;
  }

  async probe(): Promise<boolean> {
    try {
      await this.probeStore();
      if (this.failing) this.logger.warn({ was: this.failing }, 'storage is answering again');
      this.failing = null;
      return true;
    } catch (err) {
      this.report(err);
      return false;
    }
  }

  /** A storage error met while serving a request. */
  report(err: unknown): void {
    const reason = `cannot read or write the data: ${describe(err)}`;
    if (this.failing !== reason) this.logger.error({ err }, 'storage failing');
    this.failing = reason;
  }

  /** A problem found at start that a probe cannot clear (a damaged file, lost versions). */
  markDamaged(reason: string): void {
    this.lasting = reason;
  }

  start(everyMs: number): () => void {
    void this.probe();
    this.timer = setInterval(() => void this.probe(), everyMs);
    this.timer.unref();
    return () => {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
    };
  }
}
