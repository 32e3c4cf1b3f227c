import type { Locator } from '@playwright/test';
import { DESKTOP, PHONE, expect, expectAccessible, screensDir, shootWidths, test } from './fixtures';

const SHOTS = screensDir('moment');
test.describe.configure({ timeout: 240_000 });

/** One panel at phone and desktop width (the console is long; the panel is what to look at). */
async function shootPanel(panel: Locator, name: string) {
  for (const [label, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    await panel.page().setViewportSize(size);
    await panel.screenshot({ path: `${SHOTS}/${name}-${label}.png` });
  }
}
const ANN = 'When Bo said he felt the same, I stopped feeling alone.';
const CY = 'The long silence after the break.';

test('the moment that mattered: one writes on a phone, one skips; staff screen and share one; everyone sees it without a name', async ({ actors }) => {
  const fac = await actors.facilitator();
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const cy = await actors.member(fac.joinCode, 'Cy');

  // Staff ask, in the default words (editable).
  const panel = fac.page.locator('section', { has: fac.page.getByRole('heading', { name: 'The moment that mattered' }) });
  await expect(panel.getByLabel('Question')).toHaveValue('What was the most important moment for you today?');
  await panel.getByRole('button', { name: 'Ask the question' }).click();
  await expect(panel.getByText('0 of 3 done')).toBeVisible();

  // Ann writes on her phone: one screen, the question as the box's label, two big buttons.
  const box = ann.page.getByLabel('What was the most important moment for you today?');
  await expect(box).toBeVisible();
  await expectAccessible(ann.page, 'member asked for a moment');
  await box.fill(ANN);
  await ann.page.screenshot({ path: `${SHOTS}/member-writing-phone.png`, fullPage: true });
  await ann.page.getByRole('button', { name: 'Send my moment' }).click();
  await expect(ann.page.getByText('Thank you. Your moment went to the facilitator without your name.')).toBeVisible();

  // Bo skips; Cy writes.
  await bo.page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(bo.page.getByText('You skipped this question.')).toBeVisible();
  await bo.page.screenshot({ path: `${SHOTS}/member-skipped-phone.png`, fullPage: true });
  await cy.page.getByLabel('What was the most important moment for you today?').fill(CY);
  await cy.page.getByRole('button', { name: 'Send my moment' }).click();

  // Staff see a count and the answers, never who wrote them.
  await expect(panel.getByText('3 of 3 done')).toBeVisible();
  const answers = panel.getByRole('list', { name: 'Answers to screen' });
  await expect(answers.getByText(ANN)).toBeVisible();
  await expect(answers).not.toContainText('Ann');
  await expectAccessible(fac.page, 'console screening moments');
  await shootPanel(panel, 'facilitator-screening');

  // Share Ann's, set Cy's aside, show the chosen one.
  const annItem = answers.getByRole('listitem').filter({ hasText: ANN });
  await annItem.getByRole('button', { name: /^Share with the group/ }).click();
  await expect(annItem.getByText('to share with the group')).toBeVisible();
  const cyItem = answers.getByRole('listitem').filter({ hasText: CY });
  await cyItem.getByRole('button', { name: /^Set aside/ }).click();
  await expect(cyItem.getByText('set aside', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Show 1 chosen moment to the group' }).click();
  await expect(annItem.getByText('shown to the group')).toBeVisible();
  await panel.getByRole('button', { name: 'Stop taking answers' }).click();

  // Everyone sees it, without a name; Cy's set-aside moment reaches no member.
  for (const m of [ann, bo, cy]) {
    const shared = m.page.getByRole('list').filter({ hasText: ANN });
    await expect(shared).toBeVisible();
    await expect(shared).not.toContainText('Ann');
    await expect(m.page.getByText(CY)).toHaveCount(0);
  }
  await expectAccessible(bo.page, 'member sees the shared moment');
  await shootWidths(bo.page, SHOTS, 'member-shared');
  await shootPanel(panel, 'facilitator-shared');

  // The summary and the group page keep the shown moment for staff, without a name; the set-aside one is gone.
  await fac.page.getByRole('button', { name: 'End session' }).click();
  await fac.page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
  const summary = fac.page.getByRole('region', { name: 'The moment that mattered' });
  await expect(summary).toContainText(ANN);
  await expect(summary).toContainText('2 wrote, 1 skipped');
  await expect(summary).not.toContainText(CY);
  await fac.page.getByRole('link', { name: 'Group history and the next session' }).click();
  const kept = fac.page.getByRole('region', { name: 'Moments kept, by session' });
  await expect(kept).toContainText(ANN);
  await expectAccessible(fac.page, 'group page with kept moments');
  await kept.scrollIntoViewIfNeeded();
  await shootWidths(fac.page, SHOTS, 'group-page', false);

  // Next week, Ann opens the new code on the same phone and is straight in as herself.
  await fac.page.getByRole('button', { name: 'Start the next session' }).click();
  await fac.page.getByRole('button', { name: 'Open the new session' }).click();
  const code2 = (await fac.page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
  await ann.page.goto(`/join/${code2}`);
  await expect(ann.page.getByText('You are here as Ann')).toBeVisible();
  await expect(ann.page.getByLabel('Your display name')).toHaveCount(0);
  // Staff see last week's members: Ann here, the others not here yet.
  const roster = fac.page.getByRole('list', { name: 'People in this session' }).first();
  const entry = (name: string) => roster.getByTestId('roster-entry').filter({ has: fac.page.getByText(name, { exact: true }) });
  await expect(entry('Ann')).toContainText('here');
  await expect(entry('Ann')).not.toContainText('not here yet');
  await expect(entry('Bo')).toContainText('not here yet');
  await expectAccessible(fac.page, 'next session with carried members');
  await shootPanel(fac.page.locator('section', { has: roster }).first(), 'next-session-roster');
});
