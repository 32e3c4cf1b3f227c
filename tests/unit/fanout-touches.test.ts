import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/reducer.js';
import { meView } from '../../shared/domain/views.js';
import { touchesMe } from '../../server/rooms/fanout.js';
import { recordedSession } from '../support/summary-fixture.js';

// The fan-out skips rebuilding a person's own view when touchesMe says the change
// cannot have reached it. Walk a whole session event by event: wherever it skips,
// the view must indeed be unchanged.
describe('touchesMe', () => {
  it('is false only where the person\'s own view did not change, and skips it for turns and breaks', () => {
    const { log } = recordedSession();
    let state = replay(log.slice(0, 2));
    const rebuiltOn: string[] = [];
    for (const event of log.slice(2)) {
      const next = replay([event], state);
      for (const id of Object.keys(state.participants)) {
        if (touchesMe(state, next, id)) rebuiltOn.push(event.type);
        else expect(meView(next, id), `${event.type} for ${id}`).toEqual(meView(state, id));
      }
      state = next;
    }
    // Turns and breaks (most of a session's traffic) rebuild nobody's own view.
    expect(rebuiltOn.filter((t) => t.startsWith('turns:') || t.startsWith('break:'))).toEqual([]);
    expect(rebuiltOn.length).toBeGreaterThan(0);
  });
});
