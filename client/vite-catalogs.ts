import fs from 'node:fs';
import path from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { isStaffKey } from '../shared/i18n/sections';

/**
 * Serves the message catalogs (shared/i18n/catalogs/<code>.json, ICU messages)
 * to the client compiled at build time, so the browser needs only Lingui's small
 * runtime and never a message parser.
 *
 * - `virtual:attune-locales`: the languages there are (code, own name, direction)
 *   and loaders per language, each a dynamic import: only the active catalog loads.
 * - `virtual:attune-catalog/<code>`: one language's member texts, compiled;
 *   `virtual:attune-catalog/<code>-staff`: its staff-only texts (shared/i18n/sections.ts),
 *   which a member's phone never downloads.
 * Adding a catalog file adds a language; nothing else to register.
 */
export const CATALOG_DIR = path.resolve(import.meta.dirname, '../shared/i18n/catalogs');
const LOCALES_ID = 'virtual:attune-locales';
const CATALOG_PREFIX = 'virtual:attune-catalog/';
const STAFF_SUFFIX = '-staff';

function readCatalog(code: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(CATALOG_DIR, `${code}.json`), 'utf8')) as Record<string, string>;
}

function catalogCodes(): string[] {
  return fs
    .readdirSync(CATALOG_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function catalogsPlugin(): Plugin {
  return {
    name: 'attune-catalogs',
    resolveId(id) {
      if (id === LOCALES_ID || id.startsWith(CATALOG_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${LOCALES_ID}`) {
        const locales = catalogCodes().map((code) => {
          const c = readCatalog(code);
          return { code, name: c['meta.name'] ?? code, dir: c['meta.direction'] === 'rtl' ? 'rtl' : 'ltr' };
        });
        for (const code of catalogCodes()) this.addWatchFile(path.join(CATALOG_DIR, `${code}.json`));
        const loaders = (suffix: string) =>
          locales.map((l) => `  ${JSON.stringify(l.code)}: () => import(${JSON.stringify(CATALOG_PREFIX + l.code + suffix)}).then((m) => m.default),`).join('\n');
        return `export const LOCALES = ${JSON.stringify(locales)};\nexport const LOADERS = {\n${loaders('')}\n};\nexport const STAFF_LOADERS = {\n${loaders(STAFF_SUFFIX)}\n};\n`;
      }
      if (id.startsWith(`\0${CATALOG_PREFIX}`)) {
        const name = id.slice(`\0${CATALOG_PREFIX}`.length);
        const staff = name.endsWith(STAFF_SUFFIX);
        const code = staff ? name.slice(0, -STAFF_SUFFIX.length) : name;
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)) this.error(`Bad catalog code: ${code}`);
        const file = path.join(CATALOG_DIR, `${code}.json`);
        this.addWatchFile(file);
        const compiled: Record<string, unknown> = {};
        for (const [key, message] of Object.entries(readCatalog(code))) {
          if (isStaffKey(key) === staff) compiled[key] = compileMessageOrThrow(message);
        }
        return `export default ${JSON.stringify(compiled)};\n`;
      }
      return null;
    },
  };
}
