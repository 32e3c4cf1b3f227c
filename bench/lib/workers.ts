import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setPriority } from './servers.js';
import type { ChildMessage, DrivenRoom, ParentMessage, RunResult, SocketSpec, Target } from './wire.js';

/** The load-client processes, driven over IPC. */
export class WorkerPool {
  private readonly children: ChildProcess[];

  constructor(readonly size: number) {
    // BENCH_CLIENT_ARGS adds Node flags to the load clients, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (their cost is the harness's).
    this.children = Array.from({ length: size }, () =>
      fork(path.resolve('bench/load-client.ts'), [], { execArgv: [...(process.env.BENCH_CLIENT_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    for (const c of this.children) setPriority(c.pid);
  }

  /** The load-client processes' ids (their CPU is sampled: the harness's own cost). */
  get pids(): number[] {
    return this.children.map((c) => c.pid!);
  }

  private ask<T extends ChildMessage['type']>(child: ChildProcess, msg: ParentMessage, want: T): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (m: ChildMessage) => {
        if (m.type === want) {
          child.off('message', onMessage);
          resolve(m as Extract<ChildMessage, { type: T }>);
        } else if (m.type === 'error') {
          child.off('message', onMessage);
          reject(new Error(`load client: ${m.message}`));
        }
      };
      child.on('message', onMessage);
      child.send(msg);
    });
  }

  /** Connects each worker's share; resolves to [connected, failed, first error]. */
  async connect(target: Target, url: string, plan: Array<{ sockets: SocketSpec[]; driven: DrivenRoom[] }>) {
    const answers = await Promise.all(
      this.children.map((c, i) => this.ask(c, { type: 'connect', target, url, sockets: plan[i]!.sockets, driven: plan[i]!.driven }, 'connected')),
    );
    return {
      connected: answers.reduce((a, m) => a + m.connected, 0),
      failed: answers.reduce((a, m) => a + m.failed, 0),
      firstError: answers.find((m) => m.firstError)?.firstError,
    };
  }

  async run(ratePerRoom: number, durationMs: number, drainMs: number): Promise<RunResult[]> {
    const answers = await Promise.all(this.children.map((c) => this.ask(c, { type: 'run', ratePerRoom, durationMs, drainMs }, 'result')));
    return answers.map((a) => a.result);
  }

  async reset(): Promise<void> {
    await Promise.all(this.children.map((c) => this.ask(c, { type: 'reset' }, 'reset')));
  }

  close(): Promise<void> {
    return Promise.all(
      this.children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.send({ type: 'close' } satisfies ParentMessage);
            setTimeout(() => c.kill('SIGKILL'), 5000).unref();
          }),
      ),
    ).then(() => undefined);
  }
}
