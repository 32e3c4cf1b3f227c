/** Limits shared by the forms and the server's schemas. */
export const NAME_MAX = 40;
export const GROUP_NAME_MAX = 80;
export const AGREEMENT_MAX = 2000;
/** Longest break a facilitator can start, in minutes (one hour). */
export const BREAK_MAX_MINUTES = 60;

/** Collapse inner whitespace and trim: "  Sam   K " is "Sam K". */
export function cleanName(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

export function sameName(a: string, b: string): boolean {
  return cleanName(a).toLocaleLowerCase() === cleanName(b).toLocaleLowerCase();
}

export const DEFAULT_AGREEMENT = [
  'What is said in this group stays in this group. We do not share names, stories or anything that could identify another member.',
  'We listen with respect, speak for ourselves, and let each person finish.',
  'Anyone may pass or take a moment; no one has to share more than they choose.',
  'We do not record, screenshot or let others listen in.',
].join('\n\n');
