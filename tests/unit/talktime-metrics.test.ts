import { describe, expect, it } from 'vitest';
import type { TalkInterval, TalkSource } from '../../shared/talk/intervals.js';
import { closeOpen, CROSSTALK } from '../../shared/talk/intervals.js';
import type { TalkInput } from '../../shared/talk/metrics.js';
import { talkMetrics } from '../../shared/talk/metrics.js';
import { effectiveTimeline } from '../../shared/talk/precedence.js';
import { balanceIndex, gini, median } from '../../shared/talk/stats.js';
import { T0 } from '../support/domain.js';

const s = (seconds: number) => T0 + seconds * 1000;
const iv = (participantId: string, from: number, to: number | null, source: TalkSource = 'tracker'): TalkInterval => ({
  participantId,
  from: s(from),
  to: to === null ? null : s(to),
  source,
});

type Person = [id: string, role: 'facilitator' | 'cofacilitator' | 'member', present: Array<[number, number | null]>];

function input(people: Person[], intervals: TalkInterval[], endedAt: number | null = null): TalkInput {
  return {
    startedAt: T0,
    endedAt: endedAt === null ? null : s(endedAt),
    people: Object.fromEntries(
      people.map(([id, role, present]) => [
        id,
        { name: id.toUpperCase(), role, present: present.map(([from, to]) => ({ from: s(from), to: to === null ? null : s(to) })) },
      ]),
    ),
    intervals: Object.fromEntries(intervals.map((i, n) => [`k${n}`, i])),
  };
}

const byId = (m: ReturnType<typeof talkMetrics>) => Object.fromEntries(m.members.map((r) => [r.id, r]));

describe('Gini and balance index', () => {
  it('three members with 60 s / 30 s / 10 s: Gini 1/3, balance 2/3', () => {
    // Mean μ = (60 + 30 + 10) / 3 = 100/3.
    // Σᵢ Σⱼ |xᵢ − xⱼ| over ordered pairs = 2 · (|60−30| + |60−10| + |30−10|) = 2 · (30 + 50 + 20) = 200.
    // G = 200 / (2 · n² · μ) = 200 / (2 · 9 · 100/3) = 200 / 600 = 1/3; balance = 1 − 1/3 = 2/3.
    expect(gini([60, 30, 10])).toBeCloseTo(1 / 3, 12);
    expect(balanceIndex([60, 30, 10])).toBeCloseTo(2 / 3, 12);
  });

  it('is 0 for an even split, (n−1)/n when one person has it all, and undefined with nothing to compare', () => {
    expect(gini([20, 20, 20, 20])).toBe(0);
    // One of four has everything: Σ|xᵢ−xⱼ| = 2 · 3 · 40 = 240; 2 · 16 · 10 = 320; G = 240/320 = 3/4.
    expect(gini([40, 0, 0, 0])).toBeCloseTo(3 / 4, 12);
    expect(gini([5])).toBeNull();
    expect(gini([0, 0])).toBeNull();
  });

  it('median of odd and even counts', () => {
    expect(median([30, 10, 60])).toBe(30);
    expect(median([40, 6, 20, 0])).toBe(13); // (6 + 20) / 2
    expect(median([])).toBe(0);
  });
});

describe('talkMetrics', () => {
  it('shares 60/30/10 % and balance 2/3 for three members tracked 60 s, 30 s, 10 s', () => {
    const everyone: Array<[number, number | null]> = [[0, null]];
    const m = talkMetrics(
      input(
        [
          ['ann', 'member', everyone],
          ['bo', 'member', everyone],
          ['cy', 'member', everyone],
        ],
        [iv('ann', 0, 60), iv('bo', 60, 90), iv('cy', 90, 100)],
      ),
      s(200),
    );
    const r = byId(m);
    // 60 / (60 + 30 + 10) = 0.6, 30 / 100 = 0.3, 10 / 100 = 0.1
    expect([r.ann!.share, r.bo!.share, r.cy!.share]).toEqual([0.6, 0.3, 0.1]);
    expect(r.ann!.talkMs).toBe(60_000);
    expect(m.memberTotalMs).toBe(100_000);
    expect(m.elapsedMs).toBe(200_000);
    expect(m.balanceIndex).toBeCloseTo(2 / 3, 12);
    // All present the whole 200 s: fair share 200 / 600 = 1/3 each.
    expect(r.cy!.fairShare).toBeCloseTo(1 / 3, 12);
    expect(r.ann!.turns).toBe(1);
    // Cy stopped at 100 s; at 200 s that is 100 s ago.
    expect(r.cy!.sinceLastSpokeMs).toBe(100_000);
  });

  it('fair share follows time present: one member joined halfway', () => {
    // Session 0–120 s. Ann and Bo present 120 s each, Cy from 60 s: 60 s. Total presence 300 s.
    // Fair shares: 120/300 = 0.4, 120/300 = 0.4, 60/300 = 0.2.
    const m = talkMetrics(
      input(
        [
          ['ann', 'member', [[0, null]]],
          ['bo', 'member', [[0, null]]],
          ['cy', 'member', [[60, null]]],
        ],
        [iv('ann', 0, 30)],
      ),
      s(120),
    );
    const r = byId(m);
    expect(r.ann!.fairShare).toBeCloseTo(0.4, 12);
    expect(r.bo!.fairShare).toBeCloseTo(0.4, 12);
    expect(r.cy!.fairShare).toBeCloseTo(0.2, 12);
    expect(r.cy!.presentMs).toBe(60_000);
  });

  it('counts presence over several periods (left and came back)', () => {
    // Ann 0–30 and 50–now(100): 30 + 50 = 80 s. Bo 0–100: 100 s. Fair: 80/180 and 100/180.
    const m = talkMetrics(
      input(
        [
          ['ann', 'member', [[0, 30], [50, null]]],
          ['bo', 'member', [[0, null]]],
        ],
        [],
      ),
      s(100),
    );
    expect(byId(m).ann!.fairShare).toBeCloseTo(80 / 180, 12);
    expect(m.balanceIndex).toBeNull(); // nobody has spoken: nothing to balance yet
  });

  it('tracker wins over the floor for the moments both cover', () => {
    // Floor: Ann holds it 0–60 s. Tracker: Bo observed 20–30 s, Ann 40–70 s.
    // Effective: floor Ann 0–20, tracker Bo 20–30, floor Ann 30–40, tracker Ann 40–70.
    const intervals = [iv('ann', 0, 60, 'floor'), iv('bo', 20, 30), iv('ann', 40, 70)];
    const timeline = effectiveTimeline(intervals, s(100));
    expect(timeline.map((t) => [t.participantId, (t.from - T0) / 1000, (t.to - T0) / 1000, t.source])).toEqual([
      ['ann', 0, 20, 'floor'],
      ['bo', 20, 30, 'tracker'],
      ['ann', 30, 40, 'floor'],
      ['ann', 40, 70, 'tracker'],
    ]);
    const m = talkMetrics(input([['ann', 'member', [[0, null]]], ['bo', 'member', [[0, null]]]], intervals), s(100));
    const r = byId(m);
    // Ann: 20 + 10 from the floor, 30 from the tracker = 60 s (not 60 + 30 = 90: no double counting).
    expect(r.ann!.talkMs).toBe(60_000);
    expect(r.ann!.bySource).toEqual({ floor: 30_000, tracker: 30_000 });
    expect(r.bo!.bySource).toEqual({ floor: 0, tracker: 10_000 });
    // Ann's turns: 0–20, then 30–40 running straight on into 40–70 (one stretch) = 2.
    expect(r.ann!.turns).toBe(2);
    expect(m.totalMs).toBe(70_000);
  });

  it('an open interval counts up to the clock, and an open tracker interval is who speaks now', () => {
    const data = input([['ann', 'member', [[0, null]]], ['bo', 'member', [[0, null]]]], [iv('ann', 0, null, 'floor'), iv('bo', 10, null)]);
    const at25 = talkMetrics(data, s(25));
    expect(byId(at25).bo!.talkMs).toBe(15_000);
    expect(byId(at25).ann!.talkMs).toBe(10_000);
    expect(at25.speakingNow).toEqual({ participantId: 'bo', source: 'tracker', since: s(10) });
    expect(byId(at25).bo!.sinceLastSpokeMs).toBe(0);
    expect(byId(at25).bo!.speakingNow).toBe(true);
    expect(byId(talkMetrics(data, s(40))).bo!.talkMs).toBe(30_000);
  });

  it('flags who has not spoken yet and who is under half the median', () => {
    // 40 / 20 / 6 / 0 s: median (6 + 20) / 2 = 13, half of it 6.5 → Cy (6) and Dee (0) are under.
    const all: Array<[number, number | null]> = [[0, null]];
    const m = talkMetrics(
      input(
        [['ann', 'member', all], ['bo', 'member', all], ['cy', 'member', all], ['dee', 'member', all]],
        [iv('ann', 0, 40), iv('bo', 40, 60), iv('cy', 60, 66)],
      ),
      s(100),
    );
    const r = byId(m);
    expect(m.medianMs).toBe(13_000);
    expect([r.ann!.underHalfMedian, r.bo!.underHalfMedian, r.cy!.underHalfMedian, r.dee!.underHalfMedian]).toEqual([false, false, true, true]);
    expect(r.dee!.notSpokenYet).toBe(true);
    expect(r.dee!.sinceLastSpokeMs).toBeNull();
    expect(r.cy!.notSpokenYet).toBe(false);
  });

  it("the facilitator's, co-facilitator's and cross-talk shares are of all talk", () => {
    // Facilitator 30 s, co-facilitator 10 s, cross-talk 5 s, members 40 + 15 = 55 s. Total 100 s.
    const m = talkMetrics(
      input(
        [['fac', 'facilitator', [[0, null]]], ['co', 'cofacilitator', [[0, null]]], ['ann', 'member', [[0, null]]], ['bo', 'member', [[0, null]]]],
        [iv('fac', 0, 30, 'floor'), iv('co', 30, 40), iv(CROSSTALK, 40, 45), iv('ann', 45, 85), iv('bo', 85, 100)],
      ),
      s(100),
    );
    expect(m.totalMs).toBe(100_000);
    expect(m.facilitator).toEqual({ ms: 30_000, share: 0.3, bySource: { floor: 30_000, tracker: 0 } });
    expect(m.cofacilitator.share).toBe(0.1);
    expect(m.crosstalk.share).toBe(0.05);
    // Member shares stay over members' talk only: 40/55 and 15/55.
    expect(byId(m).ann!.share).toBeCloseTo(40 / 55, 12);
    expect(m.members.map((r) => r.id)).toEqual(['ann', 'bo']);
  });

  it('stops counting at the end of the session, whatever the clock says', () => {
    const data = input([['ann', 'member', [[0, 50]]]], [iv('ann', 10, null)], 50);
    const m = talkMetrics(data, s(500));
    expect(m.now).toBe(s(50));
    expect(byId(m).ann!.talkMs).toBe(40_000);
    expect(m.elapsedMs).toBe(50_000);
  });

  it('closing an open interval at its own start drops it rather than keep a zero-length one', () => {
    expect(closeOpen([iv('ann', 10, null)], s(10))).toEqual([]);
    expect(closeOpen([iv('ann', 10, null)], s(12))).toEqual([iv('ann', 10, 12)]);
  });
});
