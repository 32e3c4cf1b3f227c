import { MINIMUM_DEFAULT } from '../checkin/limits.js';
import { accept } from '../domain/decision.js';
import type { DeciderTable } from '../domain/decision.js';
import type { SessionState } from '../domain/state.js';
import { fail } from '../errors.js';
import { own } from '../own.js';
import { isStaffRole } from '../session/state.js';
import { MEASURES } from './definitions.js';
import type { measureCommandSchemas } from './schemas.js';
import type { MeasureRun } from './state.js';
import { activeRun, answeredCount } from './state.js';

/** The run a command names, if it is the one on screen now. */
function onScreen(state: SessionState, runId: string): MeasureRun | null {
  const r = activeRun(state);
  return r && r.id === runId ? r : null;
}

const gone = () => fail('not_found', 'That questionnaire is no longer on screen.');

export const measureDeciders: DeciderTable<typeof measureCommandSchemas> = {
  'measure:open': (state, { kind, mode, items, low, high, minimum, cutoff }, _actor, { now, newId }) => {
    if (activeRun(state)) return fail('measure_already_open', 'A questionnaire is already on screen. Close it before opening another.');
    const def = MEASURES[kind];
    if (def.mode !== 'group' && def.mode !== mode) return fail('invalid_payload', `This questionnaire is always ${def.mode}.`);
    if (items.length !== def.items.length) {
      return fail('invalid_payload', kind === 'goals' ? 'Goals have no questions of their own: each member rates their goals.' : `This questionnaire has ${def.items.length} questions.`);
    }
    if (cutoff !== undefined && kind !== 'wellbeing') return fail('invalid_payload', 'Only "How I have been" has a cut-off.');
    return accept({
      type: 'measure:opened',
      at: now,
      runId: newId(),
      kind,
      mode,
      items: def.items.map((item, i) => ({ ...item, text: items[i]! })),
      low,
      high,
      max: def.max,
      minimum: minimum ?? MINIMUM_DEFAULT,
      cutoff: cutoff ?? null,
    });
  },

  'measure:answer': (state, { runId, values }, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only members answer questionnaires.');
    const r = onScreen(state, runId);
    if (!r) return gone();
    if (r.phase !== 'open') return fail('measure_closed', 'This questionnaire is no longer taking answers.');
    if (own(r.answered, actor.id)) return fail('already_answered', 'Your answers were already received. Each person answers once.');
    const goals = r.kind === 'goals' ? (own(state.measures.goals, actor.id) ?? []) : null;
    if (goals && goals.length === 0) return fail('no_goals', 'Please write a goal before rating it.');
    const expected = goals ? goals.length : r.items.length;
    if (values.length !== expected) return fail('invalid_payload', `Please send ${expected} answers, one for each question (null to skip).`);
    if (values.some((v) => v !== null && v > r.max)) return fail('invalid_payload', `Please choose numbers from 0 to ${r.max}.`);
    if (r.mode === 'anonymous') return accept({ type: 'measure:answeredAnonymously', at: now, runId, participantId: actor.id, values });
    return accept({ type: 'measure:answered', at: now, runId, participantId: actor.id, values, ...(goals ? { goals: goals.slice() } : {}) });
  },

  'measure:close': (state, { runId }, _actor, { now }) => {
    if (!onScreen(state, runId)) return gone();
    return accept({ type: 'measure:closed', at: now, runId });
  },

  'measure:setGoals': (state, { memberId, goals }, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only people in the room write goals.');
    const staff = isStaffRole(actor.role);
    if (!staff && memberId !== undefined && memberId !== actor.id) return fail('forbidden', 'You can write only your own goals.');
    if (staff && memberId === undefined) return fail('invalid_payload', 'Please say whose goals these are.');
    const id = memberId ?? actor.id;
    const p = own(state.participants, id);
    if (!p || p.role !== 'member' || p.admission !== 'admitted') return fail('not_found', 'That member is not in this session.');
    return accept({ type: 'measure:goalsSet', at: now, participantId: id, goals, by: actor.id });
  },
};

/**
 * After a restart, an anonymous run that was taking answers has lost them (they
 * lived only in the old process's memory): it starts over, and says so.
 */
export function decideMeasureAnswersLost(state: SessionState, now: number) {
  const r = activeRun(state);
  if (!r || r.mode !== 'anonymous' || r.phase !== 'open' || answeredCount(r) === 0) return [];
  return [{ type: 'measure:reopened' as const, at: now, runId: r.id }];
}
