import { expect, expectAccessible, test } from './fixtures';
import { LAPTOP, SMALL_PHONE, shootBoth } from './in-the-room';

test('kind words: the shared group view names nobody and draws no bars; the end screen says when we meet next and where support is', async ({ actors }) => {
  test.setTimeout(270_000);
  const fac = await actors.facilitator();
  const ann = await actors.member(fac.joinCode, 'Ann');
  await actors.member(fac.joinCode, 'Bo');
  await fac.page.setViewportSize(LAPTOP);
  await ann.page.setViewportSize(SMALL_PHONE);

  // Ann talks a lot; the group view she sees says how the group shares the time, in kind words only.
  await fac.page.getByLabel('Give the floor to anyone').selectOption({ label: 'Ann' });
  await fac.page.getByRole('button', { name: 'Give floor', exact: true }).click();
  await expect(ann.page.getByText('It’s your turn.').first()).toBeVisible();
  await fac.page.getByRole('button', { name: 'Take back the floor' }).click();
  const share = fac.page.getByRole('switch', { name: 'Share group view with everyone' });
  await share.click();
  await expect(share).toBeChecked();
  const group = ann.page.getByRole('region', { name: 'How the group shares the talking' });
  await expect(group.getByTestId('group-balance-words')).toHaveText(/room for more voices|room for everyone|fair share of the time/);
  await expect(group).not.toContainText(/%|most of the talking|Ann|Bo/);
  await expect(group.getByRole('listitem')).toHaveCount(0);
  await expectAccessible(ann.page, 'group view for members');
  await group.scrollIntoViewIfNeeded();
  await shootBoth(ann.page, 'group-view-kind-words');
  // The dashboard leads with plain words; its figures are one click away.
  await expect(fac.page.getByTestId('talk-plain')).toContainText('Bo has not spoken yet.');
  await expect(fac.page.getByRole('region', { name: 'Talk time per member' })).toBeHidden();

  // The facilitator writes the closing words, then ends the session.
  await fac.page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'End words' }).click();
  await fac.page.getByLabel(/^Next session/).fill('Tuesday 9 December, 18:00 — same code');
  await fac.page.getByLabel('Support between sessions').fill('If things feel too much: Samaritans, 116 123 (free, any time)');
  await fac.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(fac.page.getByText('Saved.')).toBeVisible();
  await expectAccessible(fac.page, 'closing words form');
  await fac.page.getByRole('button', { name: 'End session' }).click();
  await fac.page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();

  await expect(ann.page.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
  await expect(ann.page.getByText('Thank you for being part of Tuesday group today.')).toBeVisible();
  await expect(ann.page.getByTestId('closing-next')).toHaveText('Tuesday 9 December, 18:00 — same code');
  await expect(ann.page.getByTestId('closing-support')).toHaveText('If things feel too much: Samaritans, 116 123 (free, any time)');
  await expect(ann.page.getByTestId('closing-support')).toBeInViewport();
  await expectAccessible(ann.page, 'member end screen');
  await shootBoth(ann.page, 'member-end-screen');
});
