import type { DomainEvent } from '../domain/events.js';
import type { SealedRecord } from '../domain/feature.js';
import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { MeasureEvent } from './events.js';
import type { Histogram } from './scoring.js';
import { emptyHistograms, meetsMinimum } from './scoring.js';
import { answeredCount } from './state.js';

/**
 * Measures' part of the sealed-data hook (shared/domain/sealed.ts), by the
 * check-ins' rules: the log learns who answered an anonymous measure, never
 * what. Its counts live in memory while it is open and reach the disk once, at
 * close, as one record in the same commit, and only with at least its minimum
 * of answers. Named answers are not sealed: they are the member's record.
 */
const KEY_PREFIX = 'measure:';

export function redactMeasureEvent(e: MeasureEvent): MeasureEvent {
  if (e.type !== 'measure:answeredAnonymously') return e;
  // Built field by field, so a field added later is not logged by accident.
  return { type: e.type, at: e.at, runId: e.runId, participantId: e.participantId };
}

export function measureSealedRecords(state: SessionState, events: readonly DomainEvent[]): SealedRecord[] {
  const records: SealedRecord[] = [];
  for (const e of events) {
    if (e.type !== 'measure:closed') continue;
    const r = own(state.measures.runs, e.runId);
    if (r && r.mode === 'anonymous' && meetsMinimum(answeredCount(r), r.minimum)) records.push({ key: KEY_PREFIX + r.id, value: r.histograms });
  }
  return records;
}

export function stripMeasures(state: SessionState): SessionState {
  const runs = { ...state.measures.runs };
  for (const [id, r] of Object.entries(runs)) if (r.mode === 'anonymous') runs[id] = { ...r, histograms: emptyHistograms(r.items.length, r.max) };
  return { ...state, measures: { ...state.measures, runs } };
}

/** Counts read back from storage, checked against the run's shape so a damaged record cannot put nonsense on screens. */
function parseHistograms(raw: unknown, items: number, max: number): Histogram[] | null {
  if (!Array.isArray(raw) || raw.length !== items) return null;
  const ok = raw.every((h) => Array.isArray(h) && h.length === max + 1 && h.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0));
  return ok ? (raw as number[][]).map((h) => h.slice()) : null;
}

/** Puts kept aggregates back; only for closed anonymous runs that met their minimum. */
export function hydrateMeasures(state: SessionState, records: readonly SealedRecord[]): SessionState {
  let runs = state.measures.runs;
  for (const rec of records) {
    if (!rec.key.startsWith(KEY_PREFIX)) continue;
    const r = own(runs, rec.key.slice(KEY_PREFIX.length));
    if (!r || r.mode !== 'anonymous' || r.phase !== 'closed' || !meetsMinimum(answeredCount(r), r.minimum)) continue;
    const histograms = parseHistograms(rec.value, r.items.length, r.max);
    if (histograms) runs = { ...runs, [r.id]: { ...r, histograms } };
  }
  return runs === state.measures.runs ? state : { ...state, measures: { ...state.measures, runs } };
}
