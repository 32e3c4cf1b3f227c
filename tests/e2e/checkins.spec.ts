import type { Page } from '@playwright/test';
import type { Actor } from './fixtures';
import { expect, expectAccessible, screensDir, shootWidths, test } from './fixtures';

const SHOTS = screensDir('checkins');
const shoot = (page: Page, name: string) => shootWidths(page, SHOTS, name);

// Four people, axe checks and screenshots at two widths: more than the default 30 s on two shared cores.
test.describe.configure({ timeout: 240_000 });

const progress = (a: Actor) => a.page.getByTestId('checkin-progress');
const card = (a: Actor) => a.page.getByRole('region', { name: 'Anonymous check-in' });

test('a scale check-in: everyone answers, counts update live, the same histogram on every screen', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Tuesday group' });
  const members = [await actors.member(fac.joinCode, 'Ann'), await actors.member(fac.joinCode, 'Bo'), await actors.member(fac.joinCode, 'Cy')];
  const everyone = [fac, ...members];
  const panel = card(fac);

  // Start from the first ready prompt, with a private cut-off at 2.
  await expect(panel.getByLabel('Ready prompts')).toHaveValue('arriving');
  await panel.getByLabel(/Tell the facilitators privately/).check();
  await panel.getByLabel('Cut-off: at or below', { exact: true }).selectOption('2');
  await expectAccessible(fac.page, 'check-in start form');
  await shoot(fac.page, 'facilitator-start');
  await panel.getByRole('button', { name: 'Start check-in' }).click();

  for (const a of everyone) await expect(progress(a)).toHaveText('0 of 3 answered');
  const ann = members[0]!;
  await expect(card(ann).getByText('How are you arriving today?')).toBeVisible();
  await expect(card(ann).getByText(/Anonymous means nobody, not even the facilitators/)).toBeVisible();
  await expectAccessible(ann.page, 'member check-in card');
  await shoot(ann.page, 'member-open');

  // Too early: the reveal is refused with a plain reason.
  await panel.getByRole('button', { name: 'Show results to everyone' }).click();
  await expect(panel.getByText(/Not enough people have answered yet to show results/)).toBeVisible();

  const answers = [2, 7, 7];
  for (const [i, m] of members.entries()) {
    await card(m).getByRole('radio', { name: String(answers[i]), exact: true }).check();
    await card(m).getByRole('button', { name: 'Send my answer' }).click();
    await expect(card(m).getByText(/Your answer was received/)).toBeVisible();
    await expect(card(m).getByRole('button', { name: 'Send my answer' })).toHaveCount(0);
    for (const a of everyone) await expect(progress(a)).toHaveText(`${i + 1} of 3 answered`);
  }
  // The earlier refusal no longer stands once enough have answered.
  await expect(panel.getByText(/Not enough people have answered yet to show results/)).toBeHidden();
  await expectAccessible(ann.page, 'member after answering');
  await shoot(ann.page, 'member-answered');
  // The cut-off count waits until answers stop, so it cannot point at whoever just answered.
  await expect(fac.page.getByTestId('checkin-cutoff')).toContainText('appears when you stop answers');
  await shoot(fac.page, 'facilitator-running');

  await panel.getByRole('button', { name: 'Show results to everyone' }).click();
  const shown: string[] = [];
  for (const a of everyone) {
    const results = a.page.getByTestId('checkin-results');
    await expect(results.getByRole('table')).toBeVisible();
    await expect(results.getByRole('row', { name: /^7 2/ })).toBeVisible();
    await expect(results).toContainText('Average5.3');
    await expect(results).toContainText('Middle value7');
    shown.push((await results.textContent()) ?? '');
  }
  expect(new Set(shown).size).toBe(1);
  await expect(fac.page.getByTestId('checkin-cutoff')).toHaveText(/1 answer at or below 2/);
  await expect(ann.page.getByTestId('checkin-cutoff')).toHaveCount(0);
  await expectAccessible(ann.page, 'member results');
  await expectAccessible(fac.page, 'facilitator results');
  await shoot(ann.page, 'member-scale-results');
  await shoot(fac.page, 'facilitator-scale-results');

  await panel.getByRole('button', { name: 'Close check-in' }).click();
  for (const m of members) await expect(card(m)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Start check-in' })).toBeVisible();
});

test('a word check-in shows each word with its count on every screen', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Thursday group' });
  const members = [await actors.member(fac.joinCode, 'Dee'), await actors.member(fac.joinCode, 'Eli'), await actors.member(fac.joinCode, 'Fay')];
  const everyone = [fac, ...members];
  const panel = card(fac);

  await panel.getByLabel('Ready prompts').selectOption('one-word');
  await expect(panel.getByRole('radio', { name: 'One word' })).toBeChecked();
  await panel.getByRole('button', { name: 'Start check-in' }).click();

  const words = ['Calm', ' calm ', 'tired'];
  for (const [i, m] of members.entries()) {
    await card(m).getByLabel(/Your word/).fill(words[i]!);
    await card(m).getByRole('button', { name: 'Send my answer' }).click();
    await expect(card(m).getByText(/Your answer was received/)).toBeVisible();
    for (const a of everyone) await expect(progress(a)).toHaveText(`${i + 1} of 3 answered`);
  }
  await panel.getByRole('button', { name: 'Show results to everyone' }).click();
  for (const a of everyone) {
    const list = a.page.getByRole('list', { name: 'Words and how many gave each' });
    await expect(list.getByRole('listitem')).toHaveText([/^calm.*2 answers$/, /^tired.*1 answer$/]);
  }
  await expectAccessible(members[0]!.page, 'word results');
  await shoot(members[0]!.page, 'member-word-results');
  await shoot(fac.page, 'facilitator-word-results');
});

test('a multiple-choice check-in with an edited list of choices', async ({ actors }) => {
  const fac = await actors.facilitator({ groupName: 'Friday group' });
  const members = [await actors.member(fac.joinCode, 'Gil'), await actors.member(fac.joinCode, 'Hal')];
  const panel = card(fac);
  await panel.getByLabel('Ready prompts').selectOption('feeling');
  await panel.getByRole('button', { name: 'Remove choice 6' }).click();
  await panel.getByRole('button', { name: 'Add a choice' }).click();
  await panel.getByLabel('Choice 6').fill('numb');
  await panel.getByLabel('Show results only with at least this many answers').fill('2');
  await expectAccessible(fac.page, 'choice editor');
  await shoot(fac.page, 'facilitator-choice-form');
  await panel.getByRole('button', { name: 'Start check-in' }).click();

  for (const [i, m] of members.entries()) {
    await expect(card(m).getByRole('radio', { name: 'numb' })).toBeVisible();
    await card(m).getByRole('radio', { name: i === 0 ? 'numb' : 'calm' }).check();
    await card(m).getByRole('button', { name: 'Send my answer' }).click();
    await expect(card(m).getByText(/Your answer was received/)).toBeVisible();
  }
  await shoot(members[0]!.page, 'member-choice-answered');
  await panel.getByRole('button', { name: 'Show results to everyone' }).click();
  for (const a of [fac, ...members]) {
    const table = a.page.getByTestId('checkin-results').getByRole('table');
    await expect(table.getByRole('row', { name: /^numb 1/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /^calm 1/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /^tired/ })).toHaveCount(0);
  }
  await shoot(members[1]!.page, 'member-choice-results');
});
