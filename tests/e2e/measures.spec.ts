import { expect, expectAccessible, screensDir, shootWidths, test } from './fixtures';
import type { Locator } from '@playwright/test';
import type { Actor } from './fixtures';
import { seedGroup } from './measures-seed';

const SHOTS = screensDir('measures');
test.describe.configure({ timeout: 300_000 });

/** Taps a number target, as a finger would (its label), and checks it took. */
async function pick(card: Locator, v: number) {
  await card.locator('label.scale-target').filter({ hasText: new RegExp(`^${v}$`) }).click();
  await expect(card.getByRole('radio', { name: String(v), exact: true })).toBeChecked();
}

/** Steps through the phone stepper: a number per question (null skips), then sends. */
async function answer(member: Actor, values: Array<number | null>) {
  const card = member.page.getByTestId('member-measure');
  for (const [i, v] of values.entries()) {
    await expect(card.getByText(`Question ${i + 1} of ${values.length}`)).toBeVisible();
    if (v === null) await card.getByRole('button', { name: 'Skip this question' }).click();
    else {
      await pick(card, v);
      await card.getByRole('button', { name: 'Next question' }).click();
    }
  }
  await card.getByRole('button', { name: 'Send my answers' }).click();
  await expect(card.getByText('Thank you. Your answers were received.')).toBeVisible();
}

test('a member on a phone answers how I have been at the start, and how this session was and their goals at the end', async ({ actors }) => {
  const fac = await actors.facilitator();
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const panel = fac.page.locator('section', { has: fac.page.getByRole('heading', { name: 'Questionnaires' }) });

  // Start: how I've been, named to staff only.
  await panel.getByRole('button', { name: 'Open “How I\'ve been”' }).click();
  const card = ann.page.getByTestId('member-measure');
  await expect(card.getByText('Only you and the facilitators see your answers.')).toBeVisible();
  await pick(card, 3);
  await expectAccessible(ann.page, 'member stepper');
  await ann.page.screenshot({ path: `${SHOTS}/member-stepper-phone.png`, fullPage: true });
  await card.getByRole('button', { name: 'Next question' }).click();
  await card.getByRole('button', { name: 'Back' }).click();
  await expect(card.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await card.getByRole('button', { name: 'Next question' }).click();
  for (const v of [4, 2]) {
    await pick(card, v);
    await card.getByRole('button', { name: 'Next question' }).click();
  }
  await card.getByRole('button', { name: 'Skip this question' }).click();
  await expect(card.getByText('You answered 3 of 4 questions.')).toBeVisible();
  await card.getByRole('button', { name: 'Send my answers' }).click();
  await expect(card.getByText('Thank you. Your answers were received.')).toBeVisible();
  await answer(bo, [8, 8, 9, 8]);

  // Staff see who is done, each total, and a flag in words beside the roster; other members see none of it.
  await expect(panel.getByTestId('measure-staff-progress')).toHaveText('2 of 2 done');
  await expect(panel.getByTestId('measure-who').getByRole('listitem')).toHaveText(['Ann ✓ Done', 'Bo ✓ Done']);
  await expect(fac.page.getByTestId('wellbeing-badge').first()).toContainText(/How I've been: 12\s*⚑\s*low/);
  await expect(fac.page.getByText("How I've been: 33")).toBeVisible();
  await expectAccessible(fac.page, 'console with a named questionnaire');
  await shootWidths(fac.page, SHOTS, 'console-wellbeing');
  await expect(bo.page.getByText(/How I've been: 12/)).toHaveCount(0);
  await expect(ann.page.getByText(/33/)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close the questionnaire' }).click();
  await expect(card).toHaveCount(0);

  // Ann writes her goal in the room; only she (and staff) see it.
  const goals = ann.page.getByTestId('member-goals');
  await goals.getByLabel('Goal 1').fill('Say when I disagree instead of going quiet');
  await goals.getByRole('button', { name: 'Save my goals' }).click();
  await expect(goals.getByText('Say when I disagree instead of going quiet')).toBeVisible();
  await expect(bo.page.getByText('Say when I disagree instead of going quiet', { exact: true })).toHaveCount(0);

  // End: how this session was (anonymous by default), then goals.
  await panel.getByRole('button', { name: 'Open “How this session was”' }).click();
  await expect(card.getByText(/Anonymous: nobody, not even the facilitators/)).toBeVisible();
  await answer(ann, [9, 8, null, 9]);
  await answer(bo, [7, 7, 7, 7]);
  await expect(panel.getByTestId('measure-staff-progress')).toHaveText('2 of 2 done');
  // Anonymous: how many, never who.
  await expect(panel.getByTestId('measure-who')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close the questionnaire' }).click();

  await panel.getByRole('button', { name: 'Open “My goals”' }).click();
  await answer(ann, [6]);
  // Bo has no goal yet: the card asks for one first, then the rating.
  await bo.page.getByTestId('member-measure').getByLabel('Goal 1').fill('Ask for help');
  await bo.page.getByTestId('member-measure').getByRole('button', { name: 'Save my goals' }).click();
  await ann.page.screenshot({ path: `${SHOTS}/member-goals-done-phone.png`, fullPage: true });
  await expect(bo.page.getByText('Question 1 of 1')).toBeVisible();
  await bo.page.screenshot({ path: `${SHOTS}/member-goal-rating-phone.png`, fullPage: true });
  await answer(bo, [4]);
  await expect(panel.getByText('Say when I disagree instead of going quiet: 6')).toBeVisible();
  await panel.getByRole('button', { name: 'Close the questionnaire' }).click();
  // Ann sees her own rating on record; Bo sees only his.
  await expect(ann.page.getByTestId('my-goal-ratings').getByRole('row')).toHaveCount(2);
  await expect(ann.page.getByTestId('my-goal-ratings')).toContainText('Say when I disagree instead of going quiet');
  await expect(bo.page.getByTestId('my-goal-ratings')).not.toContainText('Say when I disagree');
  await ann.page.screenshot({ path: `${SHOTS}/member-own-ratings-phone.png`, fullPage: true });
  await expectAccessible(bo.page, 'member after goals');
  await shootWidths(fac.page, SHOTS, 'console-goals');
});

test('staff read the questionnaires across three sessions on the group page', async ({ browser, baseURL }) => {
  const { last } = await seedGroup(baseURL!, 3);
  const context = await browser.newContext();
  const page = await context.newPage();
  // The facilitator's link keeps their token; the summary page remembers it for the group page.
  await page.goto(last.facilitatorLink);
  // The client moves the link's key into this browser's storage before the summary can use it.
  await page.waitForFunction((token) => Object.values(localStorage).some((v) => v.includes(token)), last.facilitatorToken);
  await page.goto(`/s/${last.sessionId}/summary`);
  // The session's summary shows its questionnaires: named rows and the climate's kept counts.
  await expect(page.getByTestId('summary-measures').getByRole('table')).toHaveCount(3);
  await expect(page.getByRole('button', { name: "Download How I've been (CSV)" })).toBeVisible();
  await expectAccessible(page, 'summary with questionnaires');
  await page.getByRole('link', { name: 'Group history and the next session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wednesday group' })).toBeVisible();

  const trends = page.getByTestId('measure-trends');
  for (const name of ["How I've been: total", 'My goals: progress on goals', 'Group climate: engagement', 'Group climate: conflict']) {
    // Each chart has its table: three sessions, three rows.
    await expect(trends.getByRole('figure', { name }).locator('tbody tr')).toHaveCount(3);
  }

  const members = page.getByTestId('member-measures');
  await members.locator('summary').first().click();
  await expect(members.getByText(/at or below the cut-off/).first()).toBeVisible();

  const settings = page.getByTestId('measure-settings');
  await settings.getByLabel('Named: facilitators see each person\'s answers').check();
  await settings.getByLabel(/Flag a how-I've-been total/).fill('18');
  const wording = settings.locator('details', { hasText: 'Wording of “How this session was”' });
  await wording.getByText('Wording of “How this session was”').click();
  await wording.getByLabel('Question 1').fill('I felt listened to');
  await settings.getByRole('button', { name: 'Save questionnaire settings' }).click();
  await expect(settings.getByText('Questionnaire settings saved.')).toBeVisible();
  await expectAccessible(page, 'group page with questionnaires');
  await shootWidths(page, SHOTS, 'group-page');
  await page.reload();
  await expect(page.getByTestId('measure-settings').getByLabel(/Flag a how-I've-been total/)).toHaveValue('18');
  await context.close();
});
