import { describe, expect, it } from 'vitest';
import { aggregateOf } from '../../shared/summary/aggregate.js';
import type { SessionAggregate } from '../../shared/summary/aggregate.js';
import { csvCell, csvTableNames, csvTables, toCsv } from '../../shared/summary/csv.js';
import { buildSummary } from '../../shared/summary/summary.js';
import { groupTrends, promptKey } from '../../shared/summary/trends.js';
import { serverWords } from '../../server/i18n/server-texts.js';
import { MIN, Recorder, T0, recordedSession } from '../support/summary-fixture.js';

const WEEK = 7 * 24 * 60 * MIN;
const options = { keepFeedbackTexts: false, words: serverWords('en') };

function secondSession(): SessionAggregate {
  const r = new Recorder('s2', T0 + WEEK);
  r.join('ann', 'Ann', T0 + WEEK + MIN);
  r.join('bo', 'Bo', T0 + WEEK + MIN);
  r.join('di', 'Di', T0 + WEEK + MIN);
  r.join('eve', 'Eve', T0 + WEEK + MIN);
  r.scaleCheckin('how are you arriving ', { ann: 7, bo: 9, di: 8, eve: 8 }, T0 + WEEK + 5 * MIN);
  r.scaleCheckin('Asked only once', { ann: 1, bo: 2, di: 3 }, T0 + WEEK + 10 * MIN);
  r.end(T0 + WEEK + 50 * MIN);
  return aggregateOf(buildSummary({ state: r.state, events: r.log, options }));
}

describe('group trends', () => {
  const first = aggregateOf(buildSummary({ state: recordedSession().state, events: recordedSession().log, options }));
  const second = secondSession();

  it('orders sessions by date, whatever order they come in', () => {
    const t = groupTrends([second, first]);
    expect(t.attendance).toEqual([
      { sessionId: 's1', startedAt: T0, value: 3 },
      { sessionId: 's2', startedAt: T0 + WEEK, value: 4 },
    ]);
  });

  it('follows a recurring scale check-in by its prompt text, ignoring case, spaces and a trailing question mark', () => {
    const t = groupTrends([first, second]);
    expect(t.scales).toEqual([
      { prompt: 'How are you arriving?', points: [{ sessionId: 's1', startedAt: T0, value: 6 }, { sessionId: 's2', startedAt: T0 + WEEK, value: 8 }] },
    ]);
    expect(promptKey('How are you arriving?')).toBe(promptKey('  how are   you arriving '));
  });

  it('leaves sessions without talk-time figures out of the balance series', () => {
    const noTalk = { ...first, balanceIndex: undefined };
    const nobodySpoke = { ...second, balanceIndex: null };
    expect(groupTrends([noTalk, { ...second, balanceIndex: 0.8 }]).balanceIndex).toEqual([{ sessionId: 's2', startedAt: T0 + WEEK, value: 0.8 }]);
    expect(groupTrends([noTalk, nobodySpoke]).balanceIndex).toEqual([]);
    expect(groupTrends([]).scales).toEqual([]);
  });
});

describe('CSV escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rCR', "\"'\rCR\""],
    ['=1,"2"', "\"'=1,\"\"2\"\"\""],
    [' padded ', '" padded "'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers and empty cells plainly; negative numbers are numbers, not formulas', () => {
    expect([csvCell(-1.5), csvCell(null), csvCell(Number.NaN)]).toEqual(['-1.5', '', '']);
  });

  it('a table is a BOM, a header and CRLF rows', () => {
    expect(toCsv(['name', 'n'], [['=Ann', 1]])).toBe('\uFEFFname,n\r\n\'=Ann,1\r\n');
  });

  it('makes one table per summary section, with escaped names', () => {
    const r = new Recorder();
    r.join('x', '=HYPERLINK("x")', T0 + MIN);
    r.end(T0 + 10 * MIN);
    const summary = buildSummary({ state: r.state, events: r.log, options });
    const tables = csvTables(summary, options.words);
    expect(Object.keys(tables)).toEqual(['session', 'attendance', 'talktime', 'checkins', 'turns', 'signals', 'feedback', 'timeline']);
    expect(csvTableNames(summary)).toEqual(Object.keys(tables));
    const csv = toCsv(tables.attendance!.header, tables.attendance!.rows);
    expect(csv).toContain('name,role,joined,left,minutes,removed\r\n');
    expect(csv).toContain('"\'=HYPERLINK(""x"")",member,2026-11-24T18:01:00.000Z,2026-11-24T18:10:00.000Z,9,no');
  });

  it('column names and words in cells follow the session language; times and numbers stay machine-readable', () => {
    const r = new Recorder();
    r.join('x', 'Ana', T0 + MIN);
    r.end(T0 + 10 * MIN);
    const es = csvTables(buildSummary({ state: r.state, events: r.log, options: { ...options, words: serverWords('es') } }), serverWords('es'));
    expect(es.attendance!.header).toEqual(['nombre', 'rol', 'entrada', 'salida', 'minutos', 'quitado/a']);
    expect(es.attendance!.rows[0]).toEqual(['Dana', 'facilitador/a', '2026-11-24T18:00:00.000Z', '2026-11-24T18:10:00.000Z', 10, 'no']);
    expect(es.attendance!.rows[1]).toEqual(['Ana', 'participante', '2026-11-24T18:01:00.000Z', '2026-11-24T18:10:00.000Z', 9, 'no']);
    expect(es.timeline!.rows.at(-1)).toEqual(['2026-11-24T18:10:00.000Z', 'sesión', 'Terminó la sesión']);
    const ar = csvTables(buildSummary({ state: r.state, events: r.log, options: { ...options, words: serverWords('ar') } }), serverWords('ar'));
    expect(ar.attendance!.rows[1]![1]).toBe('عضو');
    for (const name of Object.keys(es)) expect(ar[name]!.header.length, name).toBe(es[name]!.header.length);
  });
});
