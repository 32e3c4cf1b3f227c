import { STAFF_LOADERS } from 'virtual:attune-locales';

/**
 * The default group agreement in a language, from that language's catalog
 * (`server.defaultAgreement`, the same text the server uses when none is sent).
 * Loads that one catalog only when a facilitator picks its language.
 */
export async function defaultAgreement(locale: string): Promise<string | null> {
  const load = STAFF_LOADERS[locale];
  if (!load) return null;
  const compiled: unknown = (await load())['server.defaultAgreement'];
  if (typeof compiled === 'string') return compiled;
  return Array.isArray(compiled) && compiled.every((part) => typeof part === 'string') ? compiled.join('') : null;
}
