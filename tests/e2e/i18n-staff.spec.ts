import { expect, screensDir, test } from './fixtures';
import { catalog, screenChecker } from './i18n-checks';

/**
 * A facilitator's screens in Spanish and in Arabic: the start page, the console
 * (at 375×740 and on a desktop), the summary and the group page. The browser's
 * language is the first guess and the group takes the facilitator's language;
 * nothing shows a raw catalog key or an English catalog text, Arabic reads right
 * to left, and axe is clean on every screen. The members' screens stay English.
 */
const SMALL_PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

for (const [code, t] of [
  ['es', catalog('es')],
  ['ar', catalog('ar')],
] as const) {
  test(`a facilitator's screens in ${t['meta.name']}, phone and desktop`, async ({ actors, browser }) => {
    test.setTimeout(270_000);
    const check = screenChecker(code, screensDir(`i18n-staff-${code}`));
    const context = await browser.newContext({ viewport: SMALL_PHONE, locale: code === 'es' ? 'es-ES' : 'ar-EG' });
    const page = await context.newPage();
    const region = (name: string) => page.getByRole('region', { name, exact: true });
    try {
      // Start: the form is in the browser's language, and so is the group's language.
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('dir', t['meta.direction']!);
      await expect(page.getByRole('heading', { level: 1, name: t['home.title'] })).toBeVisible();
      await expect(page.getByLabel(t['home.language']!, { exact: true })).toHaveValue(code);
      await check(page, '1-start');
      await page.getByLabel(t['home.groupName']!).fill('Grupo');
      await page.getByLabel(t['join.nameLabel']!).fill('Rivera');
      await page.getByRole('button', { name: t['home.start'] }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Grupo' })).toBeVisible();
      await expect(page.getByTestId('group-language')).toHaveText(t['console.language']!.replace('{language}', t['meta.name']!));
      await check(page, '2-console-empty');

      // Two members (their own screens in English) come in; one raises a hand.
      const joinCode = (await page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
      const ann = await actors.member(joinCode, 'Ann');
      await actors.member(joinCode, 'Bo');
      await ann.page.getByRole('button', { name: 'Raise hand' }).click();
      await expect(page.getByRole('button', { name: t['turnsStaff.giveTo']!.replace('{name}', 'Ann') }).first()).toBeVisible();

      // A check-in from a ready prompt, in the facilitator's language.
      await region(t['checkin.title']!).getByRole('button', { name: t['ciStart.start'] }).click();
      await expect(region(t['checkin.title']!).getByRole('button', { name: t['ciStaff.close'] })).toBeVisible();
      await expect(ann.page.getByText(t['prompt.arriving']!)).toBeVisible();
      await check(page, '3-console-running');
      await page.setViewportSize(DESKTOP);
      await check(page, '4-console-desktop');
      await region(t['checkin.title']!).getByRole('button', { name: t['ciStaff.close'] }).click();

      // The end: the facilitator lands on the summary, in their language.
      await page.getByRole('button', { name: t['end.button'], exact: true }).click();
      await page.getByRole('dialog', { name: t['end.confirmTitle'] }).getByRole('button', { name: t['end.button'] }).click();
      await expect(page.getByRole('heading', { level: 1, name: t['summary.heading']!.replace('{group}', 'Grupo') })).toBeVisible();
      await expect(region(t['summary.timeline']!)).toContainText(t['server.timeline.sessionEnded']!);
      await check(page, '5-summary-desktop');
      await page.setViewportSize(SMALL_PHONE);
      await check(page, '6-summary');

      await page.getByRole('link', { name: t['summary.groupLink'] }).click();
      await expect(page.getByRole('heading', { level: 2, name: t['group.next'] })).toBeVisible();
      await check(page, '7-group');

      // Each person's own screen: switching here brings the staff texts of the other language too, and is remembered.
      const other = catalog(code === 'es' ? 'ar' : 'es');
      await page.getByLabel(t['language.label']!, { exact: true }).selectOption(code === 'es' ? 'ar' : 'es');
      await expect(page.getByRole('heading', { level: 2, name: other['group.next'] })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', other['meta.direction']!);
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: other['group.next'] })).toBeVisible();
    } finally {
      await context.close();
    }
  });
}
