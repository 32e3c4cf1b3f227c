import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { applyPatch } from '../../shared/patch.js';
import { PROTOCOL_VERSION } from '../../shared/protocol-version.js';
import type { CommandAck, CreatedSession, Joined, ResyncAck, ViewFullMessage, ViewPatchMessage } from '../../shared/protocol.js';
import type { ClientView } from '../../shared/domain/view-types.js';

/**
 * Scripted people for the cluster test: real socket.io-clients through the
 * proxy, reconnecting by themselves as the same person (same token), keeping
 * their view as the app does (full view, patches, a resync on a gap), and
 * noting every command the server acknowledged, to look for it in the log.
 */
export interface Acked {
  sessionId: string;
  /** What must be in the stored log: an event of this type whose JSON contains every string of `holds`. */
  type: string;
  holds: string[];
}

export class Person {
  readonly socket: Socket;
  view: ClientView | null = null;
  v = -1;
  gaps = 0;
  healed = 0;
  connects = 0;

  constructor(
    base: string,
    readonly sessionId: string,
    readonly token: string,
    readonly id: string,
  ) {
    this.socket = connect(base, {
      auth: { sessionId, token, protocol: PROTOCOL_VERSION },
      query: { session: sessionId },
      transports: ['websocket'],
      reconnection: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1000,
      randomizationFactor: 0.3,
      forceNew: true,
    });
    this.socket.on('connect', () => this.connects++);
    // A server disconnect (session moved, deletion): come back, as the app does.
    this.socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') setTimeout(() => this.socket.connect(), 200);
    });
    this.socket.on('view:full', (m: ViewFullMessage) => {
      this.view = m.view;
      this.v = m.v;
    });
    this.socket.on('view:patch', (m: ViewPatchMessage) => {
      if (!this.view || m.from !== this.v) {
        this.gaps++;
        void this.resync();
        return;
      }
      this.view = applyPatch(this.view, m.ops);
      this.v = m.v;
    });
  }

  private async resync(): Promise<void> {
    try {
      const r = (await this.socket.timeout(5000).emitWithAck('view:resync')) as ResyncAck;
      if (r.ok) {
        this.view = r.view;
        this.v = r.v;
        this.healed++;
      }
    } catch {
      /* disconnected: the next connection brings a full view */
    }
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** One try: the acknowledgement, or null when none came (disconnected, timed out). */
  async sendOnce(name: string, payload: unknown, ms = 5000): Promise<CommandAck | null> {
    if (!this.socket.connected) return null;
    // A connection that drops (its node killed) answers nothing: retry at once rather than wait out the timeout.
    let onDrop = () => {};
    const dropped = new Promise<null>((resolve) => {
      onDrop = () => resolve(null);
      this.socket.once('disconnect', onDrop);
    });
    try {
      return await Promise.race([this.socket.timeout(ms).emitWithAck(name as never, payload as never) as Promise<CommandAck>, dropped]);
    } catch {
      return null;
    } finally {
      this.socket.off('disconnect', onDrop);
    }
  }

  /**
   * Sends until the server answers with anything but `unavailable` (a retryable
   * refusal: the database away, the session moving), or `ms` passes; `onRetry`
   * hears each refusal (null: no answer). Returns the last answer, or null.
   */
  async send(name: string, payload: unknown, onRetry: (refusal: CommandAck | null) => void, ms = 60_000): Promise<{ ack: CommandAck | null }> {
    const until = Date.now() + ms;
    let ack: CommandAck | null = null;
    while (Date.now() < until) {
      ack = await this.sendOnce(name, payload);
      if (ack && (ack.ok || ack.error.code !== 'unavailable')) return { ack };
      onRetry(ack);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { ack };
  }

  close(): void {
    this.socket.close();
  }
}

async function post<T>(base: string, route: string, body: unknown): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(`${base}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status === 201) return (await res.json()) as T;
      if (attempt > 20) throw new Error(`${route}: ${res.status} ${await res.text()}`);
    } catch (err) {
      if (attempt > 20) throw err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface ScriptedSession {
  created: CreatedSession;
  facilitator: Person;
  members: Person[];
}

/** A session through the proxy: a facilitator and `n` members, all connected. */
export async function openSession(proxy: string, index: number, n: number): Promise<ScriptedSession> {
  const created = await post<CreatedSession>(proxy, '/api/sessions', { groupName: `Cluster group ${index}`, facilitatorName: `Facilitator ${index}` });
  // The join goes to the session's node: `session` is how the proxy routes (deploy/nginx.conf).
  const members: Person[] = [];
  for (let m = 0; m < n; m++) {
    const joined = await post<Joined>(proxy, `/api/join?session=${created.sessionId}`, { code: created.joinCode, name: `Member ${index}.${m}`, acceptAgreement: true });
    members.push(new Person(proxy, created.sessionId, joined.token, joined.participantId));
  }
  const facilitator = new Person(proxy, created.sessionId, created.facilitatorToken, '');
  return { created, facilitator, members };
}
