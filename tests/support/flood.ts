import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A flooding client in a child process (see flood-child.mjs): its sockets, and the flood it sends. */
export interface Flooder {
  /** Opens one socket per client; answers, per client, `connected` or the refusal code. */
  connect(clients: { auth: { sessionId: string; token: string }; from: string }[]): Promise<string[]>;
  /** Every open socket starts sending 50 commands a second. */
  start(participantIds: string[]): Promise<void>;
  /** Stops sending; counts what was sent and accepted since `start`. */
  stop(): Promise<{ accepted: number; sent: number }>;
  close(): void;
}

export async function startFlooder(url: string): Promise<Flooder> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./flood-child.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as T);
      };
      const onExit = (code: number | null) => reject(new Error(`the flooding process exited (${code}) before '${type}'`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  await next('ready');
  return {
    async connect(clients) {
      const answer = next<{ results: string[] }>('connected');
      child.send({ type: 'connect', url, clients });
      return (await answer).results;
    },
    async start(participantIds) {
      const answer = next('flooding');
      child.send({ type: 'flood', participantIds });
      await answer;
    },
    async stop() {
      const answer = next<{ accepted: number; sent: number }>('stopped');
      child.send({ type: 'stop' });
      const { accepted, sent } = await answer;
      return { accepted, sent };
    },
    close() {
      if (child.connected) child.send({ type: 'exit' });
      else child.kill();
    },
  };
}
