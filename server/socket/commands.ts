import type { CommandName } from '../../shared/commands.js';
import { commandSchemas, isCommandName } from '../../shared/commands.js';
import { fail } from '../../shared/errors.js';
import type { Ack } from '../../shared/errors.js';
import type { Command } from '../../shared/commands.js';
import { isRequestEvent } from '../../shared/protocol.js';
import type { RequestEvent } from '../../shared/protocol.js';
import { ViewFaultSchema } from '../../shared/protocol-schemas.js';
import type { Rate } from '../auth/limits.js';
import type { Deps } from '../deps.js';
import type { Room } from '../rooms/room.js';
import { StoreUnavailable, storeFailure } from '../store/faults.js';
import { ownerTagger } from '../auth/tokens.js';
import type { AttuneSocket } from './types.js';

type AckFn = (result: Ack) => void;

function ackOf(args: unknown[]): AckFn {
  const last = args[args.length - 1];
  // A client that sends no callback cannot be answered; we still run nothing unvalidated.
  return typeof last === 'function' ? (last as AckFn) : () => {};
}

const RATE_LIMITED = fail('rate_limited', 'That was a lot at once. Please wait a moment and try again.');

/** A failure inside a handler: storage trouble says so; anything else is ours. Nothing was changed either way. */
function failureAck(err: unknown, deps: Deps, event: string): Ack {
  if (err instanceof StoreUnavailable || storeFailure(err)) {
    deps.logger.error({ err, event }, 'storage failed; request refused');
    return fail('unavailable', 'We cannot save anything right now. Please try again in a moment.');
  }
  deps.logger.error({ err, event }, 'request failed');
  return fail('internal', 'Something went wrong on our side; nothing was changed.');
}

/** A limit to pass before an event runs, and whose count it uses (a person, an address). */
export type Gate = readonly [Rate, string];

/** A socket's person: their commands and requests count together across all their sockets. */
export function personOf(socket: AttuneSocket): string {
  return `${socket.data.sessionId}:${socket.data.participantId}`;
}

/**
 * The one wrapper every event from a client goes through, commands and
 * requests alike: pass every gate (rate limits built from Config in
 * server/auth/limits.ts), run with the payload, acknowledge, turn any throw
 * into a clear code. Every event is answered, whatever the client sent.
 */
export function onEvent(socket: AttuneSocket, deps: Deps, event: RequestEvent, gates: readonly Gate[], run: (payload: unknown) => Ack | Promise<Ack>): void {
  socket.on(event, ((...args: unknown[]) => void answer(deps, event, gates, args, run)) as never);
}

/** Passes the gates, runs, acknowledges: one event from a client, with its arguments as they came. */
async function answer(deps: Deps, event: string, gates: readonly Gate[], args: unknown[], run: (payload: unknown) => Ack | Promise<Ack>): Promise<void> {
  const ack = ackOf(args);
  try {
    for (const [rate, key] of gates) if (!(await rate.take(key))) return ack(RATE_LIMITED);
    ack(await run(args.length > 1 ? args[0] : undefined));
  } catch (err) {
    ack(failureAck(err, deps, event));
  }
}

/**
 * The one place commands enter the server: for each event in the protocol,
 * rate-limit (per person, across their sockets), parse with its schema, run in
 * the room, acknowledge. Unknown events are answered with `unknown_command`.
 */
export function registerCommands(socket: AttuneSocket, room: Room, deps: Deps, limits: { commands: Rate; addressCommands: Rate; requests: Rate }, address: string): void {
  const { logger } = deps;
  const participantId = socket.data.participantId;
  const person = personOf(socket);
  // Once per connection: its memo of tags then lasts as long as the socket, not one command.
  const ownerTag = socket.data.ownerKey ? ownerTagger(socket.data.ownerKey) : undefined;
  const commandGates = [[limits.commands, person], [limits.addressCommands, address]] as const;
  const requestGates = [[limits.requests, person]] as const;

  const handle = async (name: CommandName, payload: unknown): Promise<Ack> => {
    const parsed = commandSchemas[name].safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return fail('invalid_payload', `${issue?.message ?? 'Invalid request'}${where}`);
    }
    const command = { type: name, payload: parsed.data } as Command;
    const result = await room.run(command, room.actorFor(participantId, ownerTag));
    if (!result.ok) logger.debug({ command: name, code: result.error.code }, 'command refused');
    return result;
  };

  onEvent(socket, deps, 'view:resync', requestGates, () => ({ ok: true, ...room.fullView(participantId) }));
  // A client's panel could not render its view. Which panel and version only: never content.
  onEvent(socket, deps, 'view:fault', requestGates, (payload) => {
    const panel = ViewFaultSchema.safeParse(payload);
    logger.warn({ sessionId: socket.data.sessionId, panel: panel.success ? panel.data.panel : 'unknown', v: room.current.v }, 'a client could not show its view');
    return { ok: true };
  });

  // Commands go through one listener, not one per command: a socket costs the same memory however many commands the features add.
  socket.onAny((event: string, ...args: unknown[]) => {
    if (isCommandName(event)) {
      const { stages } = deps;
      const since = stages ? performance.now() : 0;
      const answered = answer(deps, event, commandGates, args, (payload) => handle(event, payload));
      if (stages) void answered.then(() => stages.record('total', since));
    } else if (!isRequestEvent(event)) ackOf(args)(fail('unknown_command', `"${String(event).slice(0, 60)}" is not a command this server knows.`));
  });
}
