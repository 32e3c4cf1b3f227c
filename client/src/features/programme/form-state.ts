import { PROGRAMME_DEFAULTS, ProgrammeSchema } from '../../../../shared/programme/plan';
import type { Programme } from '../../../../shared/programme/plan';
import { addDays } from '../../../../shared/programme/calendar';
import type { Translate } from '../../i18n/useT';

/** The form's fields as typed (numbers stay text until saved, so a half-typed number is not lost). */
export interface ProgrammeFields {
  sessions: string;
  firstDate: string;
  time: string;
  minutes: string;
  timeZone: string;
  phases: Array<{ name: string; sessions: string }>;
  skipped: string[];
  countdownOn: boolean;
  countdownFrom: string;
}

/** Today's date in this browser, as YYYY-MM-DD. */
function today(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The saved programme, or the defaults (16 weekly sessions from a week today, phases 3 / 10 / 3 named in the reader's language). */
export function fieldsOf(p: Programme | null, t: Translate, now = new Date()): ProgrammeFields {
  if (p)
    return {
      sessions: String(p.sessions),
      firstDate: p.firstDate,
      time: p.time,
      minutes: String(p.minutes),
      timeZone: p.timeZone,
      phases: p.phases.map((ph) => ({ name: ph.name, sessions: String(ph.sessions) })),
      skipped: p.skipped,
      countdownOn: p.countdownFrom !== null,
      countdownFrom: String(p.countdownFrom ?? PROGRAMME_DEFAULTS.countdownFrom),
    };
  const names = [t('progStaff.phaseBeginning'), t('progStaff.phaseMiddle'), t('progStaff.phaseEnding')];
  return {
    sessions: String(PROGRAMME_DEFAULTS.sessions),
    firstDate: addDays(today(now), 7),
    time: PROGRAMME_DEFAULTS.time,
    minutes: String(PROGRAMME_DEFAULTS.minutes),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    phases: PROGRAMME_DEFAULTS.phases.map((n, i) => ({ name: names[i]!, sessions: String(n) })),
    skipped: [],
    countdownOn: true,
    countdownFrom: String(PROGRAMME_DEFAULTS.countdownFrom),
  };
}

/** The programme the fields describe, or the first problem in the reader's words (the server checks the same schema). */
export function programmeOf(f: ProgrammeFields, t: Translate): { ok: true; programme: Programme } | { ok: false; error: string } {
  const candidate = {
    sessions: Number(f.sessions),
    firstDate: f.firstDate,
    time: f.time,
    minutes: Number(f.minutes),
    timeZone: f.timeZone.trim(),
    phases: f.phases.map((ph) => ({ name: ph.name, sessions: Number(ph.sessions) })),
    skipped: [...f.skipped].sort(),
    countdownFrom: f.countdownOn ? Number(f.countdownFrom) : null,
  };
  const r = ProgrammeSchema.safeParse(candidate);
  if (r.success) return { ok: true, programme: r.data };
  const sum = candidate.phases.reduce((a, ph) => a + ph.sessions, 0);
  if (Number.isInteger(sum) && sum !== candidate.sessions) return { ok: false, error: t('progStaff.errorPhases', { sum, total: candidate.sessions }) };
  if (r.error.issues.some((i) => i.path[0] === 'skipped')) return { ok: false, error: t('progStaff.errorSkipped') };
  return { ok: false, error: t('progStaff.errorFields') };
}
