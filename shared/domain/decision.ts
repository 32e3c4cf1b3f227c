import type { CommandName, CommandPayload } from '../commands.js';
import type { CommandError } from '../errors.js';
import type { Actor, DecideContext } from './actor.js';
import type { DomainEvent } from '../session/events.js';
import type { SessionState } from '../session/state.js';

/** A decision: the events to record, or why not. An accepted decision may record nothing. */
export type Decision = { ok: true; events: DomainEvent[] } | { ok: false; error: CommandError };

export function accept(...events: DomainEvent[]): Decision {
  return { ok: true, events };
}

export type Decide<K extends CommandName> = (
  state: SessionState,
  payload: CommandPayload<K>,
  actor: Actor,
  ctx: DecideContext,
) => Decision;

export type DeciderTable<K extends CommandName> = { [P in K]: Decide<P> };
