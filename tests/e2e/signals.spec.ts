import { expect, expectAccessible, screensDir, test } from './fixtures';

const SHOTS = screensDir('signals');

test('a member asks for a moment; staff see it and acknowledge; the member sees it was seen', async ({ actors }) => {
  const fac = await actors.facilitator();
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');

  // Issue 18: one tap sends it; words may follow.
  await ann.page.getByRole('button', { name: 'I need a moment' }).click();
  await expect(ann.page.getByText(/Sent at .*Only the facilitators see it/)).toBeVisible();
  await expect(ann.page.getByRole('button', { name: 'I need a moment' })).toHaveCount(0);
  await expect(fac.page.getByRole('heading', { name: 'Someone needs a moment' })).toBeVisible();
  await ann.page.getByLabel(/Anything you would like them to know/).fill('This topic is hard for me');
  await ann.page.screenshot({ path: `${SHOTS}/member-signal-form-phone.png`, fullPage: true });
  await ann.page.getByRole('button', { name: 'Add these words' }).click();
  await expect(ann.page.getByText('Your words: “This topic is hard for me”')).toBeVisible();
  await ann.page.screenshot({ path: `${SHOTS}/member-signal-sent-phone.png`, fullPage: true });

  // Staff see it, calm but clear, with the name, time and words.
  await expect(fac.page.getByRole('heading', { name: 'Someone needs a moment' })).toBeVisible();
  await expect(fac.page.getByText('“This topic is hard for me”')).toBeVisible();
  await expectAccessible(fac.page, 'console with a signal');
  await fac.page.screenshot({ path: `${SHOTS}/facilitator-signal-desktop.png`, fullPage: true });
  await fac.page.setViewportSize({ width: 390, height: 844 });
  await fac.page.screenshot({ path: `${SHOTS}/facilitator-signal-phone.png`, fullPage: true });
  await fac.page.setViewportSize({ width: 1280, height: 800 });

  // Another member sees nothing of it.
  await expect(bo.page.getByText('This topic is hard for me')).toHaveCount(0);
  await expect(bo.page.getByText(/needs a moment/)).toHaveCount(0);

  // It survives the facilitator reloading.
  await fac.page.reload();
  await expect(fac.page.getByRole('heading', { name: 'Someone needs a moment' })).toBeVisible();

  await fac.page.getByRole('button', { name: "Acknowledge Ann's signal" }).click();
  await expect(fac.page.getByRole('heading', { name: 'Someone needs a moment' })).toHaveCount(0);
  await expect(ann.page.getByText(`${fac.name} has seen your message`)).toBeVisible();
  await expect(ann.page.getByRole('button', { name: 'I need a moment' })).toBeVisible();
  await expectAccessible(ann.page, 'member after acknowledgement');
  await ann.page.screenshot({ path: `${SHOTS}/member-signal-seen-phone.png`, fullPage: true });
  await ann.page.setViewportSize({ width: 1280, height: 800 });
  await ann.page.screenshot({ path: `${SHOTS}/member-desktop.png`, fullPage: true });
});
