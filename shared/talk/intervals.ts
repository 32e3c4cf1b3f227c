/**
 * Speaking intervals: who spoke from when to when, and which source saw it.
 * Both sources keep at most one open interval at a time (`to: null`), so the
 * intervals of one source never overlap. Times are epoch milliseconds.
 */
export const TALK_SOURCES = ['floor', 'tracker'] as const;
/** `floor`: recorded automatically while someone holds the floor. `tracker`: a co-facilitator tapped who speaks. */
export type TalkSource = (typeof TALK_SOURCES)[number];

/**
 * The tracker's "cross-talk / several at once" target. Generated participant ids
 * are 16 characters (server/auth/tokens.ts), so this word never names a person.
 */
export const CROSSTALK = 'crosstalk';

export interface TalkInterval {
  /** A participant id, or CROSSTALK. */
  participantId: string;
  from: number;
  /** null while the person is still speaking. */
  to: number | null;
  source: TalkSource;
}

/** An interval with both ends known, as metrics use them. */
export interface ClosedInterval extends TalkInterval {
  to: number;
}

/** The interval as seen at `now`: an open one ends now; anything after `now` is cut off or dropped. */
export function clipAt(interval: TalkInterval, now: number): ClosedInterval | null {
  const to = Math.min(interval.to ?? now, now);
  if (to <= interval.from) return null;
  return { ...interval, to };
}

export function durationAt(interval: TalkInterval, now: number): number {
  const c = clipAt(interval, now);
  return c ? c.to - c.from : 0;
}

/** The open interval of a list, if any (it is always the last one). */
export function openInterval<T extends TalkInterval>(list: readonly T[]): T | null {
  const last = list[list.length - 1];
  return last && last.to === null ? last : null;
}

/** Closes the open interval at `at`. An interval that would end before it began is dropped: it recorded nothing. */
export function closeOpen<T extends TalkInterval>(list: readonly T[], at: number): T[] {
  const open = openInterval(list);
  if (!open) return list as T[];
  const head = list.slice(0, -1);
  return at > open.from ? [...head, { ...open, to: at }] : head;
}

/** Milliseconds covered by present periods up to `now`. */
export function presentMsAt(periods: ReadonlyArray<{ from: number; to: number | null }>, now: number): number {
  let ms = 0;
  for (const p of periods) ms += Math.max(0, Math.min(p.to ?? now, now) - p.from);
  return ms;
}
