import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';

/**
 * Named actors for browser tests, each in its own browser context (own
 * localStorage, own socket), as real people on separate devices would be:
 *
 *   test('…', async ({ actors }) => {
 *     const fac = await actors.facilitator({ groupName: 'Tuesday group' });
 *     const ann = await actors.member(fac.joinCode, 'Ann');
 *     const cory = await actors.cofacilitator(fac.coFacilitatorLink, 'Cory');
 *   });
 *
 * Contexts close by themselves after the test. Wait on what the screen shows
 * (expect(locator).toBeVisible()), never on timeouts.
 */
export interface Actor {
  name: string;
  context: BrowserContext;
  page: Page;
}

export interface FacilitatorActor extends Actor {
  sessionId: string;
  /** Without the dash, as the server stores it. */
  joinCode: string;
  /** Absolute co-facilitator invite link (with its `#invite=` secret). */
  coFacilitatorLink: string;
}

export interface StartOptions {
  groupName?: string;
  name?: string;
  waitingRoom?: boolean;
  /** The group's language (a catalog code); the start form's default otherwise. */
  language?: string;
}

export interface Actors {
  facilitator(options?: StartOptions): Promise<FacilitatorActor>;
  /** Joins by code through /join. With a waiting room the member ends on the waiting screen. */
  member(joinCode: string, name: string): Promise<Actor>;
  cofacilitator(link: string, name: string): Promise<Actor>;
}

/** Content-Security-Policy violations seen by any actor's page: the strict CSP must never block our own client. */
const cspViolations: string[] = [];

async function newActorPage(browser: Browser, contexts: BrowserContext[], viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  return { context, page };
}

export const test = base.extend<{ actors: Actors }>({
  actors: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    const actors: Actors = {
      async facilitator({ groupName = 'Tuesday group', name = 'Dr Rivera', waitingRoom = false, language } = {}) {
        const { context, page } = await newActorPage(browser, contexts);
        await page.goto('/');
        await page.getByLabel('Group name').fill(groupName);
        await page.getByLabel('Your display name').fill(name);
        if (waitingRoom) await page.getByLabel(/Use a waiting room/).check();
        if (language) {
          await page.getByLabel('Group language').selectOption(language);
          // The default agreement follows the language once its catalog has loaded.
          if (language !== 'en') await expect(page.getByLabel('Group agreement')).not.toHaveValue(/^What is said/);
        }
        await page.getByRole('button', { name: 'Start session' }).click();
        await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
        const code = (await page.getByTestId('join-code').textContent())!.replace(/[^A-Z0-9]/g, '');
        const coFacilitatorLink = await page.getByTestId('cofacilitator-link').inputValue();
        const sessionId = new URL(page.url()).pathname.split('/')[2]!;
        return { name, context, page, sessionId, joinCode: code, coFacilitatorLink };
      },
      async member(joinCode, name) {
        const { context, page } = await newActorPage(browser, contexts, { width: 390, height: 844 });
        await page.goto('/join');
        await page.getByLabel('Join code').fill(joinCode);
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByLabel('Your display name').fill(name);
        await page.getByLabel('I agree to the group agreement').check();
        await page.getByRole('button', { name: 'Join the session' }).click();
        await expect(page.getByText(new RegExp(`You are here as ${name}|You are in the waiting room`))).toBeVisible();
        return { name, context, page };
      },
      async cofacilitator(link, name) {
        const { context, page } = await newActorPage(browser, contexts);
        await page.goto(link);
        await page.getByLabel('Your display name').fill(name);
        await page.getByRole('button', { name: 'Join as co-facilitator' }).click();
        await expect(page.getByText('Facilitator console')).toBeVisible();
        return { name, context, page };
      },
    };
    cspViolations.length = 0;
    await use(actors);
    for (const c of contexts) await c.close();
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

/** The roster's names, in order, as a person sees them. */
export function rosterNames(page: Page) {
  return page.getByRole('list', { name: 'People in this session' }).getByRole('listitem').locator('.person-name');
}

/** Fails on serious or critical accessibility violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(serious, `${label}: accessibility violations\n${summary.join('\n')}`).toEqual([]);
}

/**
 * Screenshots for people to look at after a run (not asserted): SHOTS_DIR if
 * set, else test-results/screens/<feature>.
 */
export function screensDir(feature: string): string {
  const dir = path.join(process.env.SHOTS_DIR ?? path.resolve('test-results/screens'), feature);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** One screen at phone and desktop width, then back to the page's own size. */
export async function shootWidths(page: Page, dir: string, name: string, fullPage = true): Promise<void> {
  const before = page.viewportSize();
  for (const [label, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(dir, `${name}-${label}.png`), fullPage });
  }
  if (before) await page.setViewportSize(before);
}
