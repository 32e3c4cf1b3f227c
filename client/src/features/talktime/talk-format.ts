import type { Role } from '../../../../shared/session/state';
import type { BySource } from '../../../../shared/talktime/metrics';
import { formatClock } from '../../ui/format';

/** "32 %" — whole percent, so the table reads calmly. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

/** Which source a figure came from, in words: "tracker 0:40 · floor 0:20". */
export function sourceText(by: BySource): string {
  const parts: string[] = [];
  if (by.tracker > 0) parts.push(`tracker ${formatClock(by.tracker)}`);
  if (by.floor > 0) parts.push(`floor ${formatClock(by.floor)}`);
  return parts.length > 0 ? parts.join(' · ') : '—';
}

export const ROLE_WORD: Record<Role, string> = { facilitator: 'facilitator', cofacilitator: 'co-facilitator', member: 'member' };

/** A rough reading of the balance index, for people, not a verdict. */
export function balanceWords(index: number): string {
  if (index >= 0.8) return 'talk is spread fairly evenly';
  if (index >= 0.6) return 'talk is somewhat uneven';
  return 'a few members are doing most of the talking';
}
