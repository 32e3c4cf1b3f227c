import { expect, expectAccessible, test } from './fixtures';
import { LAPTOP, SMALL_PHONE, shootBoth } from './in-the-room';

test('"I need a moment" reaches the facilitators on the first tap, and stays in reach during a break, with Leave', async ({ actors }) => {
  const fac = await actors.facilitator();
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  await ann.page.setViewportSize(SMALL_PHONE);
  await fac.page.setViewportSize(LAPTOP);

  await fac.page.getByRole('button', { name: 'Start break' }).click();
  const breakScreen = ann.page.getByRole('dialog', { name: 'Break' });
  await expect(breakScreen).toBeVisible();
  await expect(breakScreen.getByRole('button', { name: 'I need a moment' })).toBeVisible();
  await expect(breakScreen.getByRole('button', { name: 'Leave session' })).toBeVisible();
  await expectAccessible(ann.page, 'break screen with member controls');
  await shootBoth(ann.page, 'break-screen-member');

  // One tap: it is sent, and the facilitators see it at once.
  await breakScreen.getByRole('button', { name: 'I need a moment' }).click();
  await expect(breakScreen.getByText(/Sent at .*Only the facilitators see it/)).toBeFocused();
  await fac.page.getByRole('button', { name: 'Back to the console' }).click();
  await expect(fac.page.getByRole('heading', { name: 'Someone needs a moment' })).toBeVisible();
  await expect(fac.page.getByText(/Ann/).first()).toBeVisible();

  // Words can follow, still on the break screen.
  await breakScreen.getByLabel(/Anything you would like them to know/).fill('Can we talk after?');
  await breakScreen.getByRole('button', { name: 'Add these words' }).click();
  await expect(fac.page.getByText('“Can we talk after?”')).toBeVisible();
  await expectAccessible(ann.page, 'break screen after the signal');
  await shootBoth(ann.page, 'break-screen-signal-sent');
  await expect(bo.page.getByText('Can we talk after?')).toHaveCount(0);

  // Bo leaves during the break.
  await bo.page.getByRole('dialog', { name: 'Break' }).getByRole('button', { name: 'Leave session' }).click();
  await bo.page.getByRole('dialog', { name: 'Leave this session?' }).getByRole('button', { name: 'Leave session' }).click();
  await expect(bo.page.getByRole('heading', { name: 'You left the session' })).toBeVisible();
});
