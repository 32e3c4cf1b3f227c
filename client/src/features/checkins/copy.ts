/** Words shown to people, kept together so the promise is stated the same way everywhere. */
export const ANONYMOUS_SENTENCE =
  'Anonymous means nobody, not even the facilitators, can see who gave which answer. Everyone sees only how many have answered, and, once the facilitator shows them, the group’s combined results.';

export const RECEIVED_SENTENCE = 'Your answer was received. It is counted without your name, and it is not shown back to you here.';

export function answeredLine(answered: number, expected: number): string {
  return `${answered} of ${expected} answered`;
}

/** Shown to everyone while a check-in that a restart emptied is on screen: its answers were only in the server's memory. */
export const LOST_IN_RESTART_SENTENCE = 'The answers to this check-in were lost in a restart. Please answer again.';
