import { useMemo } from 'react';
import type { Role } from '../../../../shared/session/state';
import { useLocale, useT } from '../../i18n/useT';
import type { MessageId, Translate } from '../../i18n/useT';

/** Role names as a column of the summary reads them ("Facilitator"). */
export const ROLE_NAMES: Record<Role, MessageId> = {
  facilitator: 'summary.role.facilitator',
  cofacilitator: 'summary.role.cofacilitator',
  member: 'summary.role.member',
};

/** Dates and lengths as a therapist reads them, in the reader's language (Intl) and the browser's time zone. */
export function summaryFormat(t: Translate, locale: string) {
  const date = (options: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(locale, options);
    return (ms: number) => f.format(ms);
  };
  const dateText = date({ weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
  const timeText = date({ hour: '2-digit', minute: '2-digit' });
  const shortDate = date({ month: 'short', day: 'numeric' });
  const compactDate = date({ year: 'numeric', month: 'short', day: 'numeric' });

  /** Labels for points in time: the date, with the time only where two fall on the same day. */
  const pointLabels = (times: readonly number[]): string[] => {
    const days = times.map(shortDate);
    return times.map((ms, i) => (days.filter((d) => d === days[i]).length > 1 ? `${days[i]}, ${timeText(ms)}` : days[i]!));
  };

  const minutesText = (ms: number): string => {
    const m = Math.round(ms / 60_000);
    if (m === 0) return t('summary.underMinute');
    if (m < 60) return t('common.minutes', { minutes: m });
    return t('summary.hoursMinutes', { hours: Math.floor(m / 60), minutes: m % 60 });
  };

  return { dateText, timeText, compactDate, pointLabels, minutesText };
}

export type SummaryFormat = ReturnType<typeof summaryFormat>;

/** The formatters for the active language, rebuilt when it changes. */
export function useSummaryFormat(): SummaryFormat {
  const t = useT();
  const locale = useLocale();
  return useMemo(() => summaryFormat(t, locale), [t, locale]);
}
