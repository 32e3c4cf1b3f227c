/**
 * Stable error codes carried by every failed acknowledgement.
 * Clients switch on the code and show their own text for it in the reader's
 * language; the English message is for logs and third-party clients.
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
  /** Starting a break while one is already running. */
  break_running: 'break_running',
  /** Ending a break when none is running. */
  break_not_running: 'break_not_running',
  /** The group is on a break: the floor and talk-time tracking wait until it ends. */
  on_break: 'on_break',
  /** The sender is not in the room right now (reconnecting or left). */
  not_present: 'not_present',
  /** The member named is not in the room right now (left, or reconnecting). */
  member_not_present: 'member_not_present',
  /** Raising a hand while already holding the floor. */
  has_floor: 'has_floor',
  /** Giving the floor to the next hand when no hands are raised. */
  no_hands_raised: 'no_hands_raised',
  /** Ending or passing a turn when nobody has the floor. */
  floor_empty: 'floor_empty',
  /** Passing is only for the person whose go-around turn it is. */
  not_goaround_turn: 'not_goaround_turn',
  /** A go-around is running: end it first (to start another, or to give the floor freely). */
  goaround_running: 'goaround_running',
  /** Ending or advancing a go-around when none is running. */
  goaround_not_running: 'goaround_not_running',
  /** Starting a go-around with no members in the room. */
  no_members_present: 'no_members_present',
  /** Recording whom someone responds to while the tracker shows nobody (or cross-talk) speaking. */
  nobody_tracked: 'nobody_tracked',
  /** Starting a check-in while another is still on screen. */
  checkin_already_open: 'checkin_already_open',
  /** The check-in no longer takes answers (or has already stopped them). */
  checkin_closed: 'checkin_closed',
  /** Revealing a check-in's results that are already showing. */
  results_already_shown: 'results_already_shown',
  /** A feedback command when no round is open. */
  no_round_open: 'no_round_open',
  /** Starting a feedback round while one is open. */
  round_already_open: 'round_already_open',
  /** Writing before the focus member has said they are open to feedback. */
  round_awaiting_consent: 'round_awaiting_consent',
  /** Consent or a focus change after feedback writing has begun. */
  round_past_consent: 'round_past_consent',
  /** The round's feedback was already shared: no more items or screening. */
  round_revealed: 'round_revealed',
  /** Choosing a focus member in a round that is not a hot seat. */
  not_hot_seat: 'not_hot_seat',
  /** Revealing a round in which nothing has been written yet. */
  nothing_written: 'nothing_written',
  /** Revealing a round while items still wait for screening. */
  screening_pending: 'screening_pending',
  /** Opening a measure while another is on screen. */
  measure_already_open: 'measure_already_open',
  /** Answering a measure that is no longer taking answers. */
  measure_closed: 'measure_closed',
  /** Rating goals before having written any. */
  no_goals: 'no_goals',
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
