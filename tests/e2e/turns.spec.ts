import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screensDir, shootWidths, test } from './fixtures';
import type { Actor } from './fixtures';

/** The raised hands, in order, as one person's screen lists them. */
const queueNames = (page: Page) => page.getByRole('list', { name: 'Raised hands' }).locator('.person-name');
const announcer = (page: Page) => page.getByTestId('turn-announcer');
const floor = (page: Page) => page.getByTestId('floor-status');

test('hands, the floor, "I\'m done", and a go-around with a pass and its revisit', async ({ actors }) => {
  // Four people's browsers and four accessibility scans on two shared cores: allow it the time.
  test.slow();
  const fac = await actors.facilitator({ groupName: 'Tuesday group', name: 'Dr Rivera' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const cy = await actors.member(fac.joinCode, 'Cy');
  const everyone: Actor[] = [fac, ann, bo, cy];
  const members = [ann, bo, cy];
  for (const m of members) await expect(m.page.getByRole('button', { name: 'Raise hand' })).toBeVisible();
  await expectAccessible(ann.page, 'member turns');

  // Bo raises a hand with the button, Ann with the keyboard shortcut; every screen shows the same order.
  await bo.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(bo.page.getByRole('button', { name: 'Lower hand' })).toBeVisible();
  await ann.page.keyboard.press('h');
  await expect(ann.page.getByRole('button', { name: 'Lower hand' })).toBeVisible();
  for (const a of everyone) await expect(queueNames(a.page)).toHaveText(['Bo', 'Ann']);
  await expect(ann.page.getByText('You are 2nd in the queue.')).toBeVisible();
  await expect(bo.page.locator('.you-next')).toHaveText('You’re next.');
  await expect(announcer(bo.page)).toHaveText('You’re next.');
  await expectAccessible(fac.page, 'console with a queue');

  // The facilitator gives the floor to the next hand: Bo. Bo's screen says it is his turn; Ann is next.
  await fac.page.getByRole('button', { name: 'Give the floor to Bo' }).first().click();
  await expect(floor(bo.page)).toContainText('It’s your turn.');
  await expect(announcer(bo.page)).toHaveText('It’s your turn.');
  for (const a of [fac, ann, cy]) await expect(floor(a.page)).toContainText('Bo has the floor.');
  await expect(announcer(ann.page)).toHaveText('You’re next.');
  for (const a of everyone) await expect(queueNames(a.page)).toHaveText(['Ann']);
  await expectAccessible(bo.page, 'speaker');

  // "I'm done" ends Bo's turn; the facilitator gives the floor to Ann.
  await bo.page.getByRole('button', { name: 'I’m done' }).click();
  for (const a of everyone) await expect(floor(a.page)).toContainText('Nobody has the floor');
  await fac.page.getByRole('button', { name: 'Give the floor to Ann' }).first().click();
  await expect(floor(ann.page)).toContainText('It’s your turn.');
  await ann.page.getByRole('button', { name: 'I’m done' }).click();
  await expect(floor(fac.page)).toContainText('Nobody has the floor');

  // A go-around in roster order: Ann, Bo, Cy. Ann passes; Bo and Cy speak; Ann is asked again at the end.
  await fac.page.getByRole('button', { name: 'Start go-around' }).click();
  for (const a of everyone) await expect(a.page.getByTestId('round-progress')).toContainText('Go-around: 1 of 3');
  await expect(floor(ann.page)).toContainText('It’s your turn.');
  await expect(bo.page.getByTestId('round-progress')).toContainText('Next: you');
  await expectAccessible(fac.page, 'console in a go-around');
  await ann.page.getByRole('button', { name: 'Pass' }).click();
  await expect(floor(bo.page)).toContainText('It’s your turn.');
  for (const a of everyone) await expect(a.page.getByTestId('round-progress')).toContainText('2 of 3');
  await expect(fac.page.getByRole('list', { name: 'Go-around order' })).toContainText('passed, asked again at the end');
  await bo.page.getByRole('button', { name: 'I’m done' }).click();
  await expect(floor(cy.page)).toContainText('It’s your turn.');
  await expect(cy.page.getByTestId('round-progress')).toContainText('Next: Ann');
  await cy.page.getByRole('button', { name: 'I’m done' }).click();
  for (const a of everyone) await expect(a.page.getByTestId('round-progress')).toContainText('Back to those who passed: 1 of 1');
  await expect(floor(ann.page)).toContainText('It’s your turn.');
  // Issue 18: the revisit says one thing: this is the last time round, not "offered a turn again".
  await expect(ann.page.getByText(/This is the last time round/)).toBeVisible();
  await expect(ann.page.getByText(/offered a turn again/)).toHaveCount(0);
  await ann.page.getByRole('button', { name: 'I’m done' }).click();
  for (const a of everyone) {
    await expect(a.page.getByTestId('round-progress')).toHaveCount(0);
    await expect(floor(a.page)).toContainText('Nobody has the floor');
  }
});

test('a timed turn that runs over shows a calm cue in words', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Timed group' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  await fac.page.getByLabel('Turn length', { exact: true }).selectOption({ label: '1 minute' });
  await expect(fac.page.getByLabel('Turn length', { exact: true })).toHaveValue('60');
  await ann.page.clock.install();
  await fac.page.getByLabel('Give the floor to anyone').selectOption({ label: 'Ann' });
  await fac.page.getByRole('button', { name: 'Give floor', exact: true }).click();
  await expect(floor(ann.page)).toContainText('of 1:00');
  await ann.page.clock.fastForward('01:05');
  await expect(floor(ann.page)).toContainText('Over the 1:00 turn');
  await expectAccessible(ann.page, 'over time');
  await ann.page.screenshot({ path: path.join(screensDir('turns'), 'member-over-time-phone.png'), fullPage: true });
});

test('the facilitator reorders, lowers hands and gives the floor to anyone', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Queue group' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  await ann.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(queueNames(fac.page)).toHaveText(['Ann']);
  await bo.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(queueNames(fac.page)).toHaveText(['Ann', 'Bo']);

  await fac.page.getByRole('button', { name: 'Move Bo up' }).click();
  for (const a of [fac, ann, bo]) await expect(queueNames(a.page)).toHaveText(['Bo', 'Ann']);
  await expect(ann.page.getByText('You are 2nd in the queue.')).toBeVisible();

  await fac.page.getByRole('button', { name: 'Lower Bo’s hand' }).click();
  await expect(bo.page.getByRole('button', { name: 'Raise hand' })).toBeVisible();
  await expect(queueNames(ann.page)).toHaveText(['Ann']);

  await fac.page.getByRole('switch', { name: /Balanced queue/ }).click();
  await expect(fac.page.getByRole('switch', { name: /Balanced queue/ })).toBeChecked();

  // Anyone in the room, the facilitator included.
  await fac.page.getByLabel('Give the floor to anyone').selectOption({ label: 'Bo' });
  await fac.page.getByRole('button', { name: 'Give floor', exact: true }).click();
  await expect(floor(bo.page)).toContainText('It’s your turn.');
  await fac.page.getByRole('button', { name: 'Take back the floor' }).click();
  await expect(floor(bo.page)).toContainText('Nobody has the floor');
  await fac.page.getByRole('button', { name: 'Lower Ann’s hand' }).click();
  for (const a of [fac, ann, bo]) await expect(a.page.getByText('No hands are raised.')).toBeVisible();
});

/** Screenshots of each role at phone and desktop widths, for people to look at: test-results/screens/, or SHOTS_DIR. */
test('screenshots of turn-taking', async ({ actors }) => {
  const dir = screensDir('turns');
  const shoot = (page: Page, name: string) => shootWidths(page, dir, name);
  /** One panel, close up, at phone width: where crowding shows first. */
  const shootPanel = async (page: Page, region: string, name: string) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('region', { name: region }).screenshot({ path: path.join(dir, `${name}-panel-phone.png`) });
  };
  const fac = await actors.facilitator({ groupName: 'Tuesday evening group', name: 'Dr Rivera' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const alex = await actors.member(fac.joinCode, 'Alexandra-Louise');
  await shoot(ann.page, 'member-idle');
  await bo.page.getByRole('button', { name: 'Raise hand' }).click();
  await alex.page.getByRole('button', { name: 'Raise hand' }).click();
  await ann.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(queueNames(fac.page)).toHaveText(['Bo', 'Alexandra-Louise', 'Ann']);
  await fac.page.getByLabel('Turn length', { exact: true }).selectOption({ label: '2 minutes' });
  await expect(fac.page.getByLabel('Turn length', { exact: true })).toHaveValue('120');
  await shoot(fac.page, 'console-queue');
  await shoot(ann.page, 'member-queued');
  await fac.page.getByRole('button', { name: 'Give the floor to Bo' }).first().click();
  await expect(floor(bo.page)).toContainText('It’s your turn.');
  await shoot(bo.page, 'member-speaking');
  await shoot(alex.page, 'member-next');
  await shoot(fac.page, 'console-floor');
  await shootPanel(fac.page, 'Turns', 'console-floor');
  await fac.page.getByRole('button', { name: 'Take back the floor' }).click();
  await fac.page.getByRole('radio', { name: 'Shuffled' }).check();
  await fac.page.getByRole('button', { name: 'Start go-around' }).click();
  await expect(fac.page.getByTestId('round-progress')).toContainText('1 of 3');
  await shoot(fac.page, 'console-goaround');
  await shootPanel(fac.page, 'Go-around', 'console-goaround');
  for (const m of [ann, bo, alex]) {
    if (await m.page.getByRole('button', { name: 'Pass' }).isVisible()) {
      await shoot(m.page, 'member-goaround-turn');
      await m.page.getByRole('button', { name: 'Pass' }).click();
      break;
    }
  }
  await expect(fac.page.getByTestId('round-progress')).toContainText('2 of 3');
  await shoot(fac.page, 'console-goaround-pass');
});
