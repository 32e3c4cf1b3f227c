import { describe, expect, it } from 'vitest';
import { BatchRecorder, threadCpuMs } from '../../server/store/batch-stats.js';

describe('BatchRecorder', () => {
  it('counts transactions, writes and the writing thread’s CPU since the last reset', () => {
    let cpu = 100;
    const recorder = new BatchRecorder(() => cpu);
    recorder.record(2, 3);
    recorder.record(4, 1);
    cpu = 130;
    expect(recorder.read(true)).toMatchObject({ batches: 2, writes: 4, totalMs: 6, threadCpuMs: 30 });
    cpu = 135;
    recorder.record(1, 2);
    expect(recorder.read(false)).toMatchObject({ batches: 1, writes: 2, threadCpuMs: 5 });
    cpu = 150;
    expect(recorder.read(false).threadCpuMs).toBe(20);
  });

  it('says nothing of CPU without a thread clock, or when the clock cannot be read', () => {
    expect(new BatchRecorder().read(false)).not.toHaveProperty('threadCpuMs');
    expect(new BatchRecorder(() => null).read(true)).not.toHaveProperty('threadCpuMs');
  });
});

describe('threadCpuMs', () => {
  it('reads this thread’s CPU time, which grows while it works', () => {
    const before = threadCpuMs();
    if (process.platform !== 'linux') return expect(before).toBeNull();
    // Work until 5 ms of CPU show (or 5 s pass on a very busy machine): the clock must move with the work.
    let x = 0;
    const giveUp = performance.now() + 5000;
    while (threadCpuMs()! - before! < 5 && performance.now() < giveUp) for (let i = 0; i < 1e5; i++) x += Math.sqrt(i);
    expect(x).toBeGreaterThan(0);
    expect(threadCpuMs()! - before!).toBeGreaterThanOrEqual(5);
  });
});
