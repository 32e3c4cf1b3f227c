import { expect, expectAccessible, test } from './fixtures';
import { LAPTOP, SMALL_PHONE, shootBoth } from './in-the-room';

test('the console runs the session on one laptop screen; the co-facilitator has the tracker beside the notes; "Go to" wraps on a phone', async ({ actors }) => {
  test.setTimeout(270_000);
  const fac = await actors.facilitator({ waitingRoom: false });
  const cory = await actors.cofacilitator(fac.coFacilitatorLink, 'Cory');
  for (const name of ['Ann', 'Bo', 'Cy', 'Dee', 'Eli']) await actors.member(fac.joinCode, name);
  await fac.page.setViewportSize(LAPTOP);
  await cory.page.setViewportSize(LAPTOP);

  // The facilitator's first screen: the floor and queue, what is open (nothing yet), who is here.
  await expect(fac.page.getByRole('radio', { name: 'Run the session' })).toBeChecked();
  const live = fac.page.getByTestId('layout-run');
  await expect(live.getByRole('button', { name: 'Give the floor to the next hand' })).toBeInViewport({ ratio: 1 });
  await expect(live.getByRole('heading', { name: 'Nothing is running right now' })).toBeInViewport({ ratio: 1 });
  await expect(live.getByRole('heading', { name: 'Who is here' })).toBeInViewport({ ratio: 1 });
  await expectAccessible(fac.page, 'run layout');
  await shootBoth(fac.page, 'console-run-idle');

  // Starting a check-in from the set-up below brings it up to the first screen.
  await live.getByRole('link', { name: 'Check-in' }).click();
  await fac.page.getByRole('button', { name: 'Start check-in' }).click();
  await fac.page.evaluate(() => window.scrollTo(0, 0));
  await expect(live.getByRole('region', { name: 'Anonymous check-in' })).toBeVisible();
  await expect(live.getByRole('button', { name: 'Show results to everyone' })).toBeInViewport({ ratio: 1 });
  await expect(live.getByRole('heading', { name: 'Nothing is running right now' })).toHaveCount(0);
  await shootBoth(fac.page, 'console-run-checkin');

  // The co-facilitator's layout: who is speaking, beside the notes, both on screen at 1280×800.
  await expect(cory.page.getByRole('radio', { name: 'Tracker and notes' })).toBeChecked();
  await expect(cory.page.getByRole('heading', { name: 'Who is speaking?' })).toBeInViewport({ ratio: 1 });
  await expect(cory.page.getByRole('heading', { name: 'Shared notes' })).toBeInViewport({ ratio: 1 });
  await expect(cory.page.getByRole('button', { name: /^Ann/ }).first()).toBeInViewport({ ratio: 1 });
  await expectAccessible(cory.page, 'tracker and notes layout');
  await shootBoth(cory.page, 'console-track');
  // The choice is kept on the device.
  await cory.page.getByRole('radio', { name: 'Run the session' }).check();
  await cory.page.reload();
  await expect(cory.page.getByRole('radio', { name: 'Run the session' })).toBeChecked();

  // On a phone every "Go to" link is on screen: the bar wraps rather than hiding links past the edge.
  await fac.page.setViewportSize(SMALL_PHONE);
  const nav = fac.page.getByRole('navigation', { name: 'Console sections' });
  const links = nav.getByRole('link');
  expect(await links.count()).toBeGreaterThan(6);
  for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
  await nav.getByRole('link', { name: 'Notes' }).click();
  await expect(fac.page.getByRole('heading', { name: 'Shared notes' })).toBeInViewport();
});

test('a planned end: staff see the time left, and a gentle cue in the last ten minutes', async ({ actors }) => {
  const fac = await actors.facilitator();
  const member = await actors.member(fac.joinCode, 'Ann');
  await fac.page.setViewportSize(LAPTOP);
  const length = fac.page.getByLabel('The session is planned to last');
  await length.selectOption('45');
  await expect(fac.page.getByTestId('planned-end')).toHaveText(/^Planned end .* · 45 minutes left$/);
  await expect(fac.page.getByText('The last 10 minutes: a good moment to begin closing the session.')).toHaveCount(0);

  // Planned 5 minutes after the start: the session is in its last ten minutes now.
  await length.selectOption({ label: 'Another length…' });
  await fac.page.getByLabel(/Minutes from the start/).fill('5');
  await fac.page.getByRole('button', { name: 'Set', exact: true }).click();
  await fac.page.evaluate(() => window.scrollTo(0, 0));
  await expect(fac.page.getByRole('status').filter({ hasText: 'The last 10 minutes' })).toBeInViewport();
  await expect(fac.page.getByTestId('planned-end')).toHaveText(/minutes? left$/);
  await expectAccessible(fac.page, 'console with the ending cue');
  await shootBoth(fac.page, 'console-planned-end');
  // Members see nothing of it.
  await expect(member.page.getByText(/Planned end|last 10 minutes/)).toHaveCount(0);
  await length.selectOption({ label: 'No planned end' });
  await expect(fac.page.getByTestId('planned-end')).toHaveCount(0);
});
