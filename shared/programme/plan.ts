import { z } from 'zod';
import { LABEL_MAX, cleanName } from '../text.js';
import { PROGRAMME_MAX_PHASES, PROGRAMME_MAX_SESSIONS, SESSION_MAX_MINUTES, SESSION_MIN_MINUTES } from './limits.js';
import { isDate, isSeriesWeek, isTimeZone } from './calendar.js';

/**
 * A group's programme: the planned series of weekly sessions, its phases and
 * the weeks it skips. Staff set it on the group page; it is group-level data
 * (server/programme/), and each new session of the group takes its place in it.
 */
const DateSchema = z.string().refine(isDate, 'Use a date written as YYYY-MM-DD.');

export const PhaseSchema = z.strictObject({
  name: z.string().transform(cleanName).pipe(z.string().min(1, 'Every phase needs a name.').max(LABEL_MAX, `A phase name has at most ${LABEL_MAX} characters.`)),
  sessions: z.number().int().min(1, 'Every phase has at least one session.').max(PROGRAMME_MAX_SESSIONS),
});

export const ProgrammeSchema = z
  .strictObject({
    sessions: z.number().int().min(1, 'A programme has at least one session.').max(PROGRAMME_MAX_SESSIONS, `A programme has at most ${PROGRAMME_MAX_SESSIONS} sessions.`),
    /** The first session's date; its weekday is the series' weekday. */
    firstDate: DateSchema,
    /** Local start time, HH:MM, in `timeZone`. */
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written as HH:MM (24-hour clock).'),
    minutes: z.number().int().min(SESSION_MIN_MINUTES).max(SESSION_MAX_MINUTES, `A session lasts at most ${SESSION_MAX_MINUTES} minutes.`),
    /** IANA time zone the date and time are in (e.g. Europe/Madrid). */
    timeZone: z.string().max(64).refine(isTimeZone, 'Unknown time zone.'),
    phases: z.array(PhaseSchema).min(1).max(PROGRAMME_MAX_PHASES, `At most ${PROGRAMME_MAX_PHASES} phases.`),
    /** Weeks of the series with no session (a holiday): the series moves on a week, the number of sessions stays. */
    skipped: z.array(DateSchema).max(PROGRAMME_MAX_SESSIONS),
    /** Members see "n sessions left" from this many sessions before the end; null: never (staff always see it). */
    countdownFrom: z.number().int().min(0).max(PROGRAMME_MAX_SESSIONS).nullable(),
  })
  .superRefine((p, ctx) => {
    const total = p.phases.reduce((sum, ph) => sum + ph.sessions, 0);
    if (total !== p.sessions) ctx.addIssue({ code: 'custom', path: ['phases'], message: `The phases add up to ${total} sessions; the programme has ${p.sessions}.` });
    if (new Set(p.skipped).size !== p.skipped.length) ctx.addIssue({ code: 'custom', path: ['skipped'], message: 'A week is skipped twice.' });
    for (const d of p.skipped)
      if (isDate(d) && isDate(p.firstDate) && !isSeriesWeek(p.firstDate, d))
        ctx.addIssue({ code: 'custom', path: ['skipped'], message: `${d} is not a week of the series (same weekday, after the first session).` });
  });

export type Programme = z.infer<typeof ProgrammeSchema>;
export type Phase = z.infer<typeof PhaseSchema>;

/** The defaults the group page's form starts from (phase names come from the catalogs). */
export const PROGRAMME_DEFAULTS = { sessions: 16, phases: [3, 10, 3], time: '18:00', minutes: 90, countdownFrom: 4 } as const;
