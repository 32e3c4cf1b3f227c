import type { Command } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import { reduce } from '../../shared/domain/reducer.js';
import { redactForLog, sealedRecords } from '../../shared/domain/sealed.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { MeasureKind, MeasureMode } from '../../shared/measure/definitions.js';
import { MEASURES } from '../../shared/measure/definitions.js';
import { ctx } from '../support/domain.js';

export { room } from './checkins-fixture.js';

/** The open command for a measure with placeholder wording ("q1", "q2", …). */
export function openCommand(kind: MeasureKind, mode: MeasureMode, extra: { minimum?: number; cutoff?: number } = {}): Command {
  const items = MEASURES[kind].items.map((_, i) => `q${i + 1}`);
  return { type: 'measure:open', payload: { kind, mode, items, low: 'low end', high: 'high end', ...extra } };
}

/** Runs commands as the room does, keeping what it would write: the redacted log and the sealed records. */
export function recorder(start: SessionState) {
  let state = start;
  const logged: DomainEvent[] = [];
  const sealed = new Map<string, unknown>();
  return {
    get state() {
      return state;
    },
    /** The state before the first command: what the log is replayed onto. */
    start,
    logged,
    sealed,
    send(command: Command, actor: Actor): void {
      const r = reduce(state, command, actor, ctx());
      if (!r.ok) throw new Error(`${command.type}: ${r.error.code}: ${r.error.message}`);
      logged.push(...r.events.map(redactForLog));
      for (const rec of sealedRecords(r.state, r.events)) sealed.set(rec.key, rec.value);
      state = r.state;
    },
  };
}
