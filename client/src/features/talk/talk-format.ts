import type { Role } from '../../../../shared/session/state';
import type { BySource } from '../../../../shared/talk/metrics';
import type { MessageId, Translate } from '../../i18n/useT';
import { formatClock, formatPercent } from '../../ui/format';

/** "32 %": whole percent in the locale's own form, so the table reads calmly. */
export function percent(fraction: number, locale?: string): string {
  return formatPercent(fraction, locale);
}

/** Which source a figure came from, in words: "tracker 0:40 · floor 0:20". */
export function sourceText(t: Translate, by: BySource, locale?: string): string {
  const parts: string[] = [];
  if (by.tracker > 0) parts.push(t('talk.sourceTracker', { clock: formatClock(by.tracker, locale) }));
  if (by.floor > 0) parts.push(t('talk.sourceFloor', { clock: formatClock(by.floor, locale) }));
  return parts.length > 0 ? parts.join(' · ') : '—';
}

export const ROLE_WORD: Record<Role, MessageId> = { facilitator: 'role.facilitator', cofacilitator: 'role.cofacilitator', member: 'role.member' };

/** A rough reading of the balance index, for people, not a verdict. */
export function balanceWords(t: Translate, index: number): string {
  if (index >= 0.8) return t('talk.balanceEven');
  if (index >= 0.6) return t('talk.balanceUneven');
  return t('talk.balanceFew');
}

/** The same reading for the whole group's eyes: an invitation, never a finger pointed at anyone. */
export function kindBalanceWords(t: Translate, index: number): string {
  if (index >= 0.8) return t('talk.kindEven');
  if (index >= 0.6) return t('talk.kindUneven');
  return t('talk.kindFew');
}
