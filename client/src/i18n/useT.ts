import { useLingui } from '@lingui/react';
import { useCallback } from 'react';
import type en from '../../../shared/i18n/catalogs/en.json';

/** A key of the English catalog: the source of truth every other catalog matches. */
export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** `t('join.title', { group })`: the active catalog's text for a key, re-rendering when the language changes. */
export function useT(): Translate {
  const { i18n } = useLingui();
  // A new function only when the language changes, so screens re-render with its words (not on every catalog event).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n._ reads the locale; listing it is the point
  return useCallback((id: MessageId, values?: MessageValues) => i18n._(id, values), [i18n, i18n.locale]);
}

/** The active locale, for Intl formatting. */
export function useLocale(): string {
  return useLingui().i18n.locale;
}
