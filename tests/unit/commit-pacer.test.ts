import { describe, expect, it } from 'vitest';
import { CommitPacer } from '../../server/store/commit-pacer.js';

/** Writes from `writers` round robin, one every `everyMs`, from t = 0. */
function feed(pacer: CommitPacer, count: number, everyMs: number, writers: string[]): number {
  for (let i = 0; i < count; i++) pacer.arrived(i * everyMs, writers[i % writers.length]);
  return (count - 1) * everyMs;
}

describe('CommitPacer', () => {
  it('writes at once on a quiet node', () => {
    const pacer = new CommitPacer(2);
    expect(pacer.wait(0)).toBe(0);
    const now = feed(pacer, 50, 200, ['a', 'b', 'c']);
    expect(pacer.wait(now)).toBe(0);
  });

  it('waits the delay when other rooms write faster than one per delay', () => {
    const pacer = new CommitPacer(2);
    const now = feed(pacer, 50, 0.5, ['a', 'b', 'c', 'd']);
    expect(pacer.wait(now)).toBe(2);
  });

  it('needs a few writers before it waits at all', () => {
    const pacer = new CommitPacer(2);
    const now = feed(pacer, 3, 0.1, ['a', 'b', 'c']);
    expect(pacer.wait(now)).toBe(0);
  });

  it('does not wait for one room sending command after command: its next command is no sibling', () => {
    const pacer = new CommitPacer(2);
    const now = feed(pacer, 200, 0.5, ['a']);
    expect(pacer.wait(now)).toBe(0);
  });

  it('stops waiting once the rate falls again', () => {
    const pacer = new CommitPacer(2);
    const busy = feed(pacer, 50, 0.5, ['a', 'b']);
    expect(pacer.wait(busy)).toBe(2);
    // A pause is enough: the quiet time since the last write counts.
    expect(pacer.wait(busy + 100)).toBe(0);
    for (let i = 0; i < 10; i++) pacer.arrived(1000 + i * 50, i % 2 ? 'a' : 'b');
    expect(pacer.wait(1450)).toBe(0);
  });

  it('never waits with a delay of 0 (off)', () => {
    const pacer = new CommitPacer(0);
    const now = feed(pacer, 50, 0.01, ['a', 'b']);
    expect(pacer.wait(now)).toBe(0);
  });
});
