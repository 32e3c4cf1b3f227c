import { describe, expect, it } from 'vitest';
import { replay, creationEvents } from '../../shared/domain/reducer.js';
import { sharedView } from '../../shared/domain/views.js';
import { addDays, isDate, weekdayOf, zonedInstant } from '../../shared/programme/calendar.js';
import { nextSessionNumber, placementEvent } from '../../shared/programme/place.js';
import { ProgrammeSchema } from '../../shared/programme/plan.js';
import { countdownShown, isDue, lastSessionDate, phaseOf, sessionDates, sessionTimes, sessionsLeft } from '../../shared/programme/schedule.js';
import { T0 } from '../support/domain.js';
import { programme } from '../support/programme.js';

describe('programme arithmetic', () => {
  it('puts one session a week from the first date; the last of 16 is 15 weeks later', () => {
    const dates = sessionDates(programme());
    expect(dates).toHaveLength(16);
    expect(dates.slice(0, 3)).toEqual(['2026-09-01', '2026-09-08', '2026-09-15']);
    expect(dates.every((d) => weekdayOf(d) === 2)).toBe(true);
    expect(lastSessionDate(programme())).toBe('2026-12-15');
  });

  it('a skipped week moves the series on by a week and keeps the number of sessions', () => {
    const p = programme({ skipped: ['2026-09-08', '2026-12-22'] });
    const dates = sessionDates(p);
    expect(dates).toHaveLength(16);
    expect(dates.slice(0, 2)).toEqual(['2026-09-01', '2026-09-15']);
    expect(dates).not.toContain('2026-09-08');
    // 16 sessions and two skipped weeks: the 16th is 17 weeks after the first.
    expect(lastSessionDate(p)).toBe(addDays('2026-09-01', 17 * 7));
  });

  it('finds the phase of each session, the last phase past the end', () => {
    const { phases } = programme();
    expect([1, 3, 4, 13, 14, 16].map((n) => phaseOf(phases, n).name)).toEqual(['Beginning', 'Beginning', 'Middle', 'Middle', 'Ending', 'Ending']);
    expect(phaseOf(phases, 14).index).toBe(2);
    expect(phaseOf(phases, 40).name).toBe('Ending');
  });

  it('counts the sessions left after this one and shows members the countdown only within the threshold', () => {
    expect([1, 12, 15, 16, 17].map((n) => sessionsLeft(16, n))).toEqual([15, 4, 1, 0, 0]);
    expect(countdownShown(5, 4)).toBe(false);
    expect(countdownShown(4, 4)).toBe(true);
    expect(countdownShown(0, 0)).toBe(true);
    expect(countdownShown(1, null)).toBe(false);
  });

  it('isDue: every Nth session, for measures scheduled by the programme', () => {
    expect([1, 2, 3, 4, 5, 8, 12, 16].filter((n) => isDue(4, n))).toEqual([4, 8, 12, 16]);
    expect([1, 2, 3].every((n) => isDue(1, n))).toBe(true);
    expect(isDue(0, 4)).toBe(false);
    expect(isDue(-4, 4)).toBe(false);
    expect(isDue(2.5, 5)).toBe(false);
    expect(isDue(4, 0)).toBe(false);
  });

  it('converts local times to instants, with the daylight-saving offset of each date', () => {
    // Madrid: UTC+2 in summer, UTC+1 after the last Sunday of October.
    expect(zonedInstant('2026-09-01', '18:00', 'Europe/Madrid')).toBe(Date.UTC(2026, 8, 1, 16, 0));
    expect(zonedInstant('2026-11-03', '18:00', 'Europe/Madrid')).toBe(Date.UTC(2026, 10, 3, 17, 0));
    expect(zonedInstant('2026-11-03', '18:00', 'UTC')).toBe(Date.UTC(2026, 10, 3, 18, 0));
    const times = sessionTimes(programme({ minutes: 90 }));
    expect(times[0]!.end - times[0]!.start).toBe(90 * 60_000);
  });

  it('reads calendar dates strictly', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-2-3')).toBe(false);
  });
});

describe('the programme as staff send it', () => {
  it('accepts the defaults', () => {
    expect(ProgrammeSchema.safeParse(programme()).success).toBe(true);
  });

  it.each([
    [{ phases: [{ name: 'All', sessions: 15 }] }, 'The phases add up to 15 sessions; the programme has 16.'],
    [{ skipped: ['2026-09-09'] }, '2026-09-09 is not a week of the series (same weekday, after the first session).'],
    [{ skipped: ['2026-08-25'] }, '2026-08-25 is not a week of the series (same weekday, after the first session).'],
    [{ skipped: ['2026-09-08', '2026-09-08'] }, 'A week is skipped twice.'],
    [{ timeZone: 'Mars/Olympus' }, 'Unknown time zone.'],
    [{ time: '25:00' }, 'Use a time written as HH:MM (24-hour clock).'],
    [{ firstDate: '2026-02-30' }, 'Use a date written as YYYY-MM-DD.'],
    [{ sessions: 0 }, 'A programme has at least one session.'],
  ])('refuses %o with a clear message', (over, message) => {
    const r = ProgrammeSchema.safeParse(programme(over as never));
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toContain(message);
  });

  it('tidies phase names and refuses an empty one', () => {
    const r = ProgrammeSchema.parse(programme({ phases: [{ name: '  Getting   started ', sessions: 16 }] }));
    expect(r.phases[0]!.name).toBe('Getting started');
    expect(ProgrammeSchema.safeParse(programme({ phases: [{ name: '  ', sessions: 16 }] })).success).toBe(false);
  });
});

describe("a session's place in the programme", () => {
  const opening = () =>
    creationEvents({ sessionId: 's', groupId: 'g', groupName: 'G', joinCode: 'ABCDEF', agreement: 'A', waitingRoom: false, facilitatorId: 'fac', facilitatorName: 'Dana', now: T0 });

  it('numbers the next session after the latest one, or by its place among the sessions on record', () => {
    expect(nextSessionNumber(6, 2)).toBe(7);
    expect(nextSessionNumber(null, 2)).toBe(3);
  });

  it('places nothing past the end of the series', () => {
    expect(placementEvent(programme(), 17, T0)).toBeNull();
    expect(placementEvent(programme(), 0, T0)).toBeNull();
  });

  it('members see "Session 12 of 16" and the countdown once within the threshold; staff always see how many are left', () => {
    const at = (n: number, countdownFrom: number | null = 4) => replay([...opening(), placementEvent(programme({ countdownFrom }), n, T0)!]);
    expect(sharedView(at(11), 'members').programme).toEqual({ number: 11, total: 16, phase: 'Middle', left: null });
    expect(sharedView(at(12), 'members').programme).toEqual({ number: 12, total: 16, phase: 'Middle', left: 4 });
    expect(sharedView(at(14, null), 'members').programme?.left).toBeNull();
    expect(sharedView(at(11), 'staff').staff?.programme).toEqual({ left: 5, countdownFrom: 4 });
    expect(sharedView(replay(opening()), 'members').programme).toBeUndefined();
  });
});
