import { useId, useState } from 'react';
import { useLocale, useT } from '../../i18n/useT';

/** The weeks the series skips (a holiday): add a date, or hold a skipped week's session after all. */
export function SkippedWeeks({ skipped, onChange }: { skipped: string[]; onChange: (next: string[]) => void }) {
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const [date, setDate] = useState('');
  // A calendar date, shown as the reader writes dates; read at noon UTC so no zone moves it a day.
  const shown = (d: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${d}T12:00:00Z`));
  const add = () => {
    if (date && !skipped.includes(date)) onChange([...skipped, date].sort());
    setDate('');
  };
  return (
    <fieldset className="sum-fieldset">
      <legend>{t('progStaff.skipped')}</legend>
      <p className="hint">{t('progStaff.skipHint')}</p>
      {skipped.length === 0 ? (
        <p className="muted">{t('progStaff.noSkipped')}</p>
      ) : (
        <ul className="programme-skipped" aria-label={t('progStaff.skipped')}>
          {skipped.map((d) => (
            <li key={d}>
              <span>{shown(d)}</span>
              <button type="button" className="quiet small" onClick={() => onChange(skipped.filter((s) => s !== d))}>
                {t('progStaff.unskip', { date: shown(d) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="programme-skip-add">
        <div className="field">
          <label htmlFor={`${id}-skip`}>{t('progStaff.skipDate')}</label>
          <input id={`${id}-skip`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <button type="button" className="secondary" disabled={!date} onClick={add}>
          {t('progStaff.skipAdd')}
        </button>
      </div>
    </fieldset>
  );
}
