import fs from 'node:fs';
import { expect, expectAccessible, screensDir, test } from './fixtures';

const SHOTS = screensDir('notes');

test('facilitator and co-facilitator write shared notes together and see each other', async ({ actors }) => {
  const fac = await actors.facilitator();
  const co = await actors.cofacilitator(fac.coFacilitatorLink, 'Cory');
  const facNotes = fac.page.getByRole('textbox', { name: 'Shared notes' });
  const coNotes = co.page.getByRole('textbox', { name: 'Shared notes' });
  await expect(fac.page.getByTestId('notes-status')).toHaveText('Saved as you type.');
  await expect(co.page.getByTestId('notes-status')).toHaveText('Saved as you type.');

  await facNotes.click();
  await fac.page.keyboard.type('Ann seemed tired today.');
  await expect(coNotes).toContainText('Ann seemed tired today.');

  await coNotes.click();
  await co.page.keyboard.press('ControlOrMeta+End');
  await co.page.keyboard.press('Enter');
  await co.page.keyboard.type('Follow up with Bo next week.');
  await expect(facNotes).toContainText('Follow up with Bo next week.');
  await expect(facNotes).toContainText('Ann seemed tired today.');

  // Each sees the other is there: a name beside the status, and the other's caret with their name.
  await expect(fac.page.getByText('Also here: Cory')).toBeVisible();
  await expect(co.page.getByText(`Also here: ${fac.name}`)).toBeVisible();
  // The caret carries its owner's name (shown for 2.5 s when it arrives, then hidden so it never covers the text).
  await expect(fac.page.locator('.cm-ySelectionInfo', { hasText: 'Cory' })).toBeAttached();

  // Staff can download the notes as plain text.
  const downloading = fac.page.waitForEvent('download');
  await fac.page.getByRole('button', { name: 'Download notes as text' }).click();
  const file = await (await downloading).path();
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain('Ann seemed tired today.');
  expect(text).toContain('Follow up with Bo next week.');

  await expectAccessible(fac.page, 'console with notes');

  // Members see no notes at all.
  const ann = await actors.member(fac.joinCode, 'Ann');
  await expect(ann.page.getByText('Shared notes')).toHaveCount(0);
  await expect(ann.page.getByText('Ann seemed tired')).toHaveCount(0);

  await fac.page.screenshot({ path: `${SHOTS}/facilitator-desktop.png`, fullPage: true });
  await co.page.screenshot({ path: `${SHOTS}/cofacilitator-desktop.png`, fullPage: true });
  await co.page.setViewportSize({ width: 390, height: 844 });
  await expect(coNotes).toBeVisible();
  await co.page.screenshot({ path: `${SHOTS}/cofacilitator-phone.png`, fullPage: true });
});
