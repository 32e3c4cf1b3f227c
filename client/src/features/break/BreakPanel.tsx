import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { BREAK_MAX_MINUTES } from '../../../../shared/break/limits';
import { formatClock } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useLocale, useT } from '../../i18n/useT';
import { useBreak } from './useBreak';

const PRESETS = ['5', '10', '15'] as const;

/** Start a break of 5, 10, 15 or a chosen number of minutes; end it early. */
export function BreakPanel() {
  const { running, now } = useBreak();
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const locale = useLocale();
  const [choice, setChoice] = useState<string>('10');
  const [custom, setCustom] = useState('20');

  const start = (e: FormEvent) => {
    e.preventDefault();
    const minutes = Number(choice === 'custom' ? custom : choice);
    void cmd.run('break:start', { minutes });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('break.title')}</h2>
      {running ? (
        <>
          <p>{t('breakPanel.running', { clock: formatClock(running.endsAt - now, locale) })}</p>
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('break:end', {})}>
            {t('break.endNow')}
          </button>
        </>
      ) : (
        <form onSubmit={start}>
          <fieldset className="choices">
            <legend>{t('breakPanel.length')}</legend>
            {PRESETS.map((m) => (
              <label key={m} className="choice">
                <input type="radio" name={`${id}-len`} value={m} checked={choice === m} onChange={() => setChoice(m)} /> {t('common.minutes', { minutes: Number(m) })}
              </label>
            ))}
            <label className="choice">
              <input type="radio" name={`${id}-len`} value="custom" checked={choice === 'custom'} onChange={() => setChoice('custom')} /> {t('breakPanel.other')}
            </label>
          </fieldset>
          {choice === 'custom' ? (
            <div className="field">
              <label htmlFor={`${id}-custom`}>{t('breakPanel.customLabel', { max: BREAK_MAX_MINUTES })}</label>
              <input
                id={`${id}-custom`}
                type="number"
                inputMode="numeric"
                min={1}
                max={BREAK_MAX_MINUTES}
                required
                value={custom}
                onChange={(e) => setCustom(e.target.value)}
              />
            </div>
          ) : null}
          <button type="submit" className="primary" disabled={cmd.pending}>
            {t('breakPanel.start')}
          </button>
        </form>
      )}
      <InlineError message={cmd.error} />
    </section>
  );
}
