import Database from 'better-sqlite3';
import path from 'node:path';
import type { Summary } from './stats.js';
import { round, summarize } from './stats.js';
import type { RunResult } from './wire.js';

/** What one timed run of the scripted load shows, merged over the load-client processes. */
export interface LoadFigures {
  commands: number;
  acked: number;
  /** Refused commands by error code and command (the mix is built so there are none). */
  errors: Record<string, number>;
  /** ms from a command's send to its update's arrival at the last recipient. */
  latency: Summary;
  /** ms from send to the sender's acknowledgement. */
  ack: Summary;
  /** Updates a recipient never got (expected recipients minus those that got it). */
  lost: number;
  /** Version or sequence gaps seen by recipients, and updates that came after a later one. */
  gaps: number;
  outOfOrder: number;
  /** Mean WebSocket frame bytes a recipient receives per command. */
  bytesPerRecipient: number;
  /** Update frames the load clients received per command sent (acks not counted): what the server wrote. */
  framesPerCommand: number;
  /** Latency (send → last recipient) per command name: p50 and p99, ms. */
  byCommand: Record<string, { n: number; p50: number; p99: number }>;
}

/** One accepted command (for the durability check, which counts them per room; notes updates are not among them). */
export interface Acked {
  room: number;
}

/**
 * `recipients(room, channel)`: sockets other than the sender that get the update: the
 * whole room for the relay; for Attune, the sender's channel (staff or members),
 * since versions, and so updates, are per channel.
 */
export function combine(
  results: RunResult[],
  recipients: (room: number, channel?: 'staff' | 'members') => number,
): { figures: LoadFigures; acked: Acked[] } {
  const arrivals = new Map<string, [number, number]>();
  for (const r of results) {
    for (const [key, [t, n]] of Object.entries(r.arrivals)) {
      const a = arrivals.get(key);
      if (a) {
        a[0] = Math.max(a[0], t);
        a[1] += n;
      } else arrivals.set(key, [t, n]);
    }
  }
  const latencies: number[] = [];
  const perName = new Map<string, number[]>();
  const acks: number[] = [];
  const errors: Record<string, number> = {};
  const acked: Acked[] = [];
  let commands = 0;
  let lost = 0;
  for (const r of results) {
    for (const s of r.sends) {
      commands++;
      if (s.tAck !== null) acks.push(s.tAck - s.tSend);
      if (!s.ok) {
        const code = `${s.code ?? (s.tAck === null ? 'no_ack' : 'unknown')} (${s.name})`;
        errors[code] = (errors[code] ?? 0) + 1;
        continue;
      }
      // Notes updates are not command events: the durability check counts commands only.
      if (s.via !== 'notes') acked.push({ room: s.room });
      if (s.unseen) continue;
      const expected = recipients(s.room, s.channel);
      const a = arrivals.get(s.key);
      const got = a?.[1] ?? 0;
      if (got < expected) lost += expected - got;
      else if (a) {
        latencies.push(a[0] - s.tSend);
        const list = perName.get(s.name) ?? [];
        list.push(a[0] - s.tSend);
        perName.set(s.name, list);
      }
    }
  }
  const bytes = results.reduce((x, r) => x + r.bytes, 0);
  const frames = results.reduce((x, r) => x + r.frames, 0);
  return {
    figures: {
      commands,
      acked: commands - Object.values(errors).reduce((a, b) => a + b, 0),
      errors,
      latency: rounded(summarize(latencies)),
      ack: rounded(summarize(acks)),
      lost,
      gaps: results.reduce((x, r) => x + r.gaps, 0),
      outOfOrder: results.reduce((x, r) => x + r.outOfOrder, 0),
      bytesPerRecipient: frames === 0 ? 0 : round(bytes / frames, 1),
      framesPerCommand: round(frames / Math.max(1, commands), 2),
      byCommand: Object.fromEntries(
        [...perName].map(([name, list]) => {
          const s = summarize(list);
          return [name, { n: s.n, p50: round(s.p50), p99: round(s.p99) }];
        }),
      ),
    },
    acked,
  };
}

function rounded(s: Summary): Summary {
  return { n: s.n, p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), max: round(s.max) };
}

export interface Durability {
  ackedCommands: number;
  foundInSqlite: number;
  missing: number;
  eventsInSqlite: number;
}

/** Every acknowledged command must be in the event log: look each one up in the SQLite file. */
export function checkDurability(dataDir: string, acked: Array<{ sessionId: string }>): Durability {
  const db = new Database(path.join(dataDir, 'attune.sqlite'), { readonly: true, fileMustExist: true });
  try {
    // Acks carry per-channel versions, not the log's seq (docs/protocol.md), so count instead:
    // every accepted command of the mix appends at least one event that is not a join or a presence change.
    const logged = db.prepare(
      "SELECT COUNT(*) FROM events WHERE session_id = ? AND json_extract(body, '$.type') NOT IN ('session:created', 'participant:joined', 'presence:changed')",
    ).pluck();
    const perSession = new Map<string, number>();
    for (const a of acked) perSession.set(a.sessionId, (perSession.get(a.sessionId) ?? 0) + 1);
    let found = 0;
    for (const [sessionId, n] of perSession) found += Math.min(n, logged.get(sessionId) as number);
    const events = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    return { ackedCommands: acked.length, foundInSqlite: found, missing: acked.length - found, eventsInSqlite: events };
  } finally {
    db.close();
  }
}
