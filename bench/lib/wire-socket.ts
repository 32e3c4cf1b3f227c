import WebSocket from 'ws';

/**
 * A load client's connection: the Socket.IO v4 protocol (Engine.IO v4 over a
 * plain `ws` WebSocket) spoken directly, only as much of it as the bench uses:
 * connect to the main namespace with `auth`, answer pings, send events with
 * acknowledgements, receive events. A full socket.io-client instance per
 * connection costs several times the CPU and memory; with 12,000+ connections
 * on the same two cores as the server, that made the load side the limit.
 * The load clients report their own CPU per command (scenarios.ts), so the
 * harness's overhead is in every result.
 *
 * Frames (text): Engine.IO type digit, then Socket.IO type digit, then an
 * optional ack id, then JSON. `0{…}` open; `2`/`3` ping/pong; `40` connect;
 * `44` connect error; `42[event, …args]` event; `43<id>[…args]` ack.
 */
type Listener = (...args: never[]) => void;
const call = (l: Listener, args: unknown[]) => (l as (...a: unknown[]) => void)(...args);

export class WireSocket {
  private readonly ws: WebSocket;
  private readonly listeners = new Map<string, Listener[]>();
  private readonly anyListeners: Listener[] = [];
  private readonly acks = new Map<number, Listener>();
  private nextAck = 0;
  /** Every text frame as it arrived (for byte counts). */
  onFrame: ((frame: string) => void) | null = null;
  connected = false;

  constructor(url: string, private readonly auth: unknown, headers: Record<string, string> = {}) {
    const u = new URL(url);
    // The session id (not a secret) routes the connection to the session's node behind a proxy (deploy/nginx.conf).
    const session = (auth as { sessionId?: unknown } | null)?.sessionId;
    const query = typeof session === 'string' ? `&session=${encodeURIComponent(session)}` : '';
    this.ws = new WebSocket(`ws://${u.host}/socket.io/?EIO=4&transport=websocket${query}`, { perMessageDeflate: false, headers });
    this.ws.on('message', (data: WebSocket.RawData, isBinary: boolean) => {
      if (!isBinary) this.receive(data.toString());
    });
    this.ws.on('error', (err) => this.fire('connect_error', err));
    this.ws.on('close', () => {
      if (this.connected) this.fire('disconnect');
      this.connected = false;
    });
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) call(l, args);
  }

  private receive(frame: string): void {
    this.onFrame?.(frame);
    switch (frame[0]) {
      case '0':
        return void this.ws.send(`40${JSON.stringify(this.auth)}`);
      case '2':
        return void this.ws.send('3');
      case '4':
        break;
      default:
        return;
    }
    const kind = frame[1];
    if (kind === '0') {
      this.connected = true;
      return this.fire('connect');
    }
    if (kind === '4') {
      const body = JSON.parse(frame.slice(2)) as { message: string; data?: unknown };
      const err = Object.assign(new Error(body.message), { data: body.data });
      return this.fire('connect_error', err);
    }
    const start = frame.indexOf('[');
    if (start < 0) return;
    const id = start > 2 ? Number(frame.slice(2, start)) : null;
    const args = JSON.parse(frame.slice(start)) as unknown[];
    if (kind === '3' && id !== null) {
      const ack = this.acks.get(id);
      this.acks.delete(id);
      if (ack) call(ack, args);
    } else if (kind === '2') {
      const [event, ...rest] = args as [string, ...unknown[]];
      for (const l of this.anyListeners) call(l, [event, ...rest]);
      this.fire(event, ...rest);
    }
  }

  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }

  once(event: string, fn: Listener): this {
    const wrapped = (...args: unknown[]) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped));
      call(fn, args);
    };
    return this.on(event, wrapped);
  }

  onAny(fn: Listener): void {
    this.anyListeners.push(fn);
  }

  emit(event: string, payload: unknown, ack?: Listener): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    if (!ack) return void this.ws.send(`42${JSON.stringify([event, payload])}`);
    const id = this.nextAck++;
    this.acks.set(id, ack);
    this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
  }

  disconnect(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send('41');
    this.ws.close();
  }
}
