/** Limits shared by the facilitator's form, the member's composer and the server. Free of zod, so the client can import it. */
/** One part of a feedback item, in characters. */
export const PART_MAX = 500;
/** A facilitator's note on an item held back. */
export const NOTE_MAX = 300;
/** How many parts (labelled prompts) a round's items have. */
export const LABELS_MIN = 2;
export const LABELS_MAX = 3;
/** Longest writing time a round may set, in minutes. */
export const WRITE_MAX_MINUTES = 30;
