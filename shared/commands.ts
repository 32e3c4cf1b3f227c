import type { z } from 'zod';
import { checkinCommandSchemas } from './checkins/schemas.js';
import { feedbackCommandSchemas } from './feedback/feedback-schemas.js';
import { sharedMarksCommandSchemas } from './feedback/shared-marks.js';
import { sessionCommandSchemas } from './session/session-schemas.js';
import { plannedEndCommandSchemas } from './session/planned-end.js';
import { closingCommandSchemas } from './session/closing-info.js';
import { signalCommandSchemas } from './signals/signal-schemas.js';
import { turnsCommandSchemas } from './turns/schemas.js';
import { talkCommandSchemas } from './talktime/talk-schemas.js';

/**
 * Every command a client may send, by Socket.IO event name (`feature:verb`),
 * with the zod schema its payload must match. Features add their tables here.
 * The client imports only the types below, so zod stays off members' phones.
 */
export const commandSchemas = {
  ...sessionCommandSchemas,
  ...plannedEndCommandSchemas,
  ...closingCommandSchemas,
  ...turnsCommandSchemas,
  ...checkinCommandSchemas,
  ...signalCommandSchemas,
  ...feedbackCommandSchemas,
  ...sharedMarksCommandSchemas,
  ...talkCommandSchemas,
} as const;

export type CommandSchemas = typeof commandSchemas;
export type CommandName = keyof CommandSchemas;
export type CommandPayload<K extends CommandName> = z.output<CommandSchemas[K]>;
/** What the client sends: the schema's input (before transforms such as trimming). */
export type CommandInput<K extends CommandName> = z.input<CommandSchemas[K]>;

export type Command = { [K in CommandName]: { type: K; payload: CommandPayload<K> } }[CommandName];

export const COMMAND_NAMES = Object.keys(commandSchemas) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commandSchemas, name);
}
