import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, PHONE, screensDir, shootWidths, test } from './fixtures';

const SHOTS = screensDir('interaction-map');

const speaking = (page: Page, name: string) => page.getByRole('group', { name: 'Mark who is speaking now' }).getByRole('button', { name: new RegExp(`^${name}`) });
const respondingTo = (page: Page, speaker: string, name: string) =>
  page.getByRole('group', { name: `Whom ${speaker} is responding to` }).getByRole('button', { name: new RegExp(`^${name}`) });
const mapPanel = (page: Page) => page.getByTestId('map-panel');

/** The table's rows as text, so two screens can be compared figure by figure. */
async function rowsOf(table: Locator): Promise<string[]> {
  return (await table.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
}
/** The sociogram's arrows: from, to and the count written on each. */
async function arrowsOf(page: Page): Promise<string[]> {
  const edges = mapPanel(page).getByTestId('sociogram-edge');
  return (await edges.evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')}:${g.textContent}`))).sort();
}

test('the co-facilitator records who responds to whom; both staff see the same sociogram and table; members see none of it', async ({ actors }) => {
  test.setTimeout(360_000); // four people in their own browsers, plus screenshots at two sizes
  const fac = await actors.facilitator({ groupName: 'Tuesday group', name: 'Dr Rivera' });
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  const co = await actors.cofacilitator(fac.coFacilitatorLink, 'Chris');
  await co.page.setViewportSize(PHONE);
  await expect(co.page.getByTestId('map-respond')).toContainText('Tap who is speaking first');

  // Ann speaks to Bo: one tap for who speaks, a second for to whom.
  await speaking(co.page, 'Ann').click();
  await respondingTo(co.page, 'Ann', 'Bo').click();
  await expect(co.page.getByTestId('map-respond-now')).toHaveText('Recorded: Ann is responding to Bo.');
  await expect(respondingTo(co.page, 'Ann', 'Bo')).toHaveAttribute('aria-pressed', 'true');
  // A second tap on someone else changes it; the first tap alone still works as before.
  await respondingTo(co.page, 'Ann', 'Dr Rivera').click();
  await expect(co.page.getByTestId('map-respond-now')).toHaveText('Recorded: Ann is responding to Dr Rivera.');
  await respondingTo(co.page, 'Ann', 'Bo').click();
  await expect(co.page.getByTestId('map-respond-now')).toHaveText('Recorded: Ann is responding to Bo.');

  // Bo answers Ann; then Ann speaks to the whole group, and the tracker stops.
  await speaking(co.page, 'Bo').click();
  await expect(co.page.getByTestId('map-respond-now')).toHaveText('Not recorded for this stretch.');
  await respondingTo(co.page, 'Bo', 'Ann').click();
  await expect(co.page.getByTestId('map-respond-now')).toHaveText('Recorded: Bo is responding to Ann.');
  await speaking(co.page, 'Ann').click();
  await respondingTo(co.page, 'Ann', 'The group').click();
  await expect(co.page.getByTestId('map-respond-now')).toHaveText('Recorded: Ann is responding to The group.');
  await expectAccessible(co.page, 'tracker with the second tap (phone)');
  await co.page.getByTestId('map-respond').screenshot({ path: `${SHOTS}/second-tap-phone.png` });
  await speaking(co.page, 'Ann').click();
  // Both screens have the stop before they are compared: no stretch is still running on either.
  for (const page of [co.page, fac.page]) await expect(page.getByTestId('tracker-now')).toHaveText('Nobody is marked as speaking.');

  // Both staff screens: the same arrows and the same figures.
  // Each row: who, to whom, how many times, how long (the clock left out of the comparison with the expected words).
  const expected = ['Ann Bo 1', 'Bo Ann 1', 'Ann The group 1'];
  for (const page of [fac.page, co.page]) {
    const rows = mapPanel(page).getByTestId('map-edge-addressed');
    await expect(rows).toHaveCount(3);
    const addressed = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim().replace(/ \d+:\d\d$/, ''));
    expect(addressed.sort()).toEqual([...expected].sort());
  }
  // Compared until both screens show the last update (each re-renders on its own clock; a busy machine may lag one).
  for (const table of ['map-edge-addressed-table', 'map-edge-after-table', 'map-mix']) {
    const both = () => Promise.all([fac.page, co.page].map((page) => rowsOf(mapPanel(page).getByTestId(table))));
    await expect.poll(async () => new Set((await both()).map((rows) => rows.join(' | '))).size).toBe(1);
  }
  expect(await arrowsOf(fac.page)).toEqual(await arrowsOf(co.page));
  expect(await arrowsOf(fac.page)).toHaveLength(3);
  const share = mapPanel(fac.page).getByTestId('map-mix').getByRole('row', { name: /Member-to-member share/ });
  await expect(share.getByTestId('map-mix-addressed')).toHaveText('100%');
  await expect(mapPanel(fac.page).getByTestId('map-never')).toHaveText('Every member was addressed at least once.');
  await expect(mapPanel(fac.page).getByTestId('map-pairs').getByRole('listitem').first()).toContainText('Ann and Bo: 2 responses');
  await expectAccessible(fac.page, 'interaction map (console)');
  await shootWidths(fac.page, SHOTS, 'facilitator-console');
  for (const [label, size] of [['phone', PHONE], ['desktop', { width: 1280, height: 800 }]] as const) {
    await fac.page.setViewportSize(size);
    await mapPanel(fac.page).screenshot({ path: `${SHOTS}/map-panel-${label}.png` });
  }

  // The weaker evidence, shown apart: who spoke after whom, drawn dashed.
  await mapPanel(fac.page).getByRole('radio', { name: 'Who spoke after whom' }).check();
  await expect(mapPanel(fac.page).locator('.map-edge-after')).toHaveCount(2);

  // Members: nothing of the map, in words or pictures.
  for (const m of [ann, bo]) {
    await expect(m.page.getByText(/You are here as/)).toBeVisible();
    await expect(m.page.getByText(/speaks to whom|responding to|sociogram/i)).toHaveCount(0);
    await expect(m.page.getByTestId('sociogram')).toHaveCount(0);
  }
  await shootWidths(ann.page, SHOTS, 'member');

  // The summary keeps the map as it stood at the end.
  await fac.page.getByRole('button', { name: 'End session' }).click();
  await fac.page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
  const section = fac.page.getByTestId('summary-map');
  await expect(section.getByTestId('map-edge-addressed')).toHaveCount(3);
  await expect(section.getByTestId('sociogram-edge')).toHaveCount(3);
  await expectAccessible(fac.page, 'summary with the map');
  for (const [label, size] of [['phone', PHONE], ['desktop', { width: 1280, height: 800 }]] as const) {
    await fac.page.setViewportSize(size);
    await section.screenshot({ path: `${SHOTS}/summary-map-${label}.png` });
  }

  // The group page adds the sessions' maps up: one session so far, so the same edges.
  await fac.page.getByRole('link', { name: 'Group history and the next session' }).click();
  const groupMap = fac.page.getByTestId('group-map');
  await expect(groupMap.getByRole('heading', { name: 'Who speaks to whom, across the sessions' })).toBeVisible();
  await expect(groupMap.getByTestId('map-edge-addressed')).toHaveCount(3);
  await expect(groupMap.getByTestId('sociogram-edge')).toHaveCount(3);
  await expectAccessible(fac.page, 'group page with the map');
  await groupMap.screenshot({ path: `${SHOTS}/group-map-desktop.png` });
});
