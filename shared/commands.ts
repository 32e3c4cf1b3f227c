import type { z } from 'zod';
import { FEATURES } from './domain/features.js';

/**
 * Every command a client may send, by Socket.IO event name (`feature:verb`),
 * with the zod schema its payload must match: each feature's `commands`,
 * merged in the order of the feature list. Names and payload types are derived
 * from those tables. The client imports only the types below, so zod stays off members' phones.
 */
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type CommandSchemas = UnionToIntersection<(typeof FEATURES)[number]['commands']>;

export const commandSchemas: CommandSchemas = Object.assign({}, ...FEATURES.map((f) => f.commands));

export type CommandName = keyof CommandSchemas & string;
export type CommandPayload<K extends CommandName> = z.output<CommandSchemas[K]>;
/** What the client sends: the schema's input (before transforms such as trimming). */
export type CommandInput<K extends CommandName> = z.input<CommandSchemas[K]>;

export type Command = { [K in CommandName]: { type: K; payload: CommandPayload<K> } }[CommandName];

export const COMMAND_NAMES = Object.keys(commandSchemas) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commandSchemas, name);
}
