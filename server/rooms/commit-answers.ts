import { fail } from '../../shared/errors.js';
import type { CommandAck } from '../../shared/protocol.js';
import { storeFailure } from '../store/faults.js';

/** Another node owns the session now: the client's socket reconnects there and retries. */
export function sessionMoved(): CommandAck {
  return fail('unavailable', 'This session moved to another server. Reconnecting…');
}

/** What a command hears when its commit failed: retryable when the store could not answer. */
export function commitFailed(err: unknown): CommandAck {
  if (storeFailure(err)) return fail('unavailable', 'The change could not be saved right now. Please try again in a moment.');
  return fail('internal', 'The change could not be saved. Please try again.');
}
