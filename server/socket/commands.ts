import type { CommandName } from '../../shared/commands.js';
import { COMMAND_NAMES, commandSchemas, isCommandName } from '../../shared/commands.js';
import { fail } from '../../shared/errors.js';
import type { Ack } from '../../shared/errors.js';
import type { Command } from '../../shared/commands.js';
import { isRequestEvent } from '../../shared/protocol.js';
import { TokenBucket } from '../auth/rate-limit.js';
import type { Deps } from '../deps.js';
import type { Room } from '../rooms/room.js';
import type { AttuneSocket } from './types.js';

type AckFn = (result: Ack) => void;

function ackOf(args: unknown[]): AckFn {
  const last = args[args.length - 1];
  // A client that sends no callback cannot be answered; we still run nothing unvalidated.
  return typeof last === 'function' ? (last as AckFn) : () => {};
}

/**
 * The one place commands enter the server: for each event in the protocol,
 * rate-limit, parse with its schema, run in the room, acknowledge. Unknown
 * events are answered with `unknown_command` rather than ignored.
 */
export function registerCommands(socket: AttuneSocket, room: Room, deps: Deps): void {
  const { clock, config, logger } = deps;
  const bucket = new TokenBucket(config.commandBurst, config.commandRate, clock.now());
  const participantId = socket.data.participantId;

  const handle = (name: CommandName, args: unknown[]) => {
    const ack = ackOf(args);
    if (!bucket.take(clock.now())) return ack(fail('rate_limited', 'That was a lot at once. Please wait a moment and try again.'));
    const parsed = commandSchemas[name].safeParse(args.length > 1 ? args[0] : undefined);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return ack(fail('invalid_payload', `${issue?.message ?? 'Invalid request'}${where}`));
    }
    try {
      const command = { type: name, payload: parsed.data } as Command;
      const result = room.run(command, room.actorFor(participantId, socket.data.ownerKey));
      if (!result.ok) logger.debug({ command: name, code: result.error.code }, 'command refused');
      ack(result);
    } catch (err) {
      logger.error({ err, command: name }, 'command failed');
      ack(fail('internal', 'Something went wrong on our side; nothing was changed.'));
    }
  };

  for (const name of COMMAND_NAMES) {
    socket.on(name, ((...args: unknown[]) => handle(name, args)) as never);
  }

  socket.on('view:resync', (ack) => {
    if (typeof ack === 'function') ack({ ok: true, ...room.fullView(participantId) });
  });

  socket.onAny((event: string, ...args: unknown[]) => {
    if (!isCommandName(event) && !isRequestEvent(event)) {
      ackOf(args)(fail('unknown_command', `"${String(event).slice(0, 60)}" is not a command this server knows.`));
    }
  });
}
