import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { round } from './stats.js';

export interface FsyncFigures {
  p50: number;
  p99: number;
}

/**
 * The disk's fsync latency, in the same temp directory as the servers' SQLite
 * files, measured two ways:
 * - `p50`/`p99`: a small append fsynced back to back, 200 times: the disk at its
 *   fastest, what earlier runs reported;
 * - `commitAtPace`: what a FULL commit of one command must make durable, at the
 *   pace the group scenario sends commands: one WAL frame (24-byte header + a
 *   4,096-byte page) appended and fsynced every `gapMs`. On a virtual disk an
 *   fsync after a pause costs several times one that follows another (0.6–0.9
 *   against 0.15 ms here), and a room sending 5 commands a second always pays
 *   the former. The FULL group target is stated against this one.
 */
export async function measureFsync(opts: { gapMs: number; samples: number }): Promise<FsyncFigures & { commitAtPace: FsyncFigures & { bytes: number; gapMs: number } }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-fsync-'));
  try {
    const small = await probe(path.join(dir, 'small'), Buffer.alloc(100, 120), 200, 0);
    const frame = Buffer.alloc(4120, 120);
    const paced = await probe(path.join(dir, 'frames'), frame, opts.samples, opts.gapMs);
    return { ...small, commitAtPace: { ...paced, bytes: frame.length, gapMs: opts.gapMs } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function probe(file: string, record: Buffer, n: number, gapMs: number): Promise<FsyncFigures> {
  const fd = fs.openSync(file, 'a');
  const times: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      if (gapMs > 0) await sleep(gapMs);
      const t0 = performance.now();
      fs.writeSync(fd, record);
      fs.fsyncSync(fd);
      times.push(performance.now() - t0);
    }
  } finally {
    fs.closeSync(fd);
  }
  times.sort((a, b) => a - b);
  return { p50: round(times[Math.floor(n * 0.5)]!, 3), p99: round(times[Math.min(n - 1, Math.floor(n * 0.99))]!, 3) };
}
