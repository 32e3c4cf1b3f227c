import type { CommandName } from '../../shared/commands.js';
import { COMMAND_NAMES, commandSchemas, isCommandName } from '../../shared/commands.js';
import { fail } from '../../shared/errors.js';
import type { Ack } from '../../shared/errors.js';
import type { Command } from '../../shared/commands.js';
import { isRequestEvent } from '../../shared/protocol.js';
import { ViewFaultSchema } from '../../shared/protocol-schemas.js';
import type { RequestEvent } from '../../shared/protocol.js';
import type { Rate } from '../auth/limits.js';
import type { Deps } from '../deps.js';
import type { Room } from '../rooms/room.js';
import { StoreUnavailable, storeFailure } from '../store/faults.js';
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

/**
 * The one wrapper every event from a client goes through: rate-limit per
 * person, run, acknowledge, turn any throw into a clear code. Requests
 * (`view:resync`, `notes:ticket`) take an optional payload and are always answered.
 */
export function onRequest(socket: AttuneSocket, deps: Deps, rate: Rate, event: RequestEvent, run: (payload: unknown) => Ack | Promise<Ack>): void {
  const key = `${socket.data.sessionId}:${socket.data.participantId}`;
  socket.on(event, (async (...args: unknown[]) => {
    const ack = ackOf(args);
    try {
      if (!(await rate.take(key))) return ack(RATE_LIMITED);
      ack(await run(args.length > 1 ? args[0] : undefined));
    } catch (err) {
      ack(failureAck(err, deps, event));
    }
  }) as never);
}

/**
 * The one place commands enter the server: for each event in the protocol,
 * rate-limit (per person, across their sockets), parse with its schema, run in
 * the room, acknowledge. Unknown events are answered with `unknown_command`.
 */
export function registerCommands(socket: AttuneSocket, room: Room, deps: Deps, limits: { commands: Rate; addressCommands: Rate; requests: Rate }, address: string): void {
  const { logger } = deps;
  const participantId = socket.data.participantId;
  const person = `${socket.data.sessionId}:${participantId}`;

  const handle = async (name: CommandName, args: unknown[]) => {
    const ack = ackOf(args);
    try {
      if (!(await limits.commands.take(person)) || !(await limits.addressCommands.take(address))) return ack(RATE_LIMITED);
      const parsed = commandSchemas[name].safeParse(args.length > 1 ? args[0] : undefined);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
        return ack(fail('invalid_payload', `${issue?.message ?? 'Invalid request'}${where}`));
      }
      const command = { type: name, payload: parsed.data } as Command;
      const result = await room.run(command, room.actorFor(participantId, socket.data.ownerKey));
      if (!result.ok) logger.debug({ command: name, code: result.error.code }, 'command refused');
      ack(result);
    } catch (err) {
      ack(failureAck(err, deps, name));
    }
  };

  for (const name of COMMAND_NAMES) {
    socket.on(name, ((...args: unknown[]) => void handle(name, args)) as never);
  }

  onRequest(socket, deps, limits.requests, 'view:resync', () => ({ ok: true, ...room.fullView(participantId) }));
  // A client's panel could not render its view. Which panel and version only: never content.
  onRequest(socket, deps, limits.requests, 'view:fault', (payload) => {
    const panel = ViewFaultSchema.safeParse(payload);
    logger.warn({ sessionId: socket.data.sessionId, panel: panel.success ? panel.data.panel : 'unknown', v: room.current.v }, 'a client could not show its view');
    return { ok: true };
  });

  socket.onAny((event: string, ...args: unknown[]) => {
    if (!isCommandName(event) && !isRequestEvent(event)) {
      ackOf(args)(fail('unknown_command', `"${String(event).slice(0, 60)}" is not a command this server knows.`));
    }
  });
}
