import fs from 'node:fs';
import path from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors';
import { pickLocale } from '../../shared/i18n/locale';

const DIR = 'shared/i18n/catalogs';
const codes = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const load = (code: string) => JSON.parse(fs.readFileSync(path.join(DIR, `${code}.json`), 'utf8')) as Record<string, string>;
const en = load('en');

/** The placeholder names a message uses (`{name}`, `{count, plural, …}`), nested choices included. */
function placeholders(message: CompiledMessage, into = new Set<string>()): Set<string> {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, , format] = token;
    into.add(name);
    if (format && typeof format === 'object') {
      for (const [key, branch] of Object.entries(format)) if (key !== 'offset' && Array.isArray(branch)) placeholders(branch as CompiledMessage, into);
    }
  }
  return into;
}

describe('message catalogs', () => {
  it('English, Spanish and Arabic are there', () => {
    expect(codes).toEqual(expect.arrayContaining(['en', 'es', 'ar']));
  });

  it.each(codes)('%s has exactly the English keys', (code) => {
    const keys = Object.keys(load(code)).sort();
    const missing = Object.keys(en).filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(codes)('%s: every message parses and uses the same placeholders as English', (code) => {
    const catalog = load(code);
    const mismatches: string[] = [];
    for (const [key, message] of Object.entries(catalog)) {
      const mine = [...placeholders(compileMessageOrThrow(message))].sort();
      const english = [...placeholders(compileMessageOrThrow(en[key] ?? ''))].sort();
      if (mine.join() !== english.join()) mismatches.push(`${key}: ${mine.join() || '∅'} ≠ ${english.join() || '∅'}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(codes)('%s names itself and its writing direction', (code) => {
    const c = load(code);
    expect(c['meta.name']).toBeTruthy();
    expect(['ltr', 'rtl']).toContain(c['meta.direction']);
  });

  it('Arabic is right to left', () => {
    expect(load('ar')['meta.direction']).toBe('rtl');
  });

  it('every error code has a text in the catalogs, so the client never shows a server message', () => {
    const missing = Object.keys(ErrorCode).filter((code) => !(`error.${code}` in en));
    expect(missing).toEqual([]);
  });

  it.each(codes)('%s: every CSV column list (server.csv.<table>) has as many names as English', (code) => {
    const catalog = load(code);
    const tables = Object.keys(en).filter((k) => /^server\.csv\.[a-z]+$/.test(k) && en[k]!.includes(','));
    expect(tables.length).toBeGreaterThan(5);
    const wrong = tables.filter((k) => catalog[k]!.split(',').length !== en[k]!.split(',').length);
    expect(wrong).toEqual([]);
  });

  it('the placeholder check can fail: a renamed placeholder is caught', () => {
    const a = [...placeholders(compileMessageOrThrow('Hi {name}'))];
    const b = [...placeholders(compileMessageOrThrow('Hola {nombre}'))];
    expect(a).not.toEqual(b);
    expect([...placeholders(compileMessageOrThrow('{n, plural, one {# of {total}} other {#}}'))].sort()).toEqual(['n', 'total']);
  });
});

describe('pickLocale', () => {
  const available = ['ar', 'en', 'es'];
  it('takes the first wish with a catalog, by exact tag or base language', () => {
    expect(pickLocale(['fr-FR', 'es-MX', 'en'], available)).toBe('es');
    expect(pickLocale([null, 'ar'], available)).toBe('ar');
  });
  it('falls back to English', () => {
    expect(pickLocale(['de', undefined], available)).toBe('en');
    expect(pickLocale([], available)).toBe('en');
  });
});
