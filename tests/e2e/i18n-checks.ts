import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible } from './fixtures';

/**
 * What every translated screen must pass: no raw catalog key and no English
 * catalog text visible, axe clean; then a screenshot for a person to look at.
 */
export const catalog = (code: string) => JSON.parse(fs.readFileSync(`shared/i18n/catalogs/${code}.json`, 'utf8')) as Record<string, string>;
const en = catalog('en');

/** English texts that would betray an untranslated screen: fixed catalog texts of a few words that differ in `code`. */
export function englishTells(code: string): string[] {
  const other = catalog(code);
  return Object.entries(en)
    .filter(([key, text]) => !key.startsWith('meta.') && !/[{}]/.test(text) && text.split(' ').length >= 2 && other[key] !== text)
    .map(([, text]) => text);
}

export const KEY_PATTERN = new RegExp(`\\b(${Object.keys(en).map((k) => k.replace(/\./g, '\\.')).join('|')})\\b`);

/** A checker for one language that files screenshots under `dir`. */
export function screenChecker(code: string, dir: string) {
  const tells = englishTells(code);
  return async (page: Page, name: string) => {
    const text = await page.locator('body').innerText();
    expect(text, `${name}: a raw catalog key is visible`).not.toMatch(KEY_PATTERN);
    expect(
      tells.filter((english) => text.includes(english)),
      `${name}: English text is visible`,
    ).toEqual([]);
    await expectAccessible(page, `${code} ${name}`);
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  };
}
