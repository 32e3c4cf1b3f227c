import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import type { SessionState } from '../../shared/domain/state.js';
import { combineFigures } from '../../shared/map/figures.js';
import { MAP_GROUP } from '../../shared/map/state.js';
import { aggregateOf } from '../../shared/summary/aggregate.js';
import { csvTable, csvTableNames } from '../../shared/summary/csv.js';
import { buildSummary } from '../../shared/summary/summary.js';
import { groupTrends } from '../../shared/summary/trends.js';
import { serverWords } from '../../server/i18n/server-texts.js';
import { placeEdges, placeNodes } from '../../client/src/features/map/sociogram-layout.js';
import { co, fac, must, room, T0 } from '../support/turns-fixtures.js';

const s = (seconds: number) => T0 + seconds * 1000;
const options = { keepFeedbackTexts: false, words: serverWords('en') };
const track = (st: SessionState, speaker: string | null, at: number) => must(st, { type: 'talk:track', payload: { speaker } } as Command, co, s(at));
const to = (st: SessionState, target: string, at: number) => must(st, { type: 'map:address', payload: { to: target } }, co, s(at));

/** Ann answers Bo twice (30 s and 30 s), Bo answers the facilitator, Cy speaks to the group; the session ends at 5 min. */
function session(): SessionState {
  let st = track(room(), 'ann', 0);
  st = to(st, 'bo', 1);
  st = track(st, 'bo', 30);
  st = to(st, 'fac', 31);
  st = track(st, 'ann', 60);
  st = to(st, 'bo', 61);
  st = track(st, 'cy', 90);
  st = to(st, MAP_GROUP, 91);
  st = track(st, null, 120);
  return must(st, { type: 'session:end', payload: {} }, fac, s(300));
}

const summaryOf = (st: SessionState) => buildSummary({ state: st, events: [], options });

describe('the map in the summary and its exports', () => {
  it('exports every edge as CSV: names, the kind of evidence, counts and minutes', () => {
    const summary = summaryOf(session());
    expect(csvTableNames(summary)).toContain('mapedges');
    const table = csvTable(summary, 'mapedges', options.words)!;
    expect(table.header).toEqual(['from', 'to', 'evidence', 'exchanges', 'minutes']);
    expect(table.rows).toEqual([
      ['ANN', 'BO', 'responded to', 2, 1],
      ['BO', 'Dana', 'responded to', 1, 0.5],
      ['CY', 'The group', 'responded to', 1, 0.5],
      ['BO', 'ANN', 'spoke after', 1, null],
      ['ANN', 'BO', 'spoke after', 1, null],
      ['CY', 'ANN', 'spoke after', 1, null],
    ]);
  });

  it('a session where nobody spoke has no map section and no edge table', () => {
    const summary = summaryOf(must(room(), { type: 'session:end', payload: {} }, fac, s(60)));
    expect(summary.map).toBeUndefined();
    expect(csvTableNames(summary)).not.toContain('mapedges');
  });

  it('keeps the member-to-member shares in the nameless aggregate, and trends them across sessions', () => {
    const first = aggregateOf(summaryOf(session()));
    expect(first.memberToMember).toEqual({ addressed: 2 / 3, after: 1 });
    const quiet = aggregateOf(summaryOf(must(room(), { type: 'session:end', payload: {} }, fac, s(60))));
    const later = { ...first, sessionId: 's3', startedAt: first.startedAt + 2, memberToMember: { addressed: 1, after: null } };
    const t = groupTrends([later, quiet, first]);
    expect(t.memberToMember.map((p) => [p.sessionId, p.value])).toEqual([
      ['s1', 2 / 3],
      ['s3', 1],
    ]);
    expect(t.memberToMemberAfter.map((p) => p.value)).toEqual([1]);
  });
});

describe('the sociogram layout', () => {
  const figures = summaryOf(session()).map!;

  it('sets leaders apart in a row above, members on a circle, sized by talk time', () => {
    const nodes = placeNodes(figures.nodes, true);
    const at = Object.fromEntries(nodes.map((n) => [n.id, n]));
    expect(at['fac']!.leader && at['co']!.leader).toBe(true);
    expect(at['fac']!.y).toBe(at['co']!.y);
    for (const m of ['ann', 'bo', 'cy']) expect(at[m]!.y).toBeGreaterThan(at['fac']!.y + 60);
    // Ann spoke 60 s, Bo and Cy 30 s each, Co not at all.
    expect(at['ann']!.r).toBeGreaterThan(at['bo']!.r);
    expect(at['bo']!.r).toBe(at['cy']!.r);
    expect(at['co']!.r).toBeLessThan(at['bo']!.r);
    expect(at[MAP_GROUP]).toBeDefined();
  });

  it('draws one arrow per edge, wider for more exchanges, and bends the two directions of a pair apart', () => {
    const nodes = placeNodes(figures.nodes, false);
    const after = placeEdges(figures.after, nodes);
    const [boAnn, annBo] = [after.find((e) => e.from === 'bo' && e.to === 'ann')!, after.find((e) => e.from === 'ann' && e.to === 'bo')!];
    expect(boAnn.path).not.toBe(annBo.path);
    expect(Math.hypot(boAnn.labelX - annBo.labelX, boAnn.labelY - annBo.labelY)).toBeGreaterThan(20);
    const addressed = placeEdges(figures.addressed, placeNodes(figures.nodes, true));
    expect(addressed.map((e) => [e.from, e.to, e.count])).toEqual([
      ['ann', 'bo', 2],
      ['bo', 'fac', 1],
      ['cy', MAP_GROUP, 1],
    ]);
    expect(addressed[0]!.width).toBeGreaterThan(addressed[1]!.width);
    // An edge to someone the map does not show is left out rather than drawn to nowhere.
    expect(placeEdges([{ from: 'ann', to: 'gone', count: 1, ms: 0 }], nodes)).toEqual([]);
  });

  it("adds sessions up for the group page: talk and exchanges summed by participant id, shares and pairs worked out again", () => {
    const one = summaryOf(session()).map!;
    const both = combineFigures([one, one]);
    expect(both.nodes.map((n) => [n.id, n.talkMs])).toEqual(one.nodes.map((n) => [n.id, n.talkMs * 2]));
    expect(both.addressed.map((e) => [e.from, e.to, e.count, e.ms])).toEqual(one.addressed.map((e) => [e.from, e.to, e.count * 2, e.ms * 2]));
    expect(both.after.map((e) => e.count)).toEqual(one.after.map((e) => e.count * 2));
    expect(both.addressedMix).toEqual({ ...one.addressedMix, memberToMember: one.addressedMix.memberToMember * 2, memberToLeader: one.addressedMix.memberToLeader * 2, memberToGroup: one.addressedMix.memberToGroup * 2 });
    expect(both.neverAddressed).toEqual(one.neverAddressed);
    expect(both.topPairs[0]).toEqual({ ...one.topPairs[0]!, addressed: one.topPairs[0]!.addressed * 2, after: one.topPairs[0]!.after * 2 });
    // A member who is addressed only in a later session is no longer "never addressed".
    expect(one.neverAddressed).toEqual(['ann', 'cy']);
    const later = { ...one, addressed: [{ from: 'bo', to: one.neverAddressed[0]!, count: 1, ms: 1000 }] };
    expect(combineFigures([one, later]).neverAddressed).toEqual(one.neverAddressed.slice(1));
    expect(combineFigures([])).toMatchObject({ nodes: [], addressed: [], neverAddressed: [], topPairs: [] });
  });
});
