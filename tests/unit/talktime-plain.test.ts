import { describe, expect, it } from 'vitest';
import type { TalkInput } from '../../shared/talk/metrics.js';
import { talkMetrics } from '../../shared/talk/metrics.js';
import { plainTalkNotes } from '../../shared/talk/plain.js';

const T0 = 1_700_000_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

/** Members present the whole 10 minutes; `talk` gives each member's seconds of tracker time. */
function metricsOf(talk: Record<string, number>) {
  const names = Object.keys(talk);
  let at = 0;
  const intervals: TalkInput['intervals'] = {};
  for (const [i, name] of names.entries()) {
    if (talk[name]! > 0) intervals[`k${i}`] = { participantId: name, from: s(at), to: s(at + talk[name]!), source: 'tracker' };
    at += talk[name]!;
  }
  const input: TalkInput = {
    startedAt: T0,
    endedAt: null,
    people: Object.fromEntries(names.map((n) => [n, { name: n, role: 'member' as const, present: [{ from: T0, to: null }] }])),
    intervals,
  };
  return talkMetrics(input, s(600));
}

describe('plain words before statistics', () => {
  it('nothing to say without members; "nobody yet" before anyone speaks', () => {
    expect(plainTalkNotes(metricsOf({}))).toEqual([]);
    expect(plainTalkNotes(metricsOf({ Ann: 0, Bo: 0 }))).toEqual([{ kind: 'nobodyYet' }]);
  });

  it('names who has not spoken, who has spoken much less, and who has had much more than an even share', () => {
    const notes = plainTalkNotes(metricsOf({ Ann: 200, Bo: 30, Cy: 40, Dana: 0 }));
    expect(notes).toEqual([
      { kind: 'notSpoken', names: ['Dana'] },
      { kind: 'most', name: 'Ann', share: expect.closeTo(200 / 270, 3), fair: 0.25 },
    ]);
    expect(plainTalkNotes(metricsOf({ Ann: 100, Bo: 100, Cy: 20 }))).toContainEqual({ kind: 'quiet', names: ['Cy'] });
  });

  it('says talk is even only when there is nothing else to say', () => {
    expect(plainTalkNotes(metricsOf({ Ann: 60, Bo: 55, Cy: 50 }))).toEqual([{ kind: 'even' }]);
    // With two members "who had the most" is only the other side of "who had less": it needs three people.
    expect(plainTalkNotes(metricsOf({ Ann: 100, Bo: 10 })).some((n) => n.kind === 'most')).toBe(false);
  });
});
