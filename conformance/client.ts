import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

/**
 * A protocol client written only from docs/protocol.md: no import from shared/,
 * so it checks the documented contract, not our own code. It keeps its view
 * from `view:full` and `view:patch` exactly as the document says.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type View = { [key: string]: Json };
type Op = { op: 'set'; path: string[]; value: Json } | { op: 'del'; path: string[] };
export type Ack = { ok: true; [key: string]: Json } | { ok: false; error: { code: string; message: string } };

/** The protocol version this kit speaks (docs/protocol.md, "Versions"). */
export const KIT_PROTOCOL = '1.0';

/** Walks `path` from the root, creating objects as needed; `set` replaces, `del` removes. */
function applyOp(root: Json, op: Op): Json {
  if (op.path.length === 0) return op.op === 'set' ? op.value : {};
  const top: { [key: string]: Json } = root && typeof root === 'object' && !Array.isArray(root) ? { ...root } : {};
  let node = top;
  for (const key of op.path.slice(0, -1)) {
    const child = node[key];
    const copy: { [key: string]: Json } = child && typeof child === 'object' && !Array.isArray(child) ? { ...child } : {};
    node[key] = copy;
    node = copy;
  }
  const last = op.path[op.path.length - 1]!;
  if (op.op === 'set') node[last] = op.value;
  else delete node[last];
  return top;
}

export class KitClient {
  view: View | null = null;
  v = -1;
  /** Patches whose `from` did not match: each one costs a resync. */
  gaps = 0;
  private readonly socket: Socket;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('view:full', (m: { v: number; view: View }) => {
      this.view = m.view;
      this.v = m.v;
    });
    socket.on('view:patch', (m: { from: number; v: number; ops: Op[] }) => {
      if (!this.view || m.from !== this.v) {
        // The step's check reports it; a real client would resync here.
        this.gaps++;
        return;
      }
      this.view = m.ops.reduce<Json>(applyOp, this.view) as View;
      this.v = m.v;
    });
  }

  /** Connects with the credential in the handshake `auth` and waits for the first `view:full`. */
  static connect(base: string, sessionId: string, token: string, protocol: string = KIT_PROTOCOL): Promise<KitClient> {
    const socket = io(base, { auth: { sessionId, token, protocol }, transports: ['websocket'], reconnection: false, forceNew: true });
    const client = new KitClient(socket);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no view:full within 5 s of connecting')), 5000);
      socket.once('connect_error', (err: Error & { data?: { code?: string } }) => {
        clearTimeout(timer);
        socket.close();
        reject(new Error(`connect_error ${err.data?.code ?? ''}: ${err.message}`));
      });
      socket.once('view:full', () => {
        clearTimeout(timer);
        resolve(client);
      });
    });
  }

  /** A command; on `rate_limited` waits a second and sends it again, as the docs advise. */
  async send(name: string, payload: Record<string, Json>): Promise<Ack> {
    for (let attempt = 0; ; attempt++) {
      const ack = await this.request(name, payload);
      if (ack.ok || ack.error.code !== 'rate_limited' || attempt >= 5) return ack;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  /** Sends a command that must succeed. */
  async must(name: string, payload: Record<string, Json>): Promise<Ack & { ok: true }> {
    const ack = await this.send(name, payload);
    if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} (${ack.error.message})`);
    return ack;
  }

  request(name: string, payload?: Record<string, Json>): Promise<Ack> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: no acknowledgement within 5 s`)), 5000);
      const done = (ack: Ack) => {
        clearTimeout(timer);
        resolve(ack);
      };
      if (payload === undefined) this.socket.emit(name, done);
      else this.socket.emit(name, payload, done);
    });
  }

  /** `view:resync`: the fresh full view, which replaces the kept one. Returns what the kept view was. */
  async resync(): Promise<{ kept: View | null; keptV: number; fresh: View; v: number }> {
    const kept = this.view;
    const keptV = this.v;
    const ack = await this.request('view:resync');
    if (!ack.ok) throw new Error(`view:resync refused: ${ack.error.code}`);
    const fresh = ack.view as View;
    const v = ack.v as number;
    this.view = fresh;
    this.v = v;
    return { kept, keptV, fresh, v };
  }

  close(): void {
    this.socket.disconnect();
  }
}
