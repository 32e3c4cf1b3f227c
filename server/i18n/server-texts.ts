import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupI18n } from '@lingui/core';
import type { I18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { pickLocale } from '../../shared/i18n/locale.js';
import type { SummaryWords } from '../../shared/summary/words.js';

/**
 * Texts the server makes for people to read (the default group agreement, the
 * summary's timeline, CSV column names, the notes export's heading)
 * in a session's language, from the same catalogs the client uses
 * (shared/i18n/catalogs/<code>.json, keys `server.*`). Loaded once, lazily.
 */
const CATALOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/i18n/catalogs');

let i18n: I18n | null = null;
let codes: string[] = [];

function load(): I18n {
  if (i18n) return i18n;
  codes = fs.readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  const messages = Object.fromEntries(
    codes.map((code) => [code, JSON.parse(fs.readFileSync(path.join(CATALOG_DIR, `${code}.json`), 'utf8')) as Record<string, string>]),
  );
  const instance = setupI18n({ messages });
  instance.setMessagesCompiler(compileMessage);
  i18n = instance;
  return instance;
}

/** The languages there are catalogs for. */
export function serverLocales(): string[] {
  load();
  return codes;
}

/** A supported language for a wish (`es-MX` → `es`), English when there is none. */
export function sessionLocale(wish: string | undefined): string {
  return pickLocale([wish], serverLocales());
}

/** A `server.*` catalog text in `locale`. */
export function serverText(locale: string, id: `server.${string}`, values?: Record<string, string | number>): string {
  const instance = load();
  // Synchronous: switching the one instance's locale cannot interleave with another request.
  if (instance.locale !== locale) instance.activate(locale);
  return instance._(id, values);
}

/** The `server.*` texts of one language, for the summary and its exports. */
export function serverWords(locale: string): SummaryWords {
  return (id, values) => serverText(locale, id, values);
}

/** A date as people of `locale` write it ("2 Dec 2026", "2 dic 2026"), in the server's time zone. */
export function serverDate(locale: string, ms: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(ms);
}
