import { describe, expect, it } from 'vitest';
import { TicketBook } from '../../server/notes/tickets.js';

const grant = { sessionId: 's1', participantId: 'fac' };

describe('notes tickets', () => {
  it('are single-use', () => {
    const book = new TicketBook(60_000);
    const { ticket } = book.issue(grant, 0);
    expect(book.redeem(ticket, 1)).toEqual(grant);
    expect(book.redeem(ticket, 2)).toBeUndefined();
  });

  it('expire, and an expired attempt spends the ticket', () => {
    const book = new TicketBook(60_000);
    const { ticket, expiresAt } = book.issue(grant, 0);
    expect(expiresAt).toBe(60_000);
    expect(book.redeem(ticket, 60_000)).toBeUndefined();
    expect(book.size).toBe(0);
  });

  it('refuse missing, unknown and oversized tickets', () => {
    const book = new TicketBook(60_000);
    expect(book.redeem(null, 0)).toBeUndefined();
    expect(book.redeem('', 0)).toBeUndefined();
    expect(book.redeem('x'.repeat(43), 0)).toBeUndefined();
    expect(book.redeem('x'.repeat(500), 0)).toBeUndefined();
  });

  it('keep only a few outstanding per person, dropping the oldest', () => {
    const book = new TicketBook(60_000);
    const first = book.issue(grant, 0).ticket;
    for (let i = 0; i < 10; i++) book.issue(grant, i);
    expect(book.size).toBe(5);
    expect(book.redeem(first, 20)).toBeUndefined();
    book.issue({ sessionId: 's1', participantId: 'co' }, 20);
    expect(book.size).toBe(6);
  });

  it('forget expired tickets when new ones are issued', () => {
    const book = new TicketBook(1000);
    book.issue(grant, 0);
    book.issue({ sessionId: 's2', participantId: 'x' }, 0);
    book.issue(grant, 5000);
    expect(book.size).toBe(1);
  });
});
