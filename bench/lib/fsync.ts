import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { round } from './stats.js';

/**
 * The disk's fsync latency, measured in the same run as the load (the same temp
 * directory the servers' SQLite files live in): append a small record and
 * fsync it, `n` times. The group target with SQLITE_SYNC=FULL is stated against it.
 */
export function measureFsync(n = 200): { p50: number; p99: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-fsync-'));
  const fd = fs.openSync(path.join(dir, 'probe'), 'a');
  const times: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fs.writeSync(fd, 'x'.repeat(100));
      fs.fsyncSync(fd);
      times.push(performance.now() - t0);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { p50: round(times[Math.floor(n * 0.5)]!, 3), p99: round(times[Math.floor(n * 0.99)]!, 3) };
}
