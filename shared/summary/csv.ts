import { MAP_GROUP } from '../map/state.js';
import type { SessionSummary } from './summary.js';
import type { SummaryWords } from './words.js';
import type { MeasureKind } from '../measure/definitions.js';

/**
 * CSV export, one table per file. Text from people (names, prompts, words) is
 * escaped twice over: RFC 4180 quoting, and a leading apostrophe on text a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR — "CSV injection").
 */
export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CRLF line ends (RFC 4180) and a BOM so spreadsheet programs read UTF-8 names correctly. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface CsvTable {
  header: string[];
  rows: Cell[][];
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const minutes = (ms: number) => Math.round(ms / 6000) / 10;

/** A table's column names: one catalog text per table, the names separated by commas (`server.csv.<table>`). */
const columns = (w: SummaryWords, table: string) => w(`server.csv.${table}`).split(',');

/**
 * Each export table: whether this summary has it, and how to build it. Column
 * names and words in cells (roles, formats, yes/no) are in the session's
 * language (`w`); times are ISO 8601 and numbers plain, for spreadsheets.
 */
const TABLES: Record<string, { has: (s: SessionSummary) => boolean; build: (s: SessionSummary, w: SummaryWords) => CsvTable }> = {
  session: {
    has: () => true,
    build: (s, w) => ({
      header: columns(w, 'session'),
      rows: [[s.session.groupName, iso(s.session.startedAt), iso(s.session.endedAt), minutes(s.session.lengthMs)]],
    }),
  },
  attendance: {
    has: (s) => !!s.attendance,
    build: (s, w) => ({
      header: columns(w, 'attendance'),
      rows: s.attendance!.rows.flatMap((r) =>
        r.periods.map((p): Cell[] => [r.name, w('server.csv.role', { role: r.role }), iso(p.from), iso(p.to), minutes(p.to - p.from), yesNo(w, r.removed)]),
      ),
    }),
  },
  talktime: {
    has: (s) => !!s.talk,
    build: (s, w) => {
      const t = s.talk!;
      const pct = (x: number) => Math.round(x * 1000) / 10;
      return {
        header: columns(w, 'talktime'),
        rows: [
          ...t.members.map((m): Cell[] => [m.name, minutes(m.talkMs), pct(m.share), pct(m.fairShare), minutes(m.presentMs), m.turns]),
          [w('server.csv.talkFacilitator'), minutes(t.facilitatorMs), null, null, null, null],
          [w('server.csv.talkCofacilitator'), minutes(t.cofacilitatorMs), null, null, null, null],
          [w('server.csv.talkCrosstalk'), minutes(t.crosstalkMs), null, null, null, null],
          [w('server.csv.talkBalance'), t.balanceIndex, null, null, null, null],
        ],
      };
    },
  },
  mapedges: {
    has: (s) => !!s.map,
    build: (s, w) => {
      const m = s.map!;
      const names = new Map(m.nodes.map((n) => [n.id, n.name]));
      const name = (id: string) => (id === MAP_GROUP ? w('server.summary.theGroup') : (names.get(id) ?? w('server.summary.someoneWhoLeft')));
      const rows = (evidence: 'addressed' | 'after', edges: typeof m.addressed) =>
        edges.map((e): Cell[] => [name(e.from), name(e.to), w('server.csv.evidence', { evidence }), e.count, evidence === 'addressed' ? minutes(e.ms) : null]);
      return { header: columns(w, 'mapedges'), rows: [...rows('addressed', m.addressed), ...rows('after', m.after)] };
    },
  },
  checkins: {
    has: (s) => !!s.checkins,
    build: (s, w) => ({
      header: columns(w, 'checkins'),
      rows: s.checkins!.map((c): Cell[] => {
        const r = c.results;
        const base: Cell[] = [iso(c.startedAt), c.prompt, w('server.csv.format', { format: c.format }), c.answered, yesNo(w, r !== undefined)];
        if (!r) return [...base, null, null, null, null, null, null, null];
        if (r.kind === 'scale') {
          const breakdown = r.histogram.map((n, v) => `${v}: ${n}`).join('; ');
          return [...base, r.count, r.mean, r.median, r.sd, r.min, r.max, breakdown];
        }
        const breakdown =
          r.kind === 'word'
            ? r.words.map((x) => `${x.word}: ${x.count}`).join('; ')
            : r.counts.map((n, i) => `${c.options?.[i] ?? w('server.csv.choice', { n: i + 1 })}: ${n}`).join('; ');
        return [...base, r.count, null, null, null, null, null, breakdown];
      }),
    }),
  },
  turns: {
    has: (s) => !!s.turns,
    build: (s, w) => ({ header: columns(w, 'turns'), rows: s.turns!.people.map((p) => [p.name, p.turns]) }),
  },
  signals: {
    has: (s) => !!s.signals,
    build: (s, w) => ({ header: columns(w, 'signals'), rows: [[s.signals!.raised, s.signals!.acknowledged]] }),
  },
  feedback: {
    has: (s) => !!s.feedback,
    build: (s, w) => ({
      header: columns(w, 'feedback'),
      rows: s.feedback!.rounds.map((r) => [
        iso(r.startedAt),
        w('server.csv.mode', { mode: r.mode }),
        w('server.csv.attribution', { attribution: r.attribution }),
        r.submitted,
        r.approved,
      ]),
    }),
  },
  feedbackgrid: {
    has: (s) => !!s.feedback && s.feedback.grid.rows.length > 0,
    build: (s, w) => ({
      header: [w('server.csv.feedbackgridCorner'), ...s.feedback!.grid.recipients.map((r) => r.name)],
      rows: s.feedback!.grid.rows.map((r) => [r.name, ...r.counts]),
    }),
  },
  feedbackitems: {
    has: (s) => !!s.feedback?.items,
    build: (s, w) => ({
      header: columns(w, 'feedbackitems'),
      rows: s.feedback!.items!.map((i) => [i.from, i.to, i.parts.map((p) => `${p.label} ${p.text}`.trim()).join('\n')]),
    }),
  },
  moments: {
    has: (s) => !!s.moments && s.moments.rounds.length > 0,
    build: (s, w) => ({
      header: columns(w, 'moments'),
      rows: s.moments!.rounds.flatMap((r) => {
        const question = r.question ?? w('server.summary.momentQuestion');
        return [...r.shared.map((text) => [true, text] as const), ...r.kept.map((text) => [false, text] as const)].map(
          ([shared, text]): Cell[] => [iso(r.openedAt), question, text, yesNo(w, shared)],
        );
      }),
    }),
  },
  // One table per measure (named rows by member and question; anonymous counts by question).
  wellbeing: measureTable('wellbeing'),
  sessionrating: measureTable('session'),
  climate: measureTable('climate'),
  goals: measureTable('goals'),
  timeline: {
    has: (s) => !!s.timeline,
    build: (s, w) => ({ header: columns(w, 'timeline'), rows: s.timeline!.map((t) => [iso(t.at), w('server.csv.kind', { kind: t.kind }), t.text]) }),
  },
};

/**
 * A measure's rows: opened, name, question, answer, total, count, mean, sd, breakdown.
 * Named runs give a row per member and question (the total on each of the member's rows);
 * anonymous runs a row per question with its counts, only where they were kept.
 */
function measureTable(kind: MeasureKind): { has: (s: SessionSummary) => boolean; build: (s: SessionSummary, w: SummaryWords) => CsvTable } {
  const runs = (s: SessionSummary) => (s.measures ?? []).filter((r) => r.kind === kind);
  return {
    has: (s) => runs(s).length > 0,
    build: (s, w) => ({
      header: columns(w, 'measure'),
      rows: runs(s).flatMap((r): Cell[][] => {
        const opened = iso(r.openedAt);
        if (r.rows) {
          return r.rows.flatMap((row) =>
            row.values.map((v, i): Cell[] => [opened, row.name, row.goals?.[i] ?? r.items[i] ?? null, v, row.total, null, null, null, null]),
          );
        }
        return (r.results?.items ?? []).map((res, i): Cell[] => [
          opened,
          null,
          r.items[i] ?? null,
          null,
          null,
          res.count,
          res.mean,
          res.sd,
          res.histogram.map((n, v) => `${v}: ${n}`).join('; '),
        ]);
      }),
    }),
  };
}

const yesNo = (w: SummaryWords, b: boolean) => w(b ? 'server.csv.yes' : 'server.csv.no');

/** The tables this summary has, in export order. */
export function csvTableNames(summary: SessionSummary): string[] {
  return Object.keys(TABLES).filter((name) => TABLES[name]!.has(summary));
}

/** One table, or undefined when the summary has no such table. */
export function csvTable(summary: SessionSummary, name: string, w: SummaryWords): CsvTable | undefined {
  const table = Object.hasOwn(TABLES, name) ? TABLES[name] : undefined;
  return table?.has(summary) ? table.build(summary, w) : undefined;
}

/** Each section's table; a section the summary lacks has no table. */
export function csvTables(summary: SessionSummary, w: SummaryWords): Record<string, CsvTable> {
  return Object.fromEntries(csvTableNames(summary).map((name) => [name, TABLES[name]!.build(summary, w)]));
}
