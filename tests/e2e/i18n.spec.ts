import { expect, screensDir, test } from './fixtures';
import { catalog, screenChecker } from './i18n-checks';

/**
 * A member's whole path in Spanish and in Arabic, on a small phone, with the
 * facilitator's screen in English: the browser's language is the first guess,
 * nothing shows a raw catalog key or an English catalog text, Arabic reads
 * right to left, and axe is clean on every screen.
 */
const SMALL_PHONE = { width: 375, height: 740 };
for (const [code, t] of [
  ['es', catalog('es')],
  ['ar', catalog('ar')],
] as const) {
  test(`a member's whole path in ${t['meta.name']} at 375×740`, async ({ actors, browser }) => {
    test.setTimeout(270_000);
    const dir = screensDir(`i18n-${code}`);
    const check = screenChecker(code, dir);

    // The facilitator (whose own screen is English) sets the group's language: the default agreement follows it.
    const fac = await actors.facilitator({ groupName: 'Grupo', name: 'Dra Rivera', language: code });
    const helper = await actors.member(fac.joinCode, 'Bo');
    const context = await browser.newContext({ viewport: SMALL_PHONE, locale: code === 'es' ? 'es-MX' : 'ar-EG' });
    const page = await context.newPage();
    try {
      // Join: the browser's language is the first guess.
      await page.goto('/join');
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', t['meta.direction']!);
      await expect(page.getByRole('heading', { level: 1, name: t['join.title'] })).toBeVisible();
      await check(page, '1-join');
      await page.getByLabel(t['join.codeLabel']!).fill(fac.joinCode);
      await page.getByRole('button', { name: t['join.continue'] }).click();

      // The agreement.
      await page.getByLabel(t['join.nameLabel']!).fill('Ana');
      await expect(page.getByRole('heading', { name: t['join.agreementTitle'] })).toBeVisible();
      await check(page, '2-agreement');
      await page.getByLabel(t['join.agree']!).check();
      await page.getByRole('button', { name: t['join.submit'] }).click();
      await expect(page.getByText(t['member.hereAs']!.replace('{name}', 'Ana'))).toBeVisible();
      await check(page, '3-room');

      // Raise a hand.
      await page.getByRole('button', { name: t['turns.raiseHand'] }).click();
      await expect(page.getByRole('button', { name: t['turns.lowerHand'] })).toBeVisible();
      await check(page, '4-hand-raised');
      await page.getByRole('button', { name: t['turns.lowerHand'] }).click();

      // Answer a check-in (the prompt is the facilitator's own words).
      await fac.page.getByRole('region', { name: 'Anonymous check-in' }).getByRole('button', { name: 'Start check-in' }).click();
      const card = page.getByRole('region', { name: t['checkin.title'] });
      await card.getByRole('radio', { name: '7', exact: true }).check();
      await check(page, '5-checkin');
      await card.getByRole('button', { name: t['checkin.send'] }).click();
      await expect(card.getByText(t['checkin.received']!)).toBeVisible();
      await check(page, '6-checkin-answered');
      await fac.page.getByRole('region', { name: 'Anonymous check-in' }).getByRole('button', { name: 'Close check-in' }).click();
      await expect(card).toHaveCount(0);

      // Give feedback to the group (the template's labels are the facilitator's words).
      const panel = fac.page.getByRole('region', { name: 'Feedback round' });
      await panel.getByRole('radio', { name: 'To the group' }).check();
      await panel.getByRole('button', { name: 'Start feedback round' }).click();
      const round = page.getByRole('region', { name: t['feedback.titleGroup'] });
      await expect(round.getByRole('heading', { name: t['composer.title'] })).toBeVisible();
      await round.getByRole('textbox').first().fill('Gracias por escuchar');
      await check(page, '7-feedback-writing');
      await round.getByRole('button', { name: t['composer.send'] }).click();
      await expect(round.getByText(t['feedback.yoursIsIn']!)).toBeVisible();
      await check(page, '8-feedback-sent');
      await fac.page.getByRole('button', { name: 'End feedback round' }).click();
      await fac.page.getByRole('dialog', { name: 'End this feedback round?' }).getByRole('button', { name: 'End feedback round' }).click();
      await expect(round).toHaveCount(0);

      // The break screen.
      await fac.page.getByRole('radio', { name: '5 minutes', exact: true }).check();
      await fac.page.getByRole('button', { name: 'Start break' }).click();
      await expect(page.getByRole('dialog', { name: t['break.title'] })).toBeVisible();
      await check(page, '9-break');
      await fac.page.getByRole('button', { name: 'Back to the console' }).click();
      await fac.page.getByRole('complementary', { name: 'Break' }).getByRole('button', { name: 'End break now' }).click();
      await expect(page.getByRole('dialog', { name: t['break.title'] })).toBeHidden();

      // The end screen.
      await fac.page.getByRole('button', { name: 'End session' }).click();
      await fac.page.getByRole('dialog', { name: 'End the session for everyone?' }).getByRole('button', { name: 'End session' }).click();
      await expect(page.getByRole('heading', { name: t['screen.endedTitle'] })).toBeVisible();
      await check(page, '10-ended');
      // The English-speaking helper still sees English.
      await expect(helper.page.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
    } finally {
      await context.close();
    }
  });
}

test('a member switches their own screen from the join page on; the choice is remembered on the device', async ({ browser }) => {
  const context = await browser.newContext({ viewport: SMALL_PHONE, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/join');
  await expect(page.getByRole('heading', { level: 1, name: 'Join a session' })).toBeVisible();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.getByRole('heading', { level: 1, name: catalog('ar')['join.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: catalog('ar')['join.title'] })).toBeVisible();
  await page.getByLabel(catalog('ar')['language.label']!).selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: catalog('es')['join.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await context.close();
});
