import type { Programme } from '../../shared/programme/plan.js';
import { sessionTimes } from '../../shared/programme/schedule.js';

/**
 * The programme as an iCalendar file (RFC 5545): one VEVENT per planned
 * session, in UTC, so it lands at the right hour in any calendar. Pure: the
 * texts and links come in; the route (routes.ts) says who gets which link.
 */
export interface CalendarInput {
  groupId: string;
  /** staff and members get files of their own: their events have their own UIDs. */
  audience: 'staff' | 'members';
  programme: Programme;
  calendarName: string;
  /** The event's title, e.g. "Tuesday group — Session 3 of 16". */
  title(number: number, total: number): string;
  description: string;
  /** An absolute link, never one carrying a secret. */
  url: string;
  /** DTSTAMP: when the file was made. */
  now: number;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * A content line folded at 75 octets (RFC 5545 3.1): each continuation starts
 * with a space; a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** 20261203T180000Z */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildCalendar(c: CalendarInput): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Attune//Group programme//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(c.calendarName)}`];
  for (const s of sessionTimes(c.programme)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${c.groupId}-session-${s.number}-${c.audience}@attune`,
      `DTSTAMP:${utcStamp(c.now)}`,
      `DTSTART:${utcStamp(s.start)}`,
      `DTEND:${utcStamp(s.end)}`,
      `SUMMARY:${escapeText(c.title(s.number, c.programme.sessions))}`,
      `DESCRIPTION:${escapeText(c.description)}`,
      `URL:${c.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
