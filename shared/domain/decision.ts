import type { z } from 'zod';
import type { CommandError } from '../errors.js';
import type { Actor, DecideContext } from './actor.js';
import type { DomainEvent } from './events.js';
import type { SessionState } from './state.js';

/** A decision: the events to record, or why not. An accepted decision may record nothing. */
export type Decision = { ok: true; events: DomainEvent[] } | { ok: false; error: CommandError };

export function accept(...events: DomainEvent[]): Decision {
  return { ok: true, events };
}

/** A feature's commands: Socket.IO event name (`feature:verb`) → the zod schema its payload must match. */
export type CommandTable = Record<string, z.ZodType>;

export type Decide<P> = (state: SessionState, payload: P, actor: Actor, ctx: DecideContext) => Decision;

/** One decider per command of the table, typed by that command's parsed payload. */
export type DeciderTable<C extends CommandTable> = { [K in keyof C]: Decide<z.output<C[K]>> };
