import path from 'node:path';
import { expect, expectAccessible, screensDir, test } from './fixtures';
import type { Actor } from './fixtures';

const SHOTS = screensDir('next-session-staff');
test.describe.configure({ timeout: 300_000 });

async function endSession(fac: Actor) {
  await fac.page.getByRole('button', { name: 'End session' }).click();
  await fac.page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
}

test("the co-facilitator's old link opens the group's next session, where last session's notes are offered", async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Thursday group' });
  const co = await actors.cofacilitator(fac.coFacilitatorLink, 'Cory');
  await expect(fac.page.getByTestId('notes-status')).toHaveText('Saved as you type.');
  await fac.page.getByRole('textbox', { name: 'Shared notes' }).click();
  await fac.page.keyboard.type('Ann wants to talk about her sister.');
  await expect(co.page.getByRole('textbox', { name: 'Shared notes' })).toContainText('Ann wants to talk about her sister.');
  const oldRoom = co.page.url();

  // The facilitator ends the session and starts the next one from the group page.
  await endSession(fac);
  await expect(fac.page).toHaveURL(new RegExp(`/s/${fac.sessionId}/summary$`));
  await co.page.goto('about:blank');
  await fac.page.getByRole('link', { name: 'Group history and the next session' }).click();
  await fac.page.getByRole('button', { name: 'Start the next session' }).click();
  await fac.page.getByRole('button', { name: 'Open the new session' }).click();
  await expect(fac.page.getByRole('heading', { level: 1, name: 'Thursday group' })).toBeVisible();
  const nextId = new URL(fac.page.url()).pathname.split('/')[2]!;
  expect(nextId).not.toBe(fac.sessionId);

  // The co-facilitator opens the link they already had and lands in the new session, as co-facilitator.
  await co.page.goto(oldRoom);
  await expect(co.page).toHaveURL(new RegExp(`/s/${nextId}$`));
  await expect(co.page.getByText('Facilitator console')).toBeVisible();
  // The invite link they used leads there too.
  await co.page.goto(fac.coFacilitatorLink);
  await expect(co.page).toHaveURL(new RegExp(`/s/${nextId}$`));
  await expect(co.page.getByText('Facilitator console')).toBeVisible();

  // Last session's notes are offered, read-only, and can be brought into today's notes.
  const previous = co.page.getByTestId('previous-notes');
  await previous.getByText(/Notes from the last session/).click();
  await expect(previous.locator('pre')).toHaveText('Ann wants to talk about her sister.');
  const notes = co.page.getByRole('textbox', { name: 'Shared notes' });
  await expect(co.page.getByTestId('notes-status')).toHaveText('Saved as you type.');
  await expect(notes).not.toContainText('sister');
  await previous.getByRole('button', { name: "Bring last session's notes into today's notes" }).click();
  await expect(previous.getByText("Added at the end of today's notes.")).toBeVisible();
  await expect(notes).toContainText('Ann wants to talk about her sister.');
  await expect(fac.page.getByRole('textbox', { name: 'Shared notes' })).toContainText('Ann wants to talk about her sister.');
  await expectAccessible(co.page, 'console with last session notes');

  // A member of the new session sees none of it.
  const code = (await fac.page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
  const ann = await actors.member(code, 'Ann');
  await expect(ann.page.getByText('sister')).toHaveCount(0);
  await expect(ann.page.getByText(/Notes from the last session/)).toHaveCount(0);

  for (const [label, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 375, height: 740 }]] as const) {
    await co.page.setViewportSize(size);
    await previous.scrollIntoViewIfNeeded();
    await expectAccessible(co.page, `previous notes at ${label} width`);
    await co.page.screenshot({ path: path.join(SHOTS, `cofacilitator-${label}.png`) });
  }
});
