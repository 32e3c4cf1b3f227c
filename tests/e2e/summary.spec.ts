import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Actor } from './fixtures';
import { expect, expectAccessible, screensDir, shootWidths, test } from './fixtures';

const SHOTS = screensDir('summary');
const shoot = (page: Page, name: string) => shootWidths(page, SHOTS, name);

// Four people, two sessions, axe and screenshots on two shared cores.
test.describe.configure({ timeout: 270_000 });

const checkinCard = (a: Actor) => a.page.getByRole('region', { name: 'Anonymous check-in' });

async function endSession(fac: Actor) {
  await fac.page.getByRole('button', { name: 'End session' }).click();
  await fac.page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
}

test('end a session, read its summary, download a CSV, start the next session and see both in the trend', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Tuesday group' });
  const members = [await actors.member(fac.joinCode, 'Ann'), await actors.member(fac.joinCode, 'Bo'), await actors.member(fac.joinCode, 'Cy')];
  const [ann, bo] = members as [Actor, Actor, Actor];

  // A check-in, answered by all three and revealed.
  const panel = checkinCard(fac);
  await panel.getByRole('button', { name: 'Start check-in' }).click();
  for (const [i, m] of members.entries()) {
    await checkinCard(m).getByRole('radio', { name: String(4 + i * 2), exact: true }).check();
    await checkinCard(m).getByRole('button', { name: 'Send my answer' }).click();
    await expect(checkinCard(m).getByText(/Your answer was received/)).toBeVisible();
  }
  await expect(fac.page.getByTestId('checkin-progress')).toHaveText('3 of 3 answered');
  await panel.getByRole('button', { name: 'Show results to everyone' }).click();
  await expect(fac.page.getByTestId('checkin-results')).toContainText('Average6');
  await panel.getByRole('button', { name: 'Close check-in' }).click();

  // A turn: Bo raises a hand, gets the floor, and is done.
  await bo.page.getByRole('button', { name: 'Raise hand' }).click();
  await fac.page.getByRole('button', { name: 'Give the floor to Bo' }).first().click();
  await bo.page.getByRole('button', { name: 'I’m done' }).click();
  await expect(bo.page.getByRole('button', { name: 'Raise hand' })).toBeVisible();

  // End: the facilitator lands on the summary; members see only the closing screen.
  await endSession(fac);
  await expect(fac.page).toHaveURL(new RegExp(`/s/${fac.sessionId}/summary$`));
  await expect(fac.page.getByRole('heading', { level: 1, name: 'Tuesday group: summary' })).toBeVisible();
  for (const m of members) await expect(m.page.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
  await expect(ann.page.getByText('Attendance')).toHaveCount(0);

  const attendance = fac.page.getByRole('region', { name: 'Attendance' });
  await expect(attendance).toContainText('3 members attended.');
  for (const name of ['Ann', 'Bo', 'Cy']) await expect(attendance.getByRole('rowheader', { name })).toBeVisible();
  await expect(fac.page.getByRole('region', { name: 'Turns' })).toContainText('1 turn was taken on the floor.');
  const talk = fac.page.getByRole('region', { name: 'Talk time' });
  await expect(talk).toContainText(/Balance index \d\.\d\d/);
  await expect(talk.getByRole('row', { name: /^Bo / })).toContainText('100%');
  await expect(fac.page.getByRole('region', { name: 'Check-ins' }).getByTestId('checkin-results')).toContainText('Average6');
  await expect(fac.page.getByRole('region', { name: 'Timeline' })).toContainText('Check-in results shown');
  await expectAccessible(fac.page, 'summary');
  await shoot(fac.page, 'summary');
  // The print stylesheet: no buttons, no site header, the sections only.
  await fac.page.emulateMedia({ media: 'print' });
  await expect(fac.page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await fac.page.screenshot({ path: `${SHOTS}/summary-print.png`, fullPage: true });
  await fac.page.emulateMedia({ media: 'screen' });
  await shoot(ann.page, 'member-closing');

  // The CSV arrives through fetch with the bearer header, saved from a Blob URL.
  const [download] = await Promise.all([fac.page.waitForEvent('download'), fac.page.getByRole('button', { name: 'Download attendance (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^attune-\d{4}-\d\d-\d\d-attendance\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('name,role,joined,left,minutes,removed');
  for (const name of ['Ann', 'Bo', 'Cy']) expect(csv).toContain(`${name},member,`);
  await expect(fac.page.getByText('attendance CSV downloaded.')).toBeVisible();

  // The group page: one session, then the next one for the same group.
  await fac.page.getByRole('link', { name: 'Group history and the next session' }).click();
  await expect(fac.page.getByRole('heading', { level: 1, name: 'Tuesday group' })).toBeVisible();
  await expect(fac.page.getByTestId('group-sessions').getByRole('row')).toHaveCount(2);
  await expect(fac.page.getByText('Last time: Ann, Bo, Cy.')).toBeVisible();
  await fac.page.getByRole('button', { name: 'Start the next session' }).click();
  await expect(fac.page.getByText('The next session is ready.')).toBeVisible();
  // Issue 18: every link has a Copy button, and the code reads as everywhere else (ABC-DEF).
  await expect(fac.page.getByText(/The next session is ready\. Join code [A-Z0-9]{3}-[A-Z0-9]{3}\./)).toBeVisible();
  await expect(fac.page.getByRole('textbox', { name: 'Ann' })).toHaveValue(/#name=Ann$/);
  for (const label of ['Member invite link', 'Co-facilitator invite link', 'Ann', 'Bo', 'Cy']) {
    await expect(fac.page.getByRole('button', { name: `Copy: ${label}`, exact: true })).toBeVisible();
  }
  await expectAccessible(fac.page, 'group page with the next session ready');
  await fac.page.getByRole('button', { name: 'Open the new session' }).click();
  await expect(fac.page.getByRole('heading', { level: 1, name: 'Tuesday group' })).toBeVisible();
  const code2 = (await fac.page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
  expect(code2).not.toBe(fac.joinCode);

  // Ann comes back for the second session, then it ends.
  const ann2 = await actors.member(code2, 'Ann');
  await expect(ann2.page.getByText('You are here as Ann')).toBeVisible();
  await endSession(fac);
  await expect(fac.page.getByRole('heading', { level: 1, name: 'Tuesday group: summary' })).toBeVisible();
  await expect(fac.page.getByRole('region', { name: 'Attendance' })).toContainText('1 member attended.');

  await fac.page.getByRole('link', { name: 'Group history and the next session' }).click();
  await expect(fac.page.getByTestId('group-sessions').getByRole('row')).toHaveCount(3);
  const trend = fac.page.getByRole('figure', { name: 'Members attending' });
  await expect(trend.getByRole('row')).toHaveCount(3);
  await expect(trend.getByRole('img')).toHaveAttribute('aria-label', /Members attending\. .*: 3; .*: 1/);
  await expectAccessible(fac.page, 'group page');
  await shoot(fac.page, 'group');
});
