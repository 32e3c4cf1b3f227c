import type { Acked, Person, ScriptedSession } from './actors.js';

/**
 * What the scripted people do in every session, round after round: a
 * check-in (start, every member answers, reveal, close) and a raised hand the
 * facilitator lowers; a feedback round once at the start. Every acknowledged
 * command is noted (Acked) to be found in the stored log at the end.
 */
export interface Tally {
  sent: number;
  acked: number;
  /** Refused as retryable (`unavailable`: the database away, the session moving) and sent again. */
  refusedRetryable: number;
  /** No answer (the node was killed, the socket was reconnecting) and sent again. */
  noAnswer: number;
  /** Refused for a domain reason (e.g. a check-in already closed by a retried command). */
  refusedOther: number;
}

export const tally = (): Tally => ({ sent: 0, acked: 0, refusedRetryable: 0, noAnswer: 0, refusedOther: 0 });

export class SessionScript {
  readonly acked: Acked[] = [];
  lastAckAt = 0;
  private round = 0;
  private stopped = true;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    readonly s: ScriptedSession,
    readonly index: number,
    private readonly t: Tally,
  ) {}

  get sessionId(): string {
    return this.s.created.sessionId;
  }

  get people(): Person[] {
    return [this.s.facilitator, ...this.s.members];
  }

  private async send(p: Person, name: string, payload: unknown, record?: Omit<Acked, 'sessionId'>): Promise<boolean> {
    this.t.sent++;
    const r = await p.send(name, payload, (answer) => {
      if (answer) this.t.refusedRetryable++;
      else this.t.noAnswer++;
    });
    if (r.ack?.ok) {
      this.t.acked++;
      this.lastAckAt = Date.now();
      if (record) this.acked.push({ sessionId: this.sessionId, ...record });
      return true;
    }
    if (r.ack) this.t.refusedOther++;
    return false;
  }

  /** Resolves once the facilitator's view satisfies `pred`, or false after `ms`. */
  private async viewHas(pred: (p: Person) => boolean, ms = 10_000): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (pred(this.s.facilitator)) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }

  async feedbackRound(): Promise<void> {
    const { facilitator: f, members } = this.s;
    if (!(await this.send(f, 'feedback:start', { mode: 'pairs', labels: ['When you…', 'I felt…', 'I wonder…'], anonymous: false }))) return;
    for (const [i, m] of members.entries()) {
      const text = `Feedback ${this.index}.${i} wintergreen`;
      const to = members[(i + 1) % members.length]!;
      await this.send(m, 'feedback:submit', { recipient: to.id, parts: [text, 'warm', 'more'] }, { type: 'feedback:submitted', holds: [text] });
    }
    await this.send(f, 'feedback:end', {});
  }

  private async checkinRound(): Promise<void> {
    const { facilitator: f, members } = this.s;
    const open = f.view?.shared?.checkin;
    if (open) await this.send(f, 'checkin:close', { checkinId: open.id });
    const prompt = `Prompt ${this.index}.${this.round++}`;
    if (!(await this.send(f, 'checkin:start', { prompt, format: { kind: 'word' }, minimum: 2 }, { type: 'checkin:started', holds: [prompt] }))) return;
    if (!(await this.viewHas((p) => p.view?.shared?.checkin?.prompt === prompt))) return;
    const checkinId = f.view!.shared!.checkin!.id;
    for (const m of members) await this.send(m, 'checkin:answer', { checkinId, value: 'calm' }, { type: 'checkin:answered', holds: [checkinId, m.id] });
    await this.send(f, 'checkin:reveal', { checkinId });
    await this.send(f, 'checkin:close', { checkinId }, { type: 'checkin:closed', holds: [checkinId] });
    const m0 = members[0]!;
    await this.send(m0, 'turns:raiseHand', {}, { type: 'turns:handRaised', holds: [m0.id] });
    await this.send(f, 'turns:lowerAll', {});
  }

  /** Runs rounds until stop(); a pause between rounds keeps each person under the command rate limit. */
  start(): void {
    this.stopped = false;
    this.loop = (async () => {
      while (!this.stopped) {
        await this.checkinRound();
        await new Promise((r) => setTimeout(r, 800));
      }
    })();
  }

  /** Stops after the round under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}
