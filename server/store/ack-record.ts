import fs from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * A side record, outside SQLite and its WAL, of the last version acknowledged
 * per session. At start it is compared with the log: a WAL that did not replay
 * (damaged, deleted, truncated) shows up as versions the server acknowledged
 * but no longer has, and is logged with exactly what was lost.
 *
 * One line per commit (`sessionId version`), appended without fsync: it
 * survives a crash of the process, which is what a damaged WAL follows.
 */
const COMPACT_AT_BYTES = 1 << 20;
/** The mark of a session deleted on purpose (retention, a facilitator): its absence is no loss. */
const DELETED = '-';

export interface LostVersions {
  sessionId: string;
  acknowledged: number;
  stored: number;
}

function readRecord(file: string): Map<string, number> {
  const last = new Map<string, number>();
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return last; // first start, or the record was removed: nothing to compare
  }
  for (const line of text.split('\n')) {
    const [id, v] = line.split(' ');
    const n = Number(v);
    if (id && v === DELETED) last.delete(id);
    else if (id && Number.isInteger(n)) last.set(id, Math.max(n, last.get(id) ?? 0));
  }
  return last;
}

export class AckRecord {
  private readonly last: Map<string, number>;
  private bytes = 0;
  /** Kept open: an append per batch, not an open, a write and a close. */
  private fd: number | null = null;

  constructor(private readonly file: string) {
    this.last = readRecord(file);
  }

  /** Sessions whose log ends before the version the record says was acknowledged (a missing session lost everything). */
  losses(db: Database.Database): LostVersions[] {
    const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").pluck().get();
    const stored = hasLog ? db.prepare('SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?').pluck() : null;
    const out: LostVersions[] = [];
    for (const [sessionId, acknowledged] of this.last) {
      const have = (stored?.get(sessionId) as number | undefined) ?? 0;
      if (have < acknowledged) out.push({ sessionId, acknowledged, stored: have });
    }
    return out;
  }

  /** Rewrites the record from what the log holds now, so a loss is reported once. */
  reset(db: Database.Database): void {
    this.last.clear();
    for (const r of db.prepare('SELECT session_id AS id, MAX(seq) AS v FROM events GROUP BY session_id').all() as Array<{ id: string; v: number }>) {
      this.last.set(r.id, r.v);
    }
    this.rewrite();
  }

  /**
   * What one durable batch changed: sessions acknowledged up to a version, and
   * sessions deleted on purpose (forgotten, so their absence is not reported as a
   * loss). One append for the whole batch, as the batch had one fsync.
   */
  recordBatch(changes: ReadonlyArray<readonly [sessionId: string, version: number | 'deleted']>): void {
    if (changes.length === 0) return;
    let lines = '';
    for (const [sessionId, version] of changes) {
      if (version === 'deleted') this.last.delete(sessionId);
      else this.last.set(sessionId, version);
      lines += `${sessionId} ${version === 'deleted' ? DELETED : version}\n`;
    }
    this.fd ??= fs.openSync(this.file, 'a');
    fs.writeSync(this.fd, lines);
    this.bytes += lines.length;
    if (this.bytes > COMPACT_AT_BYTES) this.rewrite();
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  private rewrite(): void {
    // The open descriptor would go on appending to the file replaced below.
    this.close();
    const text = [...this.last].map(([id, v]) => `${id} ${v}\n`).join('');
    fs.writeFileSync(`${this.file}.tmp`, text);
    fs.renameSync(`${this.file}.tmp`, this.file);
    this.bytes = 0;
  }
}
