/** Limits of texts every feature shows, shared by the forms and the server's schemas; each feature's own limits are in its limits.ts. */
export const NAME_MAX = 40;
export const GROUP_NAME_MAX = 80;
export const AGREEMENT_MAX = 2000;
/** A short label on screen: a check-in scale's ends, a feedback part's heading. */
export const LABEL_MAX = 40;

/** Collapse inner whitespace and trim: "  Sam   K " is "Sam K". */
export function cleanName(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

export function sameName(a: string, b: string): boolean {
  return cleanName(a).toLocaleLowerCase() === cleanName(b).toLocaleLowerCase();
}

// The default group agreement is a catalog text (`server.defaultAgreement` in shared/i18n/catalogs), one per language.
