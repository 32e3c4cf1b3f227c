import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import { assertNever } from '../errors.js';
import { own } from '../own.js';
import { presentMembers } from '../session/state.js';
import { isMeasureEvent } from './events.js';
import { addRow, emptyHistograms, meetsMinimum } from './scoring.js';
import type { MeasureRun } from './state.js';
import { activeRun, answeredCount } from './state.js';

function update(state: SessionState, id: string, change: (r: MeasureRun) => MeasureRun): SessionState {
  const r = own(state.measures.runs, id);
  if (!r) return state;
  return { ...state, measures: { ...state.measures, runs: { ...state.measures.runs, [id]: change(r) } } };
}

function present(state: SessionState): Record<string, true> {
  return Object.fromEntries(presentMembers(state).map((p) => [p.id, true as const]));
}

function close(state: SessionState, id: string, at: number): SessionState {
  // An anonymous aggregate below the minimum is forgotten at close: it is never shown, kept or stored.
  const next = update(state, id, (r) => ({
    ...r,
    phase: 'closed',
    closedAt: at,
    histograms: r.mode === 'anonymous' && !meetsMinimum(answeredCount(r), r.minimum) ? emptyHistograms(r.items.length, r.max) : r.histograms,
  }));
  return state.measures.activeId === id ? { ...next, measures: { ...next.measures, activeId: null } } : next;
}

/** A member who arrives while a run is open may answer it; nobody ever leaves its "of M". */
function widenEligible(state: SessionState): SessionState {
  const r = activeRun(state);
  if (!r || r.phase !== 'open') return state;
  const now = present(state);
  if (Object.keys(now).every((id) => r.eligible[id])) return state;
  return update(state, r.id, (x) => ({ ...x, eligible: { ...x.eligible, ...now } }));
}

function answeredBy(r: MeasureRun, id: string): MeasureRun {
  return { ...r, answered: { ...r.answered, [id]: true }, eligible: r.eligible[id] ? r.eligible : { ...r.eligible, [id]: true } };
}

/** Applies measure events (and closes an open run when the session ends). Pure. */
export function evolveMeasures(state: SessionState, e: DomainEvent): SessionState {
  if (e.type === 'session:ended') return state.measures.activeId ? close(state, state.measures.activeId, e.at) : state;
  if (e.type.startsWith('participant:') || e.type === 'presence:changed') return widenEligible(state);
  if (!isMeasureEvent(e)) return state;
  switch (e.type) {
    case 'measure:opened': {
      const r: MeasureRun = {
        id: e.runId,
        kind: e.kind,
        mode: e.mode,
        items: e.items,
        low: e.low,
        high: e.high,
        max: e.max,
        minimum: e.minimum,
        cutoff: e.cutoff,
        phase: 'open',
        openedAt: e.at,
        closedAt: null,
        answered: {},
        eligible: present(state),
        rows: {},
        goals: {},
        histograms: emptyHistograms(e.items.length, e.max),
        reopenedAt: null,
      };
      const m = state.measures;
      return { ...state, measures: { ...m, runs: { ...m.runs, [r.id]: r }, order: [...m.order, r.id], activeId: r.id } };
    }
    case 'measure:answered':
      return update(state, e.runId, (r) => ({
        ...answeredBy(r, e.participantId),
        rows: { ...r.rows, [e.participantId]: e.values },
        goals: e.goals ? { ...r.goals, [e.participantId]: e.goals } : r.goals,
      }));
    case 'measure:answeredAnonymously':
      // Replayed from the log the values are absent: a kept aggregate comes back from its sealed record.
      return update(state, e.runId, (r) => ({ ...answeredBy(r, e.participantId), histograms: e.values ? addRow(r.histograms, e.values) : r.histograms }));
    case 'measure:closed':
      return close(state, e.runId, e.at);
    case 'measure:reopened':
      return update(state, e.runId, (r) => ({
        ...r,
        answered: {},
        eligible: present(state),
        histograms: emptyHistograms(r.items.length, r.max),
        reopenedAt: e.at,
      }));
    case 'measure:goalsSet':
      return { ...state, measures: { ...state.measures, goals: { ...state.measures.goals, [e.participantId]: e.goals } } };
    default:
      return assertNever(e, 'measure event');
  }
}
