import { useId } from 'react';
import { activateLocale, LOCALES } from './i18n';
import { useLocale, useT } from './useT';
import './language-picker.css';

/** Each person picks the language of their own screen; the choice is remembered on this device. */
export function LanguagePicker() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={locale} onChange={(e) => void activateLocale(e.target.value, { remember: true })}>
        <LocaleOptions />
      </select>
    </div>
  );
}

/** Every language with a catalog, each named in its own language (and marked so, for screen readers). */
export function LocaleOptions() {
  return (
    <>
      {LOCALES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </>
  );
}
