import type { SessionSummary } from './summary.js';

/**
 * CSV export, one table per file. Text from people (names, prompts, words) is
 * escaped twice over: RFC 4180 quoting, and a leading apostrophe on text a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR — "CSV injection").
 */
export type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
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

/** Each section's table; a section the summary lacks has no table. */
export function csvTables(summary: SessionSummary): Record<string, CsvTable> {
  const tables: Record<string, CsvTable> = {
    session: {
      header: ['group', 'started', 'ended', 'minutes'],
      rows: [[summary.session.groupName, iso(summary.session.startedAt), iso(summary.session.endedAt), minutes(summary.session.lengthMs)]],
    },
  };
  if (summary.attendance) {
    tables.attendance = {
      header: ['name', 'role', 'joined', 'left', 'minutes', 'removed'],
      rows: summary.attendance.rows.flatMap((r) =>
        r.periods.map((p): Cell[] => [r.name, r.role, iso(p.from), iso(p.to), minutes(p.to - p.from), r.removed]),
      ),
    };
  }
  if (summary.talk) {
    const t = summary.talk;
    const pct = (x: number) => Math.round(x * 1000) / 10;
    tables.talktime = {
      header: ['name', 'minutes', 'share %', 'fair share %', 'minutes present', 'turns'],
      rows: [
        ...t.members.map((m): Cell[] => [m.name, minutes(m.talkMs), pct(m.share), pct(m.fairShare), minutes(m.presentMs), m.turns]),
        ['(facilitator)', minutes(t.facilitatorMs), null, null, null, null],
        ['(co-facilitator)', minutes(t.cofacilitatorMs), null, null, null, null],
        ['(cross-talk)', minutes(t.crosstalkMs), null, null, null, null],
        ['(balance index)', t.balanceIndex, null, null, null, null],
      ],
    };
  }
  if (summary.checkins) {
    tables.checkins = {
      header: ['opened', 'prompt', 'format', 'answered', 'revealed', 'count', 'mean', 'median', 'sd', 'min', 'max', 'breakdown'],
      rows: summary.checkins.map((c): Cell[] => {
        const r = c.results;
        const base: Cell[] = [iso(c.startedAt), c.prompt, c.format, c.answered, r !== undefined];
        if (!r) return [...base, null, null, null, null, null, null, null];
        if (r.kind === 'scale') {
          const breakdown = r.histogram.map((n, v) => `${v}: ${n}`).join('; ');
          return [...base, r.count, r.mean, r.median, r.sd, r.min, r.max, breakdown];
        }
        const breakdown = r.kind === 'word' ? r.words.map((w) => `${w.word}: ${w.count}`).join('; ') : r.counts.map((n, i) => `${c.options?.[i] ?? `choice ${i + 1}`}: ${n}`).join('; ');
        return [...base, r.count, null, null, null, null, null, breakdown];
      }),
    };
  }
  if (summary.turns) {
    tables.turns = { header: ['name', 'turns'], rows: summary.turns.people.map((p) => [p.name, p.turns]) };
  }
  if (summary.signals) {
    tables.signals = { header: ['raised', 'acknowledged'], rows: [[summary.signals.raised, summary.signals.acknowledged]] };
  }
  if (summary.feedback) {
    const f = summary.feedback;
    tables.feedback = {
      header: ['round started', 'mode', 'attribution', 'submitted', 'approved'],
      rows: f.rounds.map((r) => [iso(r.startedAt), r.mode, r.attribution, r.submitted, r.approved]),
    };
    if (f.grid.rows.length > 0) {
      tables.feedbackgrid = {
        header: ['from \\ to', ...f.grid.recipients.map((r) => r.name)],
        rows: f.grid.rows.map((r) => [r.name, ...r.counts]),
      };
    }
    if (f.items) {
      tables.feedbackitems = {
        header: ['from', 'to', 'text'],
        rows: f.items.map((i) => [i.from, i.to, i.parts.map((p) => `${p.label} ${p.text}`.trim()).join('\n')]),
      };
    }
  }
  if (summary.timeline) {
    tables.timeline = { header: ['time', 'kind', 'activity'], rows: summary.timeline.map((t) => [iso(t.at), t.kind, t.text]) };
  }
  return tables;
}
