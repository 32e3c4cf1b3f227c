import { expect, expectAccessible, test } from './fixtures';
import { LAPTOP, SMALL_PHONE, buzzes, countBuzzes, shootBoth } from './in-the-room';

test('what is addressed to one member comes into view on a phone, with focus and a buzz', async ({ actors }) => {
  test.setTimeout(270_000);
  const fac = await actors.facilitator();
  const ann = await actors.member(fac.joinCode, 'Ann');
  const bo = await actors.member(fac.joinCode, 'Bo');
  await actors.member(fac.joinCode, 'Cy');
  await fac.page.setViewportSize(LAPTOP);
  await countBuzzes(ann.page);
  await ann.page.setViewportSize(SMALL_PHONE);
  await ann.page.reload();
  await expect(ann.page.getByText('You are here as Ann')).toBeVisible();
  const scrollTop = () => ann.page.evaluate(() => window.scrollTo(0, 0));

  // The hot-seat question, asked of Ann alone.
  const feedback = fac.page.getByRole('region', { name: 'Feedback round' });
  await feedback.getByRole('radio', { name: 'Hot seat' }).check();
  await feedback.getByLabel('In the hot seat').selectOption({ label: 'Ann' });
  await feedback.getByRole('button', { name: 'Start feedback round' }).click();
  await expect(ann.page.getByRole('button', { name: 'Open to feedback now' })).toBeInViewport({ ratio: 1 });
  await expect(ann.page.getByText('Are you open to feedback now?')).toBeFocused();
  await expect.poll(() => buzzes(ann.page)).toBe(1);
  await expectAccessible(ann.page, 'hot-seat question in view');
  await shootBoth(ann.page, 'addressed-hot-seat');
  // Bo was not asked: his screen stays where it was.
  expect(await bo.page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await ann.page.getByRole('button', { name: 'Not now' }).click();
  await feedback.getByRole('button', { name: 'End feedback round' }).click();
  await fac.page.getByRole('dialog', { name: 'End this feedback round?' }).getByRole('button', { name: 'End feedback round' }).click();
  await expect(ann.page.getByText('Are you open to feedback now?')).toHaveCount(0);

  // A check-in opening: the 0–10 answers come into view.
  await scrollTop();
  const checkin = fac.page.getByRole('region', { name: 'Anonymous check-in' });
  await checkin.getByRole('button', { name: 'Start check-in' }).click();
  await expect(ann.page.getByRole('radio', { name: '0', exact: true })).toBeInViewport();
  await expect(ann.page.getByRole('radio', { name: '10', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(ann.page.getByRole('button', { name: 'Send my answer' })).toBeInViewport({ ratio: 1 });
  await expect(ann.page.getByText('How are you arriving today?')).toBeFocused();
  await expect.poll(() => buzzes(ann.page)).toBe(2);
  await shootBoth(ann.page, 'addressed-checkin');
  await ann.page.getByRole('radio', { name: '6', exact: true }).check();
  await ann.page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(ann.page.getByText(/Your answer was received/)).toBeVisible();

  // Her turn coming up, then the floor given to her.
  await scrollTop();
  await bo.page.getByRole('button', { name: 'Raise hand' }).click();
  await ann.page.getByRole('button', { name: 'Raise hand' }).click();
  await fac.page.getByRole('button', { name: 'Give the floor to Bo' }).first().click();
  await expect(ann.page.getByTestId('turn-announcer')).toHaveText('You’re next.');
  await expect.poll(() => buzzes(ann.page)).toBe(3);
  await ann.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await fac.page.getByRole('button', { name: 'Give the floor to Ann' }).first().click();
  await expect(ann.page.getByTestId('turn-announcer')).toHaveText('It’s your turn.');
  await expect(ann.page.getByRole('button', { name: 'I’m done' })).toBeInViewport();
  await expect.poll(() => buzzes(ann.page)).toBe(4);
  await expectAccessible(ann.page, 'member with the floor');
  await shootBoth(ann.page, 'addressed-floor');
});
