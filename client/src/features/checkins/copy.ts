/** Words shown to people, kept together so the promise is stated the same way everywhere. */
export const ANONYMOUS_SENTENCE =
  'Anonymous means nobody, not even the facilitators, can see who gave which answer. Everyone sees only how many have answered, and, once the facilitator shows them, the group’s combined results.';

export const RECEIVED_SENTENCE = 'Your answer was received. It is counted without your name, and it is not shown back to you here.';

export function answeredLine(answered: number, expected: number): string {
  return `${answered} of ${expected} answered`;
}
