import { hashToken, newToken } from '../auth/tokens.js';

export interface TicketGrant {
  sessionId: string;
  participantId: string;
}

interface Entry extends TicketGrant {
  expiresAt: number;
}

/** Outstanding tickets are few: a person asks for one just before connecting. */
const MAX_PER_PERSON = 5;

/**
 * Short-lived, single-use tickets for the notes WebSocket. Kept in memory and
 * only as hashes: after a restart the editor simply asks for a new one.
 */
export class TicketBook {
  private readonly byHash = new Map<string, Entry>();

  constructor(private readonly ttlMs: number) {}

  issue(grant: TicketGrant, now: number): { ticket: string; expiresAt: number } {
    this.sweep(now);
    const mine = [...this.byHash].filter(([, e]) => e.sessionId === grant.sessionId && e.participantId === grant.participantId);
    // Oldest go first when someone keeps asking without using them.
    for (const [hash] of mine.slice(0, Math.max(0, mine.length - MAX_PER_PERSON + 1))) this.byHash.delete(hash);
    const ticket = newToken();
    const expiresAt = now + this.ttlMs;
    this.byHash.set(hashToken(ticket), { ...grant, expiresAt });
    return { ticket, expiresAt };
  }

  /** The grant, once: a ticket is spent by the first attempt, good or not. */
  redeem(ticket: string | null | undefined, now: number): TicketGrant | undefined {
    if (!ticket || ticket.length > 128) return undefined;
    const hash = hashToken(ticket);
    const entry = this.byHash.get(hash);
    if (!entry) return undefined;
    this.byHash.delete(hash);
    if (entry.expiresAt <= now) return undefined;
    return { sessionId: entry.sessionId, participantId: entry.participantId };
  }

  get size(): number {
    return this.byHash.size;
  }

  private sweep(now: number): void {
    for (const [hash, e] of this.byHash) if (e.expiresAt <= now) this.byHash.delete(hash);
  }
}
