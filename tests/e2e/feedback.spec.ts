import type { Page } from '@playwright/test';
import { expect, expectAccessible, screensDir, shootWidths, test } from './fixtures';
import { shootBoth } from './in-the-room';

const SHOTS = screensDir('feedback');
const shoot = (page: Page, name: string) => shootWidths(page, SHOTS, name);

test('hot seat: Ann opens to feedback, two members write, one item is held back, all see the approved one and Ann\'s mark', async ({ actors }) => {
  // Four people, six accessibility checks and screenshots at two widths: longer than the default.
  test.setTimeout(270_000);
  const fac = await actors.facilitator({ groupName: 'Tuesday group', name: 'Dr Rivera' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const cy = await actors.member(fac.joinCode, 'Cy');
  const members = [ann, bo, cy];
  const everyone = [fac, ...members];

  // The facilitator starts a named hot-seat round on Ann with the ready template.
  const panel = fac.page.getByRole('region', { name: 'Feedback round' });
  await panel.getByRole('radio', { name: 'Hot seat' }).check();
  await panel.getByLabel('In the hot seat').selectOption({ label: 'Ann' });
  await panel.getByRole('radio', { name: 'When you… / I felt… / I wonder…' }).check();
  await panel.getByRole('radio', { name: 'Named' }).check();
  await shoot(fac.page, 'facilitator-start');
  await expectAccessible(fac.page, 'feedback: start form');
  await panel.getByRole('button', { name: 'Start feedback round' }).click();

  // Ann is asked first; the others wait.
  await expect(ann.page.getByText('Are you open to feedback now?')).toBeVisible();
  await expect(bo.page.getByText('The facilitator has asked someone whether they are open to feedback now.', { exact: false })).toBeVisible();
  await expect(panel.getByText('Waiting for Ann to say whether they are open to feedback now.')).toBeVisible();
  await shoot(ann.page, 'focus-prompt');
  await expectAccessible(ann.page, 'feedback: hot-seat prompt');
  await ann.page.getByRole('button', { name: 'Open to feedback now' }).click();
  await expect(ann.page.getByText('The group is writing feedback for you.')).toBeVisible();

  // Bo writes; his draft is saved on the server and survives a reload.
  await bo.page.getByLabel('When you…').fill('When you told us about your week');
  await expect(bo.page.getByText('32 of 500 characters')).toBeVisible();
  await expect(bo.page.getByText('Draft saved')).toBeVisible();
  await bo.page.reload();
  await expect(bo.page.getByLabel('When you…')).toHaveValue('When you told us about your week');
  await bo.page.getByLabel('I felt…').fill('I felt close to you');
  await bo.page.getByLabel('I wonder…').fill('I wonder what helped');
  await shoot(bo.page, 'member-composer');
  await expectAccessible(bo.page, 'feedback: composer');
  await bo.page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(bo.page.getByText('Your feedback is in. Thank you.')).toBeVisible();
  await expect(panel.getByTestId('fb-writing-progress')).toHaveText('1 of 2 have sent · still writing: Cy');
  await panel.getByTestId('fb-writing-progress').scrollIntoViewIfNeeded();
  await shootBoth(fac.page, 'feedback-still-writing');

  await cy.page.getByLabel('When you…').fill('When you looked away');
  await cy.page.getByLabel('I felt…').fill('I felt shut out');
  await cy.page.getByRole('button', { name: 'Send feedback' }).click();
  for (const a of members) await expect(a.page.getByText('2 items are in so far.', { exact: false })).toBeVisible();
  await expect(panel.getByText('2 items are in.')).toBeVisible();
  // Issue 18: "2 of 2 have sent" (Ann is in the hot seat, so not asked to write).
  await expect(panel.getByTestId('fb-writing-progress')).toHaveText('2 of 2 have sent');
  // Nobody else sees the words before they are shared.
  for (const a of [ann, cy]) await expect(a.page.getByText('I felt close to you')).toHaveCount(0);

  // The facilitator holds Cy's item back with a note, approves Bo's, and shares.
  await expect(panel.getByRole('button', { name: 'Share approved feedback with everyone' })).toBeDisabled();
  const cyItem = panel.getByRole('listitem').filter({ hasText: 'from Cy' });
  // Issue 18: the private note folds away until wanted.
  await cyItem.getByRole('button', { name: 'Add a private note to the writer' }).click();
  await cyItem.getByLabel('Private note to the writer if held back (optional)').fill("Let's talk about this one after group.");
  await shoot(fac.page, 'facilitator-screening');
  await expectAccessible(fac.page, 'feedback: screening');
  await panel.getByRole('button', { name: /^Hold back item \d \(from Cy\)$/ }).click();
  await panel.getByRole('button', { name: /^Approve item \d \(from Bo\)$/ }).click();
  await expect(cy.page.getByText("Let's talk about this one after group.")).toBeVisible();
  await panel.getByRole('button', { name: 'Share approved feedback with everyone' }).click();

  // Every screen shows the same approved item, from Bo, and not Cy's.
  for (const a of everyone) {
    const forAnn = a.page.getByRole('region', { name: 'Shared feedback for Ann', exact: true });
    await expect(forAnn.getByText('From Bo')).toBeVisible();
    await expect(forAnn.getByText('I felt close to you')).toBeVisible();
    await expect(forAnn.getByRole('listitem')).toHaveCount(1);
    await expect(forAnn.getByText('I felt shut out')).toHaveCount(0);
  }
  await expect(ann.page.getByText('I felt shut out')).toHaveCount(0);
  await expect(bo.page.getByText('I felt shut out')).toHaveCount(0);
  await expect(bo.page.getByText("Let's talk about this one")).toHaveCount(0);

  // Ann marks it. Only Ann has the button. Issue 18: her mark stays hers until she chooses to show it; then everyone sees it.
  await expect(bo.page.getByRole('button', { name: 'Resonates with me' })).toHaveCount(0);
  await ann.page.getByRole('button', { name: 'Resonates with me' }).click();
  await expect(ann.page.getByRole('button', { name: 'Resonates with me' })).toHaveAttribute('aria-pressed', 'true');
  await expect(bo.page.getByText('Resonates with Ann')).toHaveCount(0);
  const showMarks = ann.page.getByRole('switch', { name: 'Show the group what resonated with me' });
  await expect(showMarks).not.toBeChecked();
  await showMarks.click();
  await expect(showMarks).toBeChecked();
  for (const a of [fac, bo, cy]) await expect(a.page.getByText('Resonates with Ann')).toBeVisible();

  for (const [a, name] of [[ann, 'revealed-focus'], [bo, 'revealed-member'], [cy, 'revealed-heldback-writer'], [fac, 'revealed-facilitator']] as const) {
    await shoot(a.page, name);
  }
  await expectAccessible(ann.page, 'feedback: revealed (recipient)');
  await expectAccessible(fac.page, 'feedback: revealed (console)');

  // Reading aloud runs as the turn-taking go-around: Ann, Bo, Cy in roster order.
  await panel.getByRole('button', { name: 'Read aloud as a go-around' }).click();
  for (const a of everyone) await expect(a.page.getByTestId('round-progress')).toContainText('Go-around: 1 of 3');
  await expect(ann.page.getByTestId('floor-status')).toContainText('It’s your turn.');
  await expect(panel.getByRole('button', { name: 'Read aloud as a go-around' })).toBeDisabled();

  // The grid counts Bo → Ann once.
  await fac.page.getByRole('button', { name: 'End feedback round' }).click();
  await fac.page.getByRole('dialog', { name: 'End this feedback round?' }).getByRole('button', { name: 'End feedback round' }).click();
  const grid = panel.getByRole('table');
  await expect(grid.getByRole('row', { name: /^Bo/ }).getByRole('cell').nth(0)).toHaveText('1');
  await expect(panel.getByText('Not yet received feedback: Bo, Cy.')).toBeVisible();
  await shoot(fac.page, 'facilitator-grid');
  await expectAccessible(fac.page, 'feedback: grid');
  for (const a of members) await expect(a.page.getByRole('region', { name: 'Shared feedback for Ann', exact: true })).toHaveCount(0);
});

test('member to member, anonymous: the giver picks a recipient, nobody sees who wrote it, the grid counts it as anonymous', async ({ actors }) => {
  test.setTimeout(225_000);
  const fac = await actors.facilitator({ groupName: 'Thursday group', name: 'Dr Rivera' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const panel = fac.page.getByRole('region', { name: 'Feedback round' });
  await panel.getByRole('radio', { name: 'Member to member' }).check();
  await panel.getByRole('radio', { name: "I appreciate… / I'd like more of…" }).check();
  await panel.getByRole('radio', { name: /^Anonymous/ }).check();
  await panel.getByLabel('Time to write').selectOption({ label: '5 minutes (a guide; nobody is cut off)' });
  await panel.getByRole('button', { name: 'Start feedback round' }).click();

  await expect(ann.page.getByText('Anonymous: nobody sees who wrote an item, facilitators included.')).toBeVisible();
  await expect(ann.page.getByRole('region', { name: 'Feedback, member to member' }).getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  await expect(ann.page.getByRole('button', { name: 'Send feedback' })).toBeDisabled();
  await ann.page.getByLabel('Feedback for').selectOption({ label: 'Bo' });
  await ann.page.getByLabel('I appreciate…').fill('How you make room for others');
  await shoot(ann.page, 'pairs-composer');
  await expectAccessible(ann.page, 'feedback: member-to-member composer');
  await ann.page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(ann.page.getByText('You have written to everyone in the group this round.')).toBeVisible();

  await expect(panel.getByText('Item 1: from anonymous, to Bo')).toBeVisible();
  await panel.getByRole('button', { name: 'Approve item 1 (from anonymous)' }).click();
  await panel.getByRole('button', { name: 'Share approved feedback with everyone' }).click();

  const forBo = bo.page.getByRole('region', { name: 'Shared feedback for Bo', exact: true });
  await expect(forBo.getByText('From anonymous')).toBeVisible();
  await expect(forBo.getByText('How you make room for others')).toBeVisible();
  await expect(ann.page.getByText('From anonymous (yours: only you can see that)')).toBeVisible();
  await expect(fac.page.getByText('From anonymous', { exact: true })).toBeVisible();
  await shoot(bo.page, 'pairs-revealed-recipient');

  await fac.page.getByRole('button', { name: 'End feedback round' }).click();
  await fac.page.getByRole('dialog', { name: 'End this feedback round?' }).getByRole('button', { name: 'End feedback round' }).click();
  const anonRow = panel.getByRole('table').getByRole('row', { name: /^Anonymous/ });
  await expect(anonRow.getByRole('cell')).toHaveText(['0', '1']);
});
