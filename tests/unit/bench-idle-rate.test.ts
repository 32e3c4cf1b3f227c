import { describe, expect, it } from 'vitest';
import { steadyIdleRate } from '../../bench/lib/proc.js';
import type { ProcFigures } from '../../bench/lib/proc.js';

const slice = (cpuSeconds: number, mainThreadCpuSeconds: number, seconds = 1): ProcFigures => ({
  cpuPercent: (cpuSeconds / seconds) * 100,
  cpuSeconds,
  mainThreadCpuSeconds,
  seconds,
  rssMeanMiB: 100,
  rssMaxMiB: 100,
});

// The bench takes the idle rate times the whole window off each step's CPU: a slice that
// caught leftover work must not count as the steady idle cost.
describe('the idle rate taken off the bench CPU figures', () => {
  it('is the quietest slice, for the process and its main thread separately', () => {
    const rate = steadyIdleRate([slice(0.2, 0.15), slice(0.01, 0.02), slice(0.05, 0.005)]);
    expect(rate.cpu).toBeCloseTo(0.01);
    expect(rate.main).toBeCloseTo(0.005);
  });

  it('is a rate: slices of different lengths compare per second', () => {
    expect(steadyIdleRate([slice(0.04, 0.02, 2), slice(0.03, 0.03, 1)]).cpu).toBeCloseTo(0.02);
  });

  it('needs a slice', () => {
    expect(() => steadyIdleRate([])).toThrow(/at least one slice/);
  });
});
