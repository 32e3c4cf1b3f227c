/**
 * Choosing a language from what is on offer. Pure: the client passes the
 * device's saved choice and the browser's languages; the server passes a
 * session's language.
 */
export const DEFAULT_LOCALE = 'en';

/** A language tag as the catalogs name them: `es`, `ar`, `pt-BR`. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The first wish that has a catalog, matching exactly (`pt-BR`) or by base
 * language (`es-MX` → `es`); the default when none does.
 */
export function pickLocale(wishes: readonly (string | null | undefined)[], available: readonly string[]): string {
  for (const wish of wishes) {
    if (!wish) continue;
    const exact = available.find((code) => code.toLowerCase() === wish.toLowerCase());
    if (exact) return exact;
    const base = wish.split('-')[0]!.toLowerCase();
    const byBase = available.find((code) => code.toLowerCase() === base);
    if (byBase) return byBase;
  }
  return available.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (available[0] ?? DEFAULT_LOCALE);
}
