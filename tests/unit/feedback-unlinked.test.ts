import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../shared/domain/events.js';
import { reduce } from '../../shared/domain/reducer.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import type { Command } from '../../shared/commands.js';
import { ctx, member, started, taggerFor } from '../support/feedback-fixtures.js';

/**
 * Issue 12, finding 1: no tag in the stored events of an anonymous round may be
 * shared by two items of one writer (grouping a writer's items names them by
 * elimination). Every tag-like value an event carries is collected per item.
 */
function runLogged(state: SessionState, steps: Array<[Command, string]>) {
  const log: DomainEvent[] = [];
  let s = state;
  for (const [command, who] of steps) {
    const r = reduce(s, command, member(who), ctx());
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    log.push(...r.events);
    s = r.state;
  }
  return { s, log };
}

const draft = (recipient: string, text: string): Command => ({ type: 'feedback:saveDraft', payload: { recipient, parts: [text, 'b', 'c'] } });
const send = (recipient: string, text: string): Command => ({ type: 'feedback:submit', payload: { recipient, parts: [text, 'b', 'c'] } });

describe('anonymous pairs round: one writer, several items', () => {
  const steps: Array<[Command, string]> = [
    [draft('bo', 'to bo, first try'), 'ann'],
    [draft('bo', 'to bo'), 'ann'],
    [send('bo', 'to bo'), 'ann'],
    [draft('cy', 'to cy'), 'ann'],
    [send('cy', 'to cy'), 'ann'],
    [draft('dee', 'to dee, unsent'), 'ann'],
  ];

  it('the stored events of one item share no tag with another item or the unsent draft', () => {
    const { log } = runLogged(started({ mode: 'pairs', anonymous: true }), steps);
    // Tags per thread: a submitted event links its own draft tag and item tag; drafts saved under a tag join that thread.
    const threads: Array<Set<string>> = [];
    for (const e of log) {
      if (e.type === 'feedback:submitted') threads.push(new Set([e.draftTag, e.ownerTag!]));
    }
    const unsent = log.filter((e) => e.type === 'feedback:draftSaved').at(-1) as Extract<DomainEvent, { type: 'feedback:draftSaved' }>;
    threads.push(new Set([unsent.draftTag]));
    for (let i = 0; i < threads.length; i++) {
      for (let j = i + 1; j < threads.length; j++) {
        for (const tag of threads[i]!) expect(threads[j]!.has(tag), `thread ${i} and ${j} share a tag`).toBe(false);
      }
    }
    for (const e of log) expect(JSON.stringify(e)).not.toContain('"ann"');
  });

  it('the writer still sees their own draft and items (by their key), and nobody else does', () => {
    const { s } = runLogged(started({ mode: 'pairs', anonymous: true }), steps);
    const mine = viewFor(s, 'ann', taggerFor('token-of-ann')).me.feedback!;
    expect(Object.values(mine.mine).map((i) => i.recipient).sort()).toEqual(['bo', 'cy']);
    expect(mine.draft).toEqual({ recipient: 'dee', parts: ['to dee, unsent', 'b', 'c'] });
    const bo = viewFor(s, 'bo', taggerFor('token-of-bo')).me.feedback!;
    expect(bo.mine).toEqual({});
    expect(bo.draft).toBeNull();
  });

  it('a second item to the same recipient is still refused', () => {
    const { s } = runLogged(started({ mode: 'pairs', anonymous: true }), steps);
    const r = reduce(s, send('bo', 'again'), member('ann'), ctx());
    expect(r.ok ? 'ok' : r.error.code).toBe('conflict');
  });
});
