import type { DomainEvent } from '../domain/events.js';
import { own } from '../own.js';
import type { SealedRecord } from '../domain/feature.js';
import type { SessionState } from '../domain/state.js';
import type { CheckinEvent } from './events.js';
import { emptyTally, parseTally } from './tally.js';

/**
 * Check-ins' part of the sealed-data hook (shared/domain/sealed.ts).
 * The log learns who answered, never what. While a check-in takes answers its
 * tally exists only in the server's memory; the disk gets it once, when it is
 * revealed (always at least the minimum of answers), as one record written in
 * the same commit as the reveal. A check-in closed without reveal leaves its
 * prompt and who answered, nothing of the answers.
 */
const KEY_PREFIX = 'checkin:';

export function redactCheckinEvent(e: CheckinEvent): CheckinEvent {
  if (e.type !== 'checkin:answered') return e;
  // Built field by field rather than deleting `value`, so a field added later is not logged by accident.
  return { type: e.type, at: e.at, checkinId: e.checkinId, participantId: e.participantId };
}

export function checkinSealedRecords(state: SessionState, events: readonly DomainEvent[]): SealedRecord[] {
  const records: SealedRecord[] = [];
  for (const e of events) {
    if (e.type !== 'checkin:revealed') continue;
    const c = own(state.checkins.byId, e.checkinId);
    if (c && c.revealedAt !== null) records.push({ key: KEY_PREFIX + c.id, value: c.tally });
  }
  return records;
}

export function stripCheckins(state: SessionState): SessionState {
  const byId = { ...state.checkins.byId };
  for (const [id, c] of Object.entries(byId)) byId[id] = { ...c, tally: emptyTally(c.format) };
  return { ...state, checkins: { ...state.checkins, byId } };
}

/**
 * Puts revealed tallies back. A record for a check-in that was never revealed
 * (written by versions before answers stayed in memory) is ignored: such an
 * answer must not come back. Check-ins from snapshots of those versions also
 * get the fields they lacked.
 */
export function hydrateCheckins(state: SessionState, records: readonly SealedRecord[]): SessionState {
  let byId = state.checkins.byId;
  for (const c of Object.values(byId)) {
    if (c.eligible === undefined || c.reopenedAt === undefined) {
      byId = { ...byId, [c.id]: { ...c, eligible: c.eligible ?? { ...c.answered }, reopenedAt: c.reopenedAt ?? null } };
    }
  }
  for (const r of records) {
    if (!r.key.startsWith(KEY_PREFIX)) continue;
    const c = byId[r.key.slice(KEY_PREFIX.length)];
    const tally = c && c.revealedAt !== null ? parseTally(r.value, c.format) : null;
    if (c && tally) byId = { ...byId, [c.id]: { ...c, tally } };
  }
  return byId === state.checkins.byId ? state : { ...state, checkins: { ...state.checkins, byId } };
}

