import { parentPort, workerData } from 'node:worker_threads';
import type { StorageEngine } from './engine.js';
import { kindOf } from './engine.js';
import { openEngine } from './start-checks.js';
import type { Answer, Request } from './wire.js';
import { answerOf, toWire } from './wire.js';

/**
 * The store worker: the only thread with a database handle. Reads are answered
 * as they arrive. Writes queue up while a transaction is being written and go
 * into the next one together (group commit): one transaction, one fsync for the
 * batch; their answers go back only once it is durable, in order. While many
 * rooms write, the main thread holds a batch's writes for a moment and sends them
 * together (the commit delay, worker-store.ts and commit-pacer.ts).
 */
export interface WorkerOptions {
  dataDir: string;
  synchronous: 'FULL' | 'NORMAL';
}

const port = parentPort!;
const { dataDir, synchronous } = workerData as WorkerOptions;
const opened = openEngine(dataDir, synchronous);
if (!opened.ok) {
  port.postMessage({ type: 'ready', fatal: { message: opened.message, code: opened.code } });
} else {
  const { engine } = opened;
  port.postMessage({ type: 'ready', damage: opened.damage, logs: opened.logs });
  serve(engine);
}

function serve(engine: StorageEngine): void {
  let queue: Request[] = [];
  let scheduled = false;

  const direct = (r: Request): Answer => {
    try {
      return { id: r.id, ok: true, value: engine.runOne(r.op) };
    } catch (err) {
      return { id: r.id, ok: false, error: toWire(err) };
    }
  };

  const flush = () => {
    scheduled = false;
    const items = queue;
    queue = [];
    for (let i = 0; i < items.length; ) {
      if (kindOf(items[i]!.op) === 'alone') {
        port.postMessage([direct(items[i]!)]);
        i++;
        continue;
      }
      let j = i;
      while (j < items.length && kindOf(items[j]!.op) === 'write') j++;
      const batch = items.slice(i, j);
      const results = engine.runBatch(batch.map((r) => r.op));
      port.postMessage(results.map((r, k) => answerOf(batch[k]!.id, r)));
      i = j;
    }
  };

  port.on('message', (msg: Request[] | { type: 'close' }) => {
    if (!Array.isArray(msg)) {
      flush();
      engine.close();
      port.postMessage({ type: 'closed' });
      port.close();
      return;
    }
    const now: Answer[] = [];
    for (const r of msg) {
      let kind;
      try {
        kind = kindOf(r.op);
      } catch (err) {
        now.push({ id: r.id, ok: false, error: toWire(err) });
        continue;
      }
      if (kind === 'read') now.push(direct(r));
      else {
        queue.push(r);
        // Everything that arrives while this batch is written goes into the next one.
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }
    }
    if (now.length > 0) port.postMessage(now);
  });
}
