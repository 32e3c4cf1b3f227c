import fs from 'node:fs';

/**
 * CPU and RSS of a process, read from /proc (Linux), without dependencies.
 * CPU is utime + stime in clock ticks (USER_HZ, 100 on Linux).
 */
const TICKS_PER_SECOND = 100;

/** /proc reads give NaN once the process is gone (a crashed server must not take the bench down). */
function readProc(path: string): string {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The whole process's CPU, or with `thread` one thread's (the main thread's id is the process id). */
function cpuTicks(pid: number, thread?: number): number {
  const stat = readProc(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`);
  if (!stat) return NaN;
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
}

export function rssBytes(pid: number): number {
  const status = readProc(`/proc/${pid}/status`);
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return kb ? Number(kb[1]) * 1024 : NaN;
}

export interface ProcFigures {
  /** Average CPU over the window, in % of one core. */
  cpuPercent: number;
  /** CPU seconds used in the window (robust to other processes competing for the cores, unlike latency). */
  cpuSeconds: number;
  /** Of those, the main thread's: the one event loop every room shares, so what caps a node (the rest is the store worker, GC and I/O threads). */
  mainThreadCpuSeconds: number;
  /** Length of the window, s. */
  seconds: number;
  rssMeanMiB: number;
  rssMaxMiB: number;
}

/** Samples a process every `everyMs` until stopped. */
export function sampleProcess(pid: number, everyMs = 250): { stop(): ProcFigures } {
  const t0 = Date.now();
  const c0 = cpuTicks(pid);
  const m0 = cpuTicks(pid, pid);
  const rss: number[] = [rssBytes(pid)];
  const timer = setInterval(() => rss.push(rssBytes(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      const seconds = (Date.now() - t0) / 1000;
      const cpu = (cpuTicks(pid) - c0) / TICKS_PER_SECOND;
      const main = (cpuTicks(pid, pid) - m0) / TICKS_PER_SECOND;
      rss.push(rssBytes(pid));
      const mib = (b: number) => b / 1024 / 1024;
      return {
        cpuPercent: (cpu / seconds) * 100,
        cpuSeconds: cpu,
        mainThreadCpuSeconds: main,
        seconds,
        rssMeanMiB: mib(rss.reduce((a, b) => a + b, 0) / rss.length),
        rssMaxMiB: mib(Math.max(...rss.filter((x) => !Number.isNaN(x)))),
      };
    },
  };
}

/** A process's CPU rate while nothing is asked of it, in CPU seconds per second: the whole process and its main thread. */
export interface IdleRate {
  cpu: number;
  main: number;
}

/**
 * The steady idle rate (pings, timers) is the floor of what a quiet process uses; a slice that
 * caught leftover work (a sweep after connecting thousands of sockets, a burst of pings) reads
 * higher. So each figure is the lowest of `slices` consecutive slices. One slice alone read an
 * idle relay at 1 % of a core at one step and 20 % at the next, and the per-command figure,
 * which takes the idle rate times the whole window off, moved by a factor of three with it.
 */
export function steadyIdleRate(slices: ProcFigures[]): IdleRate {
  if (slices.length === 0) throw new Error('steadyIdleRate needs at least one slice');
  return {
    cpu: Math.min(...slices.map((s) => s.cpuSeconds / s.seconds)),
    main: Math.min(...slices.map((s) => s.mainThreadCpuSeconds / s.seconds)),
  };
}

/** Samples `slices` consecutive slices of `sliceMs` of an idle process: see steadyIdleRate. */
export async function measureIdleRate(pid: number, sliceMs: number, slices = 3): Promise<IdleRate> {
  const taken: ProcFigures[] = [];
  for (let i = 0; i < slices; i++) {
    const s = sampleProcess(pid);
    await new Promise((r) => setTimeout(r, sliceMs));
    taken.push(s.stop());
  }
  return steadyIdleRate(taken);
}

/** The soft limit on open files of a process (/proc/<pid>/limits), or Infinity when unknown or unlimited. */
export function openFilesLimit(pid: number): number {
  const m = /Max open files\s+(\d+)/.exec(readProc(`/proc/${pid}/limits`));
  return m ? Number(m[1]) : Infinity;
}

export function alive(pid: number): boolean {
  return readProc(`/proc/${pid}/stat`) !== '';
}

export function loadAverage(): number[] {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}

/** Waits until the process uses under `percent` of a core over a half-second window (e.g. after thousands of connects), or `maxMs`. */
export async function waitQuiet(pid: number, percent = 15, maxMs = 20_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const s = sampleProcess(pid, 1000);
    await new Promise((r) => setTimeout(r, 500));
    if (s.stop().cpuPercent < percent) return;
  }
}
