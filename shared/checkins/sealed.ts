import type { DomainEvent } from '../session/events.js';
import { own } from '../own.js';
import type { SealedRecord } from '../session/sealed.js';
import type { SessionState } from '../session/state.js';
import type { CheckinEvent } from './events.js';
import { emptyTally, parseTally } from './tally.js';

/**
 * Check-ins' part of the sealed-data hook (shared/session/sealed.ts).
 * The log learns who answered, never what; the tally (counts, canonical, no
 * ids or times) is stored as one record per check-in, rewritten whole.
 */
const KEY_PREFIX = 'checkin:';

export function redactCheckinEvent(e: CheckinEvent): CheckinEvent {
  if (e.type !== 'checkin:answered') return e;
  // Built field by field rather than deleting `value`, so a field added later is not logged by accident.
  return { type: e.type, at: e.at, checkinId: e.checkinId, participantId: e.participantId };
}

export function checkinSealedRecords(state: SessionState, events: readonly DomainEvent[]): SealedRecord[] {
  const touched = new Set<string>();
  for (const e of events) if (e.type === 'checkin:started' || e.type === 'checkin:answered') touched.add(e.checkinId);
  const records: SealedRecord[] = [];
  for (const id of touched) {
    const c = own(state.checkins.byId, id);
    if (c) records.push({ key: KEY_PREFIX + id, value: c.tally });
  }
  return records;
}

export function stripCheckins(state: SessionState): SessionState {
  const byId = { ...state.checkins.byId };
  for (const [id, c] of Object.entries(byId)) byId[id] = { ...c, tally: emptyTally(c.format) };
  return { ...state, checkins: { ...state.checkins, byId } };
}

export function hydrateCheckins(state: SessionState, records: readonly SealedRecord[]): SessionState {
  let byId = state.checkins.byId;
  for (const r of records) {
    if (!r.key.startsWith(KEY_PREFIX)) continue;
    const c = byId[r.key.slice(KEY_PREFIX.length)];
    const tally = c && parseTally(r.value, c.format);
    if (c && tally) byId = { ...byId, [c.id]: { ...c, tally } };
  }
  return byId === state.checkins.byId ? state : { ...state, checkins: { ...state.checkins, byId } };
}

