import { expect, expectAccessible, rosterNames, test } from './fixtures';

test('a session from start to end: join, roster, break, remove, end', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Tuesday group', name: 'Dr Rivera' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const everyone = [fac, ann, bo];

  // The rosters match on all three screens, in arrival order, with presence in words.
  for (const a of everyone) {
    await expect(rosterNames(a.page)).toHaveText(['Dr Rivera', 'Ann', 'Bo']);
    await expect(a.page.getByRole('list', { name: 'People in this session' }).getByText('here')).toHaveCount(3);
  }
  await expectAccessible(fac.page, 'facilitator console');
  await expectAccessible(ann.page, 'member view');

  // A break: the overlay with its countdown appears for everyone.
  await fac.page.getByRole('radio', { name: '5 minutes', exact: true }).check();
  await fac.page.getByRole('button', { name: 'Start break' }).click();
  for (const a of everyone) {
    const overlay = a.page.getByRole('dialog', { name: 'Break' });
    await expect(overlay).toBeVisible();
    await expect(overlay.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  }
  await expect(ann.page.getByRole('button', { name: 'End break now' })).toHaveCount(0);
  await expectAccessible(ann.page, 'break overlay');
  // The facilitator can fold the break screen away to use the console, and end the break from the bar.
  await fac.page.getByRole('button', { name: 'Back to the console' }).click();
  await expect(fac.page.getByRole('dialog', { name: 'Break' })).toBeHidden();
  await expect(ann.page.getByRole('dialog', { name: 'Break' })).toBeVisible();
  await fac.page.getByRole('complementary', { name: 'Break' }).getByRole('button', { name: 'End break now' }).click();
  for (const a of everyone) await expect(a.page.getByRole('dialog', { name: 'Break' })).toBeHidden();

  // Remove Bo: a confirmation, then Bo sees it and leaves every roster.
  await fac.page.getByRole('button', { name: 'Remove Bo' }).click();
  await fac.page.getByRole('dialog', { name: 'Remove Bo?' }).getByRole('button', { name: 'Remove Bo' }).click();
  await expect(bo.page.getByRole('heading', { name: 'You were removed from this session' })).toBeVisible();
  await expect(rosterNames(fac.page)).toHaveText(['Dr Rivera', 'Ann']);
  await expect(rosterNames(ann.page)).toHaveText(['Dr Rivera', 'Ann']);
  // The same link does not let Bo back in.
  await bo.page.reload();
  await expect(bo.page.getByRole('heading', { name: 'You are no longer part of this session' })).toBeVisible();

  // End the session: members' screens say so; the facilitator lands on its summary.
  await fac.page.getByRole('button', { name: 'End session' }).click();
  await fac.page.getByRole('dialog', { name: 'End the session for everyone?' }).getByRole('button', { name: 'End session' }).click();
  await expect(fac.page.getByRole('heading', { level: 1, name: /: summary$/ })).toBeVisible();
  await expect(ann.page.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
});

test('waiting room: the facilitator admits one person and turns another away', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Thursday group', waitingRoom: true });
  const cy = await actors.member(fac.joinCode, 'Cy');
  const di = await actors.member(fac.joinCode, 'Di');
  await expect(cy.page.getByRole('heading', { name: 'You are in the waiting room' })).toBeVisible();
  await expect(di.page.getByRole('heading', { name: 'You are in the waiting room' })).toBeVisible();

  const waiting = fac.page.getByRole('list', { name: 'People waiting' });
  await expect(waiting.getByRole('listitem')).toHaveCount(2);
  // Issue 18: the same Admit is also in the alert at the top of the console; this test uses the waiting list.
  await waiting.getByRole('button', { name: 'Admit Cy' }).click();
  await fac.page.getByRole('button', { name: 'Turn away Di' }).click();

  await expect(cy.page.getByText('You are here as Cy')).toBeVisible();
  await expect(rosterNames(cy.page)).toHaveText([fac.name, 'Cy']);
  await expect(di.page.getByRole('heading', { name: 'You were not admitted to this session' })).toBeVisible();
  await expect(fac.page.getByText('Nobody is waiting.')).toBeVisible();
  await expect(rosterNames(fac.page)).toHaveText([fac.name, 'Cy']);

  // Turning the waiting room off lets the next person straight in.
  // The switch follows the server's state, so it flips when the change is acknowledged.
  const toggle = fac.page.getByRole('switch', { name: /Waiting room/ });
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  const ed = await actors.member(fac.joinCode, 'Ed');
  await expect(ed.page.getByText('You are here as Ed')).toBeVisible();

  // Ed leaves: a confirmation, a calm goodbye, and the roster says "left".
  await ed.page.getByRole('button', { name: 'Leave session' }).click();
  await ed.page.getByRole('dialog', { name: 'Leave this session?' }).getByRole('button', { name: 'Leave session' }).click();
  await expect(ed.page.getByRole('heading', { name: 'You left the session' })).toBeVisible();
  await expect(fac.page.getByRole('list', { name: 'People in this session' }).getByRole('listitem').filter({ hasText: 'Ed' })).toContainText('left');
});

test('reload and a co-facilitator: the same people come back without joining again', async ({ actors, browser }) => {
  const fac = await actors.facilitator({ groupName: 'Monday group' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const cory = await actors.cofacilitator(fac.coFacilitatorLink, 'Cory');
  await expect(rosterNames(cory.page)).toHaveText([fac.name, 'Ann', 'Cory']);
  // The co-facilitator has the controls.
  await expect(cory.page.getByRole('button', { name: 'Remove Ann' })).toBeVisible();

  // No secrets stay in the address bar.
  expect(new URL(fac.page.url()).hash).toBe('');
  expect(new URL(cory.page.url()).hash).toBe('');

  await ann.page.reload();
  await expect(ann.page.getByText('You are here as Ann')).toBeVisible();
  // Opening the invite link again (tab closed) returns the same person, with no second join.
  await ann.page.goto(`/join/${fac.joinCode}`);
  await expect(ann.page.getByText('You are here as Ann')).toBeVisible();
  await fac.page.reload();
  await expect(fac.page.getByText('Facilitator console')).toBeVisible();
  for (const a of [fac, ann, cory]) {
    await expect(rosterNames(a.page)).toHaveText([fac.name, 'Ann', 'Cory']);
    await expect(a.page.getByRole('list', { name: 'People in this session' }).getByText('here')).toHaveCount(3);
  }

  // The facilitator's private link brings them back on another device, and its secret leaves the address bar.
  await fac.page.getByRole('button', { name: 'Show my private link' }).click();
  const privateLink = await fac.page.getByRole('textbox', { name: 'My private facilitator link' }).inputValue();
  const laptop = await browser.newContext();
  try {
    const page = await laptop.newPage();
    await page.goto(privateLink);
    await expect(page.getByText(`you are ${fac.name} (facilitator)`)).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    // This device never saw the co-facilitator link: it can make a new one.
    await page.getByRole('button', { name: 'Make a co-facilitator link' }).click();
    await expect(page.getByTestId('cofacilitator-link')).toHaveValue(/\/co\/.+#invite=/);
  } finally {
    await laptop.close();
  }
});

test('the start and join pages are accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start a group session' })).toBeVisible();
  await expectAccessible(page, 'home page');
  await page.goto('/join/ZZZZZZ');
  await expect(page.getByText('No open session has that code')).toBeVisible();
  await expectAccessible(page, 'join page with a wrong code');
});

test('losing the network shows "Reconnecting…" and comes back as the same person', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Friday group' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const annRow = fac.page.getByRole('list', { name: 'People in this session' }).getByRole('listitem').filter({ hasText: 'Ann' });
  await expect(annRow).toContainText('here');

  await ann.context.setOffline(true);
  await expect(ann.page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible();
  await expect(annRow).toContainText('reconnecting');

  await ann.context.setOffline(false);
  await expect(ann.page.getByText('Reconnecting…')).toBeHidden();
  await expect(annRow).toContainText('here');
  await expect(rosterNames(fac.page)).toHaveText([fac.name, 'Ann']);
});
