/** Limits shared by the facilitator's form, the member's card and the server. Free of zod, so the client can import it. */
export const PROMPT_MAX = 200;
export const WORD_MAX = 30;
export const OPTION_MAX = 40;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 8;
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
/** Results are never shown for fewer answers than this (DESIGN.md, Privacy rules). */
export const MINIMUM_FLOOR = 2;
export const MINIMUM_DEFAULT = 3;
export const MINIMUM_MAX = 50;

/**
 * One word as it is counted: Unicode-normalised, whitespace collapsed, lower
 * case, so "Tired", " tired " and "TIRED" are one word. Null when empty or too long.
 */
export function normaliseWord(input: string): string | null {
  const word = input.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  if (word.length === 0 || word.length > WORD_MAX) return null;
  return word;
}
