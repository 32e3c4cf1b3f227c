import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screensDir, test } from './fixtures';

/**
 * A pseudo-locale: every catalog text accented and about 40 % longer, served in
 * place of the English catalog chunk. Every screen of a member's path must
 * still fit a 375 px phone: nothing wider than the screen, nothing clipped.
 */
type Token = string | [string, string?, unknown?];

const ACCENTS: Record<string, string> = { a: 'å', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü' };

function pseudoText(text: string): string {
  if (text.trim() === '' || text === '#') return text;
  const accented = [...text].map((ch) => ACCENTS[ch] ?? ch).join('');
  const extra = Math.ceil(text.length * 0.4);
  return `${accented}${' ·'.repeat(Math.ceil(extra / 2)).slice(0, extra)}`;
}

function pseudoMessage(message: Token[] | string): Token[] | string {
  if (typeof message === 'string') return pseudoText(message);
  return message.map((token) => {
    if (typeof token === 'string') return token.split('#').map(pseudoText).join('#');
    const [name, type, format] = token;
    if (format && typeof format === 'object') {
      const choices = Object.fromEntries(Object.entries(format).map(([k, v]) => [k, Array.isArray(v) ? pseudoMessage(v as Token[]) : v]));
      return [name, type, choices];
    }
    return token;
  });
}

async function usePseudoLocale(page: Page) {
  await page.route(/\/assets\/en-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const source = await response.text();
    // The chunk is `var e={…};export{e as default};`: evaluate it, then rewrite every text token.
    const body = source.replace(/export\s*\{\s*(\w+)\s+as\s+default\s*\};?\s*$/, 'return $1;');
    const catalog = new Function(body)() as Record<string, Token[] | string>;
    const pseudo = Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, k.startsWith('meta.') ? v : pseudoMessage(v)]));
    await route.fulfill({ response, body: `export default ${JSON.stringify(pseudo)};`, headers: { ...response.headers(), 'content-type': 'text/javascript' } });
  });
}

/**
 * Elements wider than the screen, or whose text is cut off by their own box.
 * Content of a box that scrolls sideways by design (a wide table in a
 * focusable scroll box) is reachable, so it is not counted as outside.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px > ${width}px`);
    const inScrollBox = (el: HTMLElement) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *, header *, [role=dialog] *'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.visually-hidden') || inScrollBox(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0) continue;
      const label = `${el.tagName.toLowerCase()}.${el.className || ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (rect.right > width + 1 || rect.left < -1) problems.push(`outside the screen: ${label}`);
      // A text field scrolls its own value (a long link in a read-only field); that is not clipping.
      const clips = (['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis') && !el.matches('input, textarea');
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: ${label}`);
    }
    return problems;
  });
}

/** Fits the screen (nothing outside, nothing clipped), then a screenshot. */
function fitsOn(page: Page, dir: string) {
  return async (name: string) => {
    expect(await overflowing(page), name).toEqual([]);
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  };
}

test('a pseudo-locale (accented, 40 % longer) fits every screen of a member at 375 px', async ({ actors, browser }) => {
  test.setTimeout(270_000);
  const dir = screensDir('pseudo-locale');
  const fac = await actors.facilitator({ groupName: 'Grupo' });
  await actors.member(fac.joinCode, 'Bo');
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  await usePseudoLocale(page);
  const fits = fitsOn(page, dir);
  try {
    await page.goto('/join');
    await expect(page.getByRole('heading', { level: 1, name: /Ĵöîñ å séssîöñ|Jöîñ å séssîöñ/ })).toBeVisible();
    await fits('1-join');
    await page.locator('input.code-input').fill(fac.joinCode);
    await page.locator('form button[type=submit]').click();
    await page.locator('input[autocomplete=given-name]').fill('Ana');
    await page.locator('input[type=checkbox]').check();
    await fits('2-agreement');
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('.hand-button')).toBeVisible();
    await page.locator('.hand-button').click();
    await expect(page.locator('.your-place')).toBeVisible();
    await fits('3-room-hand-raised');

    await fac.page.getByRole('region', { name: 'Anonymous check-in' }).getByRole('button', { name: 'Start check-in' }).click();
    await expect(page.locator('.ci-card')).toBeVisible();
    await fits('4-checkin');

    await fac.page.getByRole('region', { name: 'Anonymous check-in' }).getByRole('button', { name: 'Close check-in' }).click();
    const panel = fac.page.getByRole('region', { name: 'Feedback round' });
    await panel.getByRole('radio', { name: 'To the group' }).check();
    await panel.getByRole('button', { name: 'Start feedback round' }).click();
    await expect(page.locator('.fb-composer')).toBeVisible();
    await fits('5-feedback');

    await fac.page.getByRole('radio', { name: '5 minutes', exact: true }).check();
    await fac.page.getByRole('button', { name: 'Start break' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await fits('6-break');
    await fac.page.getByRole('button', { name: 'Back to the console' }).click();
    await fac.page.getByRole('complementary', { name: 'Break' }).getByRole('button', { name: 'End break now' }).click();

    await fac.page.getByRole('button', { name: 'End session' }).click();
    await fac.page.getByRole('dialog', { name: 'End the session for everyone?' }).getByRole('button', { name: 'End session' }).click();
    await expect(page.locator('#ended-title')).toBeVisible();
    await fits('7-ended');
  } finally {
    await context.close();
  }
});

test('a pseudo-locale fits every staff screen at 375 px: start, console, summary, group', async ({ actors, browser }) => {
  test.setTimeout(225_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  await usePseudoLocale(page);
  const fits = fitsOn(page, screensDir('pseudo-locale-staff'));
  try {
    await page.goto('/');
    await expect(page.locator('h1')).toContainText('Stårt');
    await fits('1-start');
    await page.locator('input[autocomplete=off]').first().fill('Grupo');
    await page.locator('input[autocomplete=given-name]').fill('Rivera');
    await page.locator('form button[type=submit]').click();
    await expect(page.getByTestId('join-code')).toBeVisible();
    await fits('2-console-empty');

    const joinCode = (await page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
    const ann = await actors.member(joinCode, 'Ann');
    await actors.member(joinCode, 'Bo');
    await ann.page.getByRole('button', { name: 'Raise hand' }).click();
    await expect(page.locator('.talk-tile')).toHaveCount(5);
    await page.locator('.ci-card form button[type=submit]').click();
    await expect(page.locator('.ci-prompt')).toBeVisible();
    await page.locator('.fb-start button[type=submit]').click();
    await expect(page.locator('.fb-focus')).toBeVisible();
    await fits('3-console-running');

    await page.locator('section[aria-labelledby=end-title] > button.danger').click();
    await page.locator('dialog[open] button.danger').click();
    await expect(page.locator('.sum-head')).toBeVisible();
    await fits('4-summary');
    await page.locator('.sum-nav a').click();
    await expect(page.locator('#next-title')).toBeVisible();
    await fits('5-group');
  } finally {
    await context.close();
  }
});
