import fs from 'node:fs';
import ICAL from 'ical.js';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { DESKTOP, PHONE, expect, expectAccessible, screensDir, shootWidths, test } from './fixtures';
import type { FacilitatorActor } from './fixtures';

const SHOTS = screensDir('programme');
test.describe.configure({ timeout: 300_000 });

/** Ends the session and goes from its summary (which says where it was in the series, if anywhere) to the group page. */
async function endSessionToGroupPage(fac: FacilitatorActor, place?: string) {
  await fac.page.getByRole('button', { name: 'End session' }).click();
  await fac.page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
  if (place) await expect(fac.page.getByTestId('summary-programme')).toHaveText(place);
  else await expect(fac.page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(fac.page.getByTestId('summary-programme')).toHaveCount(place ? 1 : 0);
  await fac.page.getByRole('link', { name: 'Group history and the next session' }).click();
  await expect(fac.page.getByRole('heading', { level: 2, name: 'Programme' })).toBeVisible();
}

/** One part of the screen at phone and desktop width, close up. */
async function shootPart(page: Page, part: Locator, name: string) {
  for (const [label, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    await page.setViewportSize(size);
    await part.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`) });
  }
}

/** The downloaded calendar, read by a well-kept iCalendar parser: its events' titles. */
async function calendarTitles(page: Page, button: string): Promise<string[]> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);
}

test("staff set the group's programme; the next session is 'Session 2 of 16' for staff and members; preparation is staff's alone", async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Tuesday group' });
  const ann = await actors.member(fac.joinCode, 'Ann');

  // Preparation ticks sit under Ann's name in the console, for staff only; they are kept.
  const prep = fac.page.getByRole('group', { name: 'Preparation of Ann' });
  await prep.getByLabel('Met individually').check();
  await prep.getByLabel('Goals written').check();
  await fac.page.reload();
  await expect(fac.page.getByRole('group', { name: 'Preparation of Ann' }).getByLabel('Met individually')).toBeChecked();
  await expect(fac.page.getByRole('group', { name: 'Preparation of Ann' }).getByLabel('Agreement read')).not.toBeChecked();
  await expect(ann.page.getByText('Met individually')).toHaveCount(0);
  await shootPart(fac.page, fac.page.locator('section', { has: fac.page.getByRole('heading', { name: 'Who is here' }) }), 'console-preparation');

  // The group page: the form starts from the defaults; a wrong sum of phases is refused in plain words.
  await endSessionToGroupPage(fac);
  const form = fac.page.getByTestId('programme-form');
  await expect(form.getByLabel('Number of sessions')).toHaveValue('16');
  await expect(form.getByLabel('Name of phase 2')).toHaveValue('Middle');
  await form.getByLabel('Date of the first session').fill('2026-09-01');
  await form.getByLabel('Time zone').fill('Europe/Madrid');
  await form.getByLabel('Sessions in phase 1').fill('4');
  await form.getByRole('button', { name: 'Save programme' }).click();
  await expect(form.getByText('The phases add up to 17 sessions; the programme has 16.')).toBeVisible();
  await form.getByLabel('Sessions in phase 1').fill('3');
  // Phases can be added and taken away; three stay.
  await form.getByRole('button', { name: 'Add a phase' }).click();
  await expect(form.getByLabel('Name of phase 4')).toBeVisible();
  await form.getByRole('button', { name: 'Remove phase 4' }).click();
  await expect(form.getByLabel('Name of phase 4')).toHaveCount(0);
  await form.getByLabel('Week to skip').fill('2026-09-08');
  await form.getByRole('button', { name: 'Skip this week' }).click();
  await form.getByRole('button', { name: 'Save programme' }).click();
  await expect(form.getByText(/Programme saved/)).toBeVisible();
  const plan = fac.page.getByTestId('programme-plan');
  await expect(plan.getByRole('row')).toHaveCount(17);
  // The skipped week moves session 2 to the 15th.
  await expect(plan.getByRole('row').nth(2)).toContainText('15');
  await expect(fac.page.getByTestId('programme-summary')).toContainText('Tuesday');
  await expectAccessible(fac.page, 'group page with programme');
  await shootPart(fac.page, fac.page.locator('section', { has: fac.page.getByRole('heading', { level: 2, name: 'Programme' }) }), 'group-page-programme');

  // Both calendars download and parse: one event per planned session.
  for (const button of ['Download the staff calendar (.ics)', "Download the members' calendar (.ics)"]) {
    const titles = await calendarTitles(fac.page, button);
    expect(titles).toHaveLength(16);
    expect(titles[0]).toBe('Tuesday group — Session 1 of 16');
  }

  // The next session takes its place in the programme.
  await fac.page.getByRole('button', { name: 'Start the next session' }).click();
  await fac.page.getByRole('button', { name: 'Open the new session' }).click();
  const place = fac.page.getByTestId('programme-place');
  await expect(place).toContainText('Session 2 of 16');
  await expect(place).toContainText('Phase: Beginning');
  await expect(place).toContainText('14 sessions left');
  await expect(place).toContainText("Members don't see the countdown yet.");

  const code = (await fac.page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
  const bo = await actors.member(code, 'Bo');
  const memberPlace = bo.page.getByTestId('programme-place');
  await expect(memberPlace).toContainText('Session 2 of 16');
  await expect(memberPlace).toContainText('Phase: Beginning');
  // Members see the countdown only from 4 sessions before the end.
  await expect(bo.page.getByText(/sessions? left/)).toHaveCount(0);
  await expect(bo.page.getByText(/Preparation|Met individually/)).toHaveCount(0);
  await expect(fac.page.getByRole('group', { name: 'Preparation of Bo' })).toBeVisible();
  await expectAccessible(fac.page, 'console with programme');
  await expectAccessible(bo.page, 'member view with programme');
  await shootWidths(fac.page, SHOTS, 'console', false);

  // Staff bring the countdown forward; from the next session on, members see it.
  await endSessionToGroupPage(fac, 'Session 2 of 16 · Phase: Beginning');
  await fac.page.getByTestId('programme-form').getByLabel('From this many sessions before the end').fill('13');
  await fac.page.getByRole('button', { name: 'Save programme' }).click();
  await expect(fac.page.getByText(/Programme saved/)).toBeVisible();
  await fac.page.getByRole('button', { name: 'Start the next session' }).click();
  await fac.page.getByRole('button', { name: 'Open the new session' }).click();
  await expect(fac.page.getByTestId('programme-place')).toContainText('Session 3 of 16');
  await expect(fac.page.getByTestId('programme-place')).not.toContainText("Members don't see the countdown yet.");
  const code3 = (await fac.page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
  const cy = await actors.member(code3, 'Cy');
  await expect(cy.page.getByTestId('programme-place')).toContainText('Session 3 of 16');
  await expect(cy.page.getByTestId('programme-left')).toHaveText('13 sessions left');
  await expectAccessible(cy.page, 'member view with the countdown');
  await shootWidths(cy.page, SHOTS, 'member', false);
});
