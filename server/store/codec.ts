import { z } from 'zod';
import { EVENT_TYPES } from '../../shared/domain/event-types.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import type { SealedRecord } from '../../shared/domain/sealed.js';
import type { SessionState } from '../../shared/domain/state.js';
import { UPCASTERS, upcast } from './upcasters.js';
import type { StoredEventBody, UpcasterRegistry } from './upcasters.js';

/**
 * How events and snapshots are written to and read from storage, apart from any
 * database, so every store (SQLite here, a worker or another database later) reads
 * the same way. Rows are parsed, never cast. Every row carries the format it was
 * written in: older events are upcast (upcasters.ts), older snapshots are dropped
 * and the log replayed (the log is the truth; a snapshot only saves time).
 */

/** Format of events written now. Raise it with an upcaster when an event's shape changes. */
export const EVENT_FORMAT = 1;
/**
 * Format of snapshots written now. Raise it whenever SessionState changes shape.
 * 2: check-ins gained `eligible` and `reopenedAt`.
 * 3: the session gained `language`.
 * 4: the session gained `plannedEndAt` and `closingInfo`.
 * 5: the slices `moment`, `map`, `measures` and `programme`; participants may be `carried`.
 * 6: `lastEventAt` beside `v` (it was `talk.asOf`).
 */
export const SNAPSHOT_FORMAT = 6;

/** A stored row this code cannot read. Reported with its session, position and format; other sessions are unaffected. */
export class StoredDataError extends Error {
  constructor(
    readonly sessionId: string,
    readonly seq: number | null,
    readonly format: number | null,
    reason: string,
  ) {
    super(`unreadable stored event (session ${sessionId}, seq ${seq ?? '?'}, format ${format ?? '?'}): ${reason}`);
    this.name = 'StoredDataError';
  }
}

const Format = z.number().int().min(1);
const EventRow = z.object({ seq: z.number().int().min(1), version: Format, body: z.string() });
const SnapshotRow = z.object({ seq: z.number().int().min(0), version: Format, state: z.string() });
const SealedRow = z.object({ key: z.string(), value: z.string() });

/** What every event has; the evolvers read the rest. */
const EventEnvelope = z.looseObject({ type: z.enum(EVENT_TYPES), at: z.number() });

/** The slices every state has; a snapshot missing one was written by older code and is replayed instead. */
const SnapshotShape = z.looseObject({
  v: z.number().int().min(0),
  lastEventAt: z.number(),
  sessionId: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  joinCode: z.string(),
  agreement: z.string(),
  waitingRoom: z.boolean(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  break: z.looseObject({ startedAt: z.number(), endsAt: z.number() }).nullable(),
  participants: z.record(z.string(), z.looseObject({ id: z.string(), name: z.string(), role: z.string(), admission: z.string() })),
  order: z.array(z.string()),
  turns: z.looseObject({ queue: z.array(z.unknown()), turn: z.number() }),
  checkins: z.looseObject({}),
  signals: z.record(z.string(), z.unknown()),
  feedback: z.looseObject({ round: z.unknown(), grid: z.looseObject({}), history: z.array(z.unknown()) }),
  moment: z.looseObject({ rounds: z.array(z.unknown()) }),
  talk: z.looseObject({}),
  programme: z.looseObject({ number: z.number(), total: z.number() }).nullable(),
  // The interaction map's slice: a snapshot from before it is dropped, and the session is rebuilt from its log.
  map: z.looseObject({ addressed: z.array(z.unknown()) }),
  measures: z.looseObject({}),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : 'invalid';
}

export function encodeEvent(event: DomainEvent): { version: number; body: string } {
  return { version: EVENT_FORMAT, body: JSON.stringify(event) };
}

export interface DecodeOptions {
  /** The format this code reads (tests pass a later one with their own upcasters). */
  current?: number;
  upcasters?: UpcasterRegistry;
}

/** One stored event row → the event in today's format, or StoredDataError. */
export function decodeEvent(sessionId: string, row: unknown, options: DecodeOptions = {}): DomainEvent {
  const { current = EVENT_FORMAT, upcasters = UPCASTERS } = options;
  const r = EventRow.safeParse(row);
  if (!r.success) throw new StoredDataError(sessionId, null, null, firstIssue(r.error));
  const { seq, version, body } = r.data;
  if (version > current) throw new StoredDataError(sessionId, seq, version, `written by a newer Attune (this one reads up to format ${current})`);
  const json = parseJson(body);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new StoredDataError(sessionId, seq, version, 'body is not a JSON object');
  const event = EventEnvelope.safeParse(upcast(json as StoredEventBody, version, current, upcasters));
  if (!event.success) throw new StoredDataError(sessionId, seq, version, firstIssue(event.error));
  return event.data as unknown as DomainEvent;
}

export function encodeSnapshot(state: SessionState): { version: number; state: string } {
  return { version: SNAPSHOT_FORMAT, state: JSON.stringify(state) };
}

export type DecodedSnapshot = { ok: true; seq: number; state: SessionState } | { ok: false; reason: string };

/** A snapshot row → the state, or why it is dropped (older or unreadable: the caller replays the whole log). */
export function decodeSnapshot(row: unknown, current = SNAPSHOT_FORMAT): DecodedSnapshot {
  const r = SnapshotRow.safeParse(row);
  if (!r.success) return { ok: false, reason: `snapshot row ${firstIssue(r.error)}` };
  const { seq, version, state } = r.data;
  if (version !== current) return { ok: false, reason: `snapshot format ${version}, this code writes ${current}` };
  const parsed = SnapshotShape.safeParse(parseJson(state));
  if (!parsed.success) return { ok: false, reason: `snapshot ${firstIssue(parsed.error)}` };
  if (parsed.data.v !== seq) return { ok: false, reason: `snapshot is at v${parsed.data.v} but stored at seq ${seq}` };
  return { ok: true, seq, state: parsed.data as unknown as SessionState };
}

export function decodeSealed(sessionId: string, row: unknown): SealedRecord {
  const r = SealedRow.safeParse(row);
  const value = r.success ? parseJson(r.data.value) : undefined;
  if (!r.success || value === undefined) throw new StoredDataError(sessionId, null, null, 'unreadable sealed record');
  return { key: r.data.key, value };
}
