import type { Translate } from '../../i18n/useT';

/** Words shown to people, kept together so the promise is stated the same way everywhere. */
export const anonymousSentence = (t: Translate) => t('checkin.anonymous');

export const receivedSentence = (t: Translate) => t('checkin.received');

export function answeredLine(t: Translate, answered: number, expected: number): string {
  return t('checkin.answered', { answered, expected });
}

/** Shown to everyone while a check-in that a restart emptied is on screen: its answers were only in the server's memory. */
export const lostInRestartSentence = (t: Translate) => t('checkin.lostInRestart');
