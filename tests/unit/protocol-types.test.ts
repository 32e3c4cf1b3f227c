import { describe, expectTypeOf, it } from 'vitest';
import type { CommandInput, CommandName } from '../../shared/commands.js';
import type { ClientToServerEvents, CommandAck } from '../../shared/protocol.js';

/**
 * Type-level tests: `npm test` type-checks this file, so a wrong event name or
 * payload shape fails the build, not a user.
 */
describe('the typed protocol', () => {
  it('derives each command event from its schema', () => {
    expectTypeOf<CommandInput<'break:start'>>().toEqualTypeOf<{ minutes: number }>();
    expectTypeOf<Parameters<ClientToServerEvents['session:remove']>[0]>().toEqualTypeOf<{ participantId: string }>();
    expectTypeOf<Parameters<Parameters<ClientToServerEvents['session:end']>[1]>[0]>().toEqualTypeOf<CommandAck>();
  });

  it('rejects unknown events and wrong payloads at compile time', () => {
    // @ts-expect-error not a command
    const bad: CommandName = 'session:explode';
    // @ts-expect-error minutes must be a number
    const wrong: CommandInput<'break:start'> = { minutes: 'ten' };
    void bad;
    void wrong;
  });
});
