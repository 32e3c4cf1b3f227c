import { describe, expect, it } from 'vitest';
import { viewFor } from '../../shared/domain/views.js';
import { setPresence } from '../support/domain-room.js';
import { fac, itemIds, ok, screen, started, submit, writing } from '../support/feedback-fixtures.js';

const progressOf = (s: Parameters<typeof viewFor>[0]) => viewFor(s, 'fac').shared?.staff?.feedback.progress;

describe('feedback writing progress, for staff', () => {
  it('named hot seat: "1 of 3 have sent" and who is still writing, the focus member aside', () => {
    const s = submit(writing(), 'bo');
    expect(progressOf(s)).toEqual({ of: 3, sent: 1, stillWriting: ['Cy', 'Dee'] });
    // Someone who left is no longer waited for.
    expect(progressOf(setPresence(s, 'dee', 'left'))).toEqual({ of: 2, sent: 1, stillWriting: ['Cy'] });
  });

  it('anonymous rounds count, and never say who is still writing', () => {
    const hot = submit(writing({ anonymous: true }), 'bo');
    expect(progressOf(hot)).toEqual({ of: 3, sent: 1, stillWriting: null });
    const pairs = submit(started({ mode: 'pairs', anonymous: true }), 'bo', undefined, 'cy');
    expect(progressOf(pairs)).toEqual({ of: 4, sent: null, stillWriting: null });
  });

  it('is absent outside writing, and members never receive it', () => {
    expect(progressOf(started())).toBeUndefined(); // still asking the hot-seat member
    const s = submit(writing(), 'bo');
    expect(JSON.stringify(viewFor(s, 'cy'))).not.toContain('stillWriting');
    const revealed = ok(screen(s, itemIds(s)[0]!, 'approve'), { type: 'feedback:reveal', payload: {} }, fac);
    expect(progressOf(revealed)).toBeUndefined();
  });
});
