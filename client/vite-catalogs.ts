import fs from 'node:fs';
import path from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/**
 * Serves the message catalogs (shared/i18n/catalogs/<code>.json, ICU messages)
 * to the client compiled at build time, so the browser needs only Lingui's small
 * runtime and never a message parser.
 *
 * - `virtual:attune-locales`: the languages there are (code, own name, direction)
 *   and a loader per language, each a dynamic import: only the active catalog loads.
 * - `virtual:attune-catalog/<code>`: one compiled catalog.
 * Adding a catalog file adds a language; nothing else to register.
 */
export const CATALOG_DIR = path.resolve(import.meta.dirname, '../shared/i18n/catalogs');
const LOCALES_ID = 'virtual:attune-locales';
const CATALOG_PREFIX = 'virtual:attune-catalog/';

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
        const loaders = locales.map((l) => `  ${JSON.stringify(l.code)}: () => import(${JSON.stringify(CATALOG_PREFIX + l.code)}).then((m) => m.default),`);
        return `export const LOCALES = ${JSON.stringify(locales)};\nexport const LOADERS = {\n${loaders.join('\n')}\n};\n`;
      }
      if (id.startsWith(`\0${CATALOG_PREFIX}`)) {
        const code = id.slice(`\0${CATALOG_PREFIX}`.length);
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)) this.error(`Bad catalog code: ${code}`);
        const file = path.join(CATALOG_DIR, `${code}.json`);
        this.addWatchFile(file);
        const compiled: Record<string, unknown> = {};
        for (const [key, message] of Object.entries(readCatalog(code))) compiled[key] = compileMessageOrThrow(message);
        return `export default ${JSON.stringify(compiled)};\n`;
      }
      return null;
    },
  };
}
