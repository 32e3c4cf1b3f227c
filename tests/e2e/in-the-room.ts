import path from 'node:path';
import type { Page } from '@playwright/test';
import { screensDir } from './fixtures';

/** The sizes of issue 18's walk-through: a small phone and a co-therapist's laptop. */
export const SMALL_PHONE = { width: 375, height: 740 } as const;
export const LAPTOP = { width: 1280, height: 800 } as const;

export const IN_THE_ROOM_SHOTS = screensDir('in-the-room');

/** The screen as the person sees it (the viewport, not the whole page) at both sizes, then back. */
export async function shootBoth(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [label, size] of [['phone', SMALL_PHONE], ['laptop', LAPTOP]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(IN_THE_ROOM_SHOTS, `${name}-${label}.png`) });
  }
  if (before) await page.setViewportSize(before);
}

/** Counts the notes the page's Web Audio plays: a sound is heard only when one starts. */
export async function countSounds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { AudioContext: typeof AudioContext; __sounds: number };
    w.__sounds = 0;
    const Real = w.AudioContext;
    w.AudioContext = class extends Real {
      override createOscillator(): OscillatorNode {
        w.__sounds++;
        return super.createOscillator();
      }
    };
  });
}

export function soundsPlayed(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __sounds: number }).__sounds);
}

/** Counts calls to navigator.vibrate (the phone's buzz) from the next page load on. */
export async function countBuzzes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __buzzes: number };
    w.__buzzes = 0;
    Object.defineProperty(navigator, 'vibrate', { configurable: true, value: () => (w.__buzzes++, true) });
  });
}

export function buzzes(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __buzzes: number }).__buzzes);
}
