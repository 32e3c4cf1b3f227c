/**
 * Stable error codes carried by every failed acknowledgement.
 * Clients switch on the code; the message is for people.
 */
export const ErrorCode = {
  /** The payload did not match the command's schema; nothing changed. */
  invalid_payload: 'invalid_payload',
  /** The sender's role or identity may not do this. */
  forbidden: 'forbidden',
  /** The session, participant or item named does not exist. */
  not_found: 'not_found',
  /** The state moved on since the sender looked (e.g. someone else already pressed "next"). */
  conflict: 'conflict',
  /** Too many commands or join attempts in a short time; try again shortly. */
  rate_limited: 'rate_limited',
  /** The credential is missing, unknown or revoked. */
  unauthorized: 'unauthorized',
  /** The session has ended; it takes no more commands. */
  session_ended: 'session_ended',
  /** The command is valid but not now (e.g. ending a break when none is running). */
  invalid_state: 'invalid_state',
  /** A check-in's results cannot be shown yet: fewer than its minimum have answered (never below 2). */
  too_few_answers: 'too_few_answers',
  /** This person has already answered this check-in; each person answers once. */
  already_answered: 'already_answered',
  /** The event name is not part of the protocol. */
  unknown_command: 'unknown_command',
  /** The request body or message is larger than the server accepts. */
  payload_too_large: 'payload_too_large',
  /** The server cannot read or write its data right now; nothing changed. Try again shortly. */
  unavailable: 'unavailable',
  /** Something broke on the server; the command was not applied. */
  internal: 'internal',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface CommandError {
  code: ErrorCode;
  message: string;
}

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: CommandError };

/** Domain failures travel as values, never as exceptions. */
export function fail(code: ErrorCode, message: string): { ok: false; error: CommandError } {
  return { ok: false, error: { code, message } };
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
