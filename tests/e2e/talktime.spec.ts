import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const SHOTS = '/tmp/shots-talktime';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
}

const row = (page: Page, name: string) => page.getByTestId('talk-row').filter({ has: page.getByRole('rowheader', { name }) });
const tile = (page: Page, name: string) => page.getByRole('group', { name: 'Mark who is speaking now' }).getByRole('button', { name: new RegExp(`^${name}`) });

test('the co-facilitator tracks three speakers while the facilitator watches the dashboard; members see no talk time', async ({ actors }) => {
  test.setTimeout(360_000); // five people in their own browsers, plus screenshots at two sizes
  const fac = await actors.facilitator({ groupName: 'Tuesday group', name: 'Dr Rivera' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  await actors.member(fac.joinCode, 'Bo');
  await actors.member(fac.joinCode, 'Cy');
  const co = await actors.cofacilitator(fac.coFacilitatorLink, 'Chris');
  await co.page.setViewportSize(PHONE);

  // Before anyone speaks: plain words first (issue 18), the figures one click away; everyone is flagged "not spoken yet".
  await expect(fac.page.getByTestId('talk-plain')).toHaveText('No member has spoken yet.');
  await fac.page.getByText('Show the figures').click();
  const dash = fac.page.getByRole('region', { name: 'Talk time per member' });
  await expect(dash.getByTestId('talk-row')).toHaveCount(3);
  await expect(dash.getByText('not spoken yet')).toHaveCount(3);
  await expect(co.page.getByTestId('tracker-now')).toHaveText('Nobody is marked as speaking.');

  // Ann by tap; the tile says so in words, and the facilitator's figure counts up.
  await tile(co.page, 'Ann').click();
  await expect(co.page.getByTestId('tracker-now')).toHaveText(/Now speaking: Ann/);
  await expect(tile(co.page, 'Ann')).toHaveAttribute('aria-pressed', 'true');
  await expect(row(fac.page, 'Ann').getByText('speaking now')).toBeVisible();
  await expect(row(fac.page, 'Ann').getByTestId('talk-time')).not.toHaveText('0:00');
  await expect(row(fac.page, 'Ann').getByText('not spoken yet')).toHaveCount(0);
  await expect(fac.page.getByTestId('talk-plain')).toContainText('Bo and Cy have not spoken yet.');

  // Bo by number key 2 (one press switches), then Cy by tap.
  await co.page.keyboard.press('2');
  await expect(co.page.getByTestId('tracker-now')).toHaveText(/Now speaking: Bo/);
  await expect(tile(co.page, 'Ann')).toHaveAttribute('aria-pressed', 'false');
  await expect(row(fac.page, 'Bo').getByTestId('talk-time')).not.toHaveText('0:00');
  await tile(co.page, 'Cy').click();
  await expect(row(fac.page, 'Cy').getByText('speaking now')).toBeVisible();
  await expect(row(fac.page, 'Cy').getByTestId('talk-time')).not.toHaveText('0:00');
  await expectAccessible(co.page, 'tracker (phone)');
  await shoot(co.page, 'cofacilitator-tracker');

  // Tapping Cy again stops.
  await tile(co.page, 'Cy').click();
  await expect(co.page.getByTestId('tracker-now')).toHaveText('Nobody is marked as speaking.');
  for (const name of ['Ann', 'Bo', 'Cy']) {
    await expect(row(fac.page, name).getByTestId('talk-turns')).toHaveText('1'); // one turn each
  }
  await expect(fac.page.getByTestId('balance-index')).toHaveText(/^[01]\.\d\d$/);

  // The floor counts by itself: the facilitator gives it to Ann, and her figure grows with its source shown.
  await fac.page.getByLabel('Give the floor to anyone').selectOption({ label: 'Ann' });
  await fac.page.getByRole('button', { name: 'Give floor', exact: true }).click();
  await expect(co.page.getByTestId('tracker-floor')).toContainText('Ann has the floor');
  await expect(row(fac.page, 'Ann').getByText('speaking now')).toBeVisible();
  await expect(row(fac.page, 'Ann')).toContainText(/floor (?!0:00)\d+:\d\d/);
  await expect(row(fac.page, 'Ann').getByTestId('talk-turns')).toHaveText('2');

  // Typing in the shared notes is text, not tracker shortcuts (the editor sits in a shadow root).
  await co.page.getByRole('textbox', { name: 'Shared notes' }).click();
  await co.page.keyboard.type('Fix 1 X');
  await expect(co.page.getByRole('textbox', { name: 'Shared notes' })).toContainText('Fix 1 X');
  await expect(co.page.getByTestId('tracker-now')).toHaveText('Nobody is marked as speaking.');
  await expectAccessible(fac.page, 'talk-time dashboard');
  await shoot(fac.page, 'facilitator-dashboard');
  for (const [label, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    await fac.page.setViewportSize(size);
    await fac.page.locator('.talk-dashboard').screenshot({ path: `${SHOTS}/dashboard-panel-${label}.png` });
  }

  // The member's screen: no talk time at all.
  await expect(ann.page.getByText('You are here as Ann')).toBeVisible();
  await expect(ann.page.getByText(/talk time|talking|balance|fair share/i)).toHaveCount(0);
  await expect(ann.page.getByRole('region', { name: 'How the group shares the talking' })).toHaveCount(0);
  await shoot(ann.page, 'member-not-shared');

  // Shared: the whole-group view, with no names in it.
  // The switch shows the server's state once acknowledged, so click and wait rather than check().
  const share = fac.page.getByRole('switch', { name: 'Share group view with everyone' });
  await share.click();
  await expect(share).toBeChecked();
  const group = ann.page.getByRole('region', { name: 'How the group shares the talking' });
  await expect(group).toBeVisible();
  // Issue 18: kind words only, no bars a talkative member could recognise as theirs.
  await expect(group.getByTestId('group-balance-words')).not.toBeEmpty();
  await expect(group.getByRole('listitem')).toHaveCount(0);
  await expect(group).not.toContainText(/Ann|Bo|Cy|%/);
  await expectAccessible(ann.page, 'member group view');
  await shoot(ann.page, 'member-group-view');
  await shoot(fac.page, 'facilitator-shared');

  await share.click();
  await expect(share).not.toBeChecked();
  await expect(group).toBeHidden();
});
