import { expect, expectAccessible, test } from './fixtures';
import { LAPTOP, SMALL_PHONE, countSounds, shootBoth, soundsPlayed } from './in-the-room';

test('an arrival in the waiting room shows at the top of every staff screen, in the tab title, and with a sound if wanted', async ({ actors }) => {
  const fac = await actors.facilitator({ waitingRoom: true });
  const cory = await actors.cofacilitator(fac.coFacilitatorLink, 'Cory');
  await countSounds(fac.page);
  await fac.page.setViewportSize(LAPTOP);
  await fac.page.reload();
  await expect(fac.page.getByRole('heading', { level: 1, name: 'Tuesday group' })).toBeVisible();

  // The sound is off until a facilitator wants it; the choice stays on this device.
  const sound = fac.page.getByLabel(/Play a soft sound when someone arrives/);
  await expect(sound).not.toBeChecked();
  await sound.check();
  await fac.page.reload();
  await expect(fac.page.getByLabel(/Play a soft sound when someone arrives/)).toBeChecked();
  const before = await soundsPlayed(fac.page);
  await expect(fac.page).toHaveTitle('Tuesday group · Attune');

  await actors.member(fac.joinCode, 'Ann');
  for (const staff of [fac.page, cory.page]) {
    const alert = staff.getByTestId('waiting-alert');
    await expect(alert.getByRole('heading', { name: 'Someone is waiting to come in' })).toBeInViewport();
    await expect(alert.getByText('Ann is in the waiting room')).toBeVisible();
    await expect(staff).toHaveTitle('(1) waiting · Tuesday group · Attune');
  }
  await expect.poll(() => soundsPlayed(fac.page)).toBeGreaterThan(before);
  // Cory never turned the sound on: only the banner and the title.
  await expect(cory.page.getByLabel(/Play a soft sound when someone arrives/)).not.toBeChecked();
  await expectAccessible(fac.page, 'console with an arrival');
  await fac.page.setViewportSize(SMALL_PHONE);
  await expect(fac.page.getByRole('button', { name: 'Admit Ann' }).first()).toBeInViewport();
  await shootBoth(fac.page, 'waiting-alert');

  // "Not now" folds the alert on this screen only; Ann keeps waiting, in the People panel.
  await cory.page.getByRole('button', { name: /Not now: leave Ann waiting/ }).click();
  await expect(cory.page.getByTestId('waiting-alert')).toHaveCount(0);
  await expect(cory.page.getByTestId('waiting-entry')).toHaveText(/Ann/);
  await expect(cory.page).toHaveTitle('(1) waiting · Tuesday group · Attune');

  // A second arrival brings it back, counting both.
  await actors.member(fac.joinCode, 'Bo');
  await expect(fac.page).toHaveTitle('(2) waiting · Tuesday group · Attune');
  await expect(fac.page.getByRole('heading', { name: '2 people are waiting to come in' })).toBeVisible();
  await expect(cory.page.getByText('Bo is in the waiting room')).toBeVisible();

  await fac.page.getByTestId('waiting-alert').getByRole('button', { name: 'Admit Ann' }).click();
  await fac.page.getByTestId('waiting-alert').getByRole('button', { name: 'Admit Bo' }).click();
  await expect(fac.page.getByTestId('waiting-alert')).toHaveCount(0);
  await expect(fac.page).toHaveTitle('Tuesday group · Attune');
  await expect(cory.page).toHaveTitle('Tuesday group · Attune');
});
