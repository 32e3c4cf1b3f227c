import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { DEFAULT_RETENTION_DAYS, RETENTION_MAX_DAYS } from '../../../../shared/summary/api';
import type { RetentionSettings } from '../../../../shared/summary/api';
import { InlineError } from '../../ui/InlineError';
import { saveRetention } from './history-api';
import { errorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';

/** How long this group's session details are kept, and whether nameless totals outlive them. */
export function RetentionForm({ groupId, token, initial, onSaved }: { groupId: string; token: string; initial: RetentionSettings; onSaved: () => void }) {
  const id = useId();
  const [mode, setMode] = useState<'days' | 'end'>(initial.retentionDays === 0 ? 'end' : 'days');
  const [days, setDays] = useState(String(initial.retentionDays || DEFAULT_RETENTION_DAYS));
  const [keep, setKeep] = useState(initial.keepAggregates);
  const [texts, setTexts] = useState(initial.keepFeedbackTexts);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const t = useT();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const n = Number(days);
    if (mode === 'days' && (!Number.isInteger(n) || n < 1 || n > RETENTION_MAX_DAYS)) return setError(t('retention.daysError', { max: RETENTION_MAX_DAYS }));
    setError(null);
    const r = await saveRetention(groupId, token, { retentionDays: mode === 'end' ? 0 : n, keepAggregates: keep, keepFeedbackTexts: texts });
    if (!r.ok) return setError(errorText(t, r));
    setSaved(t('retention.saved'));
    onSaved();
  };

  return (
    <section className="card sum-section" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('retention.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <fieldset className="sum-fieldset">
          <legend>{t('retention.details')}</legend>
          <div className="field check">
            <input type="radio" id={`${id}-days`} name={`${id}-mode`} checked={mode === 'days'} onChange={() => setMode('days')} />
            <label htmlFor={`${id}-days`}>{t('retention.keepDays')}</label>
          </div>
          <div className="field sum-days">
            <label htmlFor={`${id}-n`}>{t('retention.days')}</label>
            <input id={`${id}-n`} type="number" inputMode="numeric" min={1} max={RETENTION_MAX_DAYS} value={days} disabled={mode !== 'days'} onChange={(e) => setDays(e.target.value)} />
          </div>
          <div className="field check">
            <input type="radio" id={`${id}-end`} name={`${id}-mode`} checked={mode === 'end'} onChange={() => setMode('end')} />
            <label htmlFor={`${id}-end`}>{t('retention.atEnd')}</label>
          </div>
        </fieldset>
        <div className="field check">
          <input type="checkbox" id={`${id}-keep`} checked={keep} onChange={(e) => setKeep(e.target.checked)} />
          <label htmlFor={`${id}-keep`}>{t('retention.keepTotals')}</label>
        </div>
        <div className="field check">
          <input type="checkbox" id={`${id}-texts`} checked={texts} onChange={(e) => setTexts(e.target.checked)} />
          <label htmlFor={`${id}-texts`}>{t('retention.keepTexts')}</label>
        </div>
        <InlineError message={error} />
        <div className="actions">
          <button type="submit" className="secondary">
            {t('retention.save')}
          </button>
          <span role="status" aria-live="polite">
            {saved}
          </span>
        </div>
      </form>
    </section>
  );
}
