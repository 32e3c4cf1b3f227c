import type { Page } from '@playwright/test';
import { expect, screensDir, shootWidths, test } from './fixtures';

/** Screenshots of each screen at phone and desktop widths, for people to look at after every run. */
const dir = screensDir('session-room');
const shoot = (page: Page, name: string, fullPage = true) => shootWidths(page, dir, name, fullPage);

test('screens of the session room', async ({ actors, page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start a group session' })).toBeVisible();
  await shoot(page, 'home');
  const fac = await actors.facilitator({ groupName: 'Tuesday evening group', name: 'Dr Rivera', waitingRoom: true });
  await actors.member(fac.joinCode, 'Sam');
  const ann = await actors.member(fac.joinCode, 'Ann');
  await fac.page.getByTestId('waiting-alert').getByRole('button', { name: 'Admit Ann' }).click();
  await expect(ann.page.getByText('You are here as Ann')).toBeVisible();
  await actors.member(fac.joinCode, 'Alexandra-Louise');
  await fac.page.getByTestId('waiting-alert').getByRole('button', { name: 'Admit Alexandra-Louise' }).click();
  await fac.page.getByRole('button', { name: 'Show my private link' }).click();
  await shoot(fac.page, 'facilitator-console');
  await shoot(ann.page, 'member-view');

  await page.goto('/join');
  await shoot(page, 'join-code');
  await page.getByLabel('Join code').fill(fac.joinCode);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: /Join Tuesday/ })).toBeVisible();
  await shoot(page, 'join-agreement');
  await page.getByLabel('Your display name').fill('sam');
  await page.getByLabel('I agree to the group agreement').check();
  await page.getByRole('button', { name: 'Join the session' }).click();
  await expect(page.getByText(/already uses that name/)).toBeVisible();
  await shoot(page, 'join-error');

  await fac.page.getByRole('button', { name: 'Start break' }).click();
  await expect(ann.page.getByRole('dialog', { name: 'Break' })).toBeVisible();
  await shoot(ann.page, 'break-member', false);
  await shoot(fac.page, 'break-facilitator', false);
});
