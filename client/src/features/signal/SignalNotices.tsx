import { useId, useMemo } from 'react';
import { useServerNow } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useLocale, useT } from '../../i18n/useT';
import type { Translate } from '../../i18n/useT';
import { formatTime } from '../../ui/format';
import './signals.css';
import { useSignal } from './useSignal';

/** "just now", then "3 minutes ago" in the locale's own words. */
function ago(t: Translate, ms: number, locale: string): string {
  const min = Math.floor(ms / 60_000);
  return min < 1 ? t('sigStaff.justNow') : new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(-min, 'minute');
}

/**
 * Staff: open "I need a moment" signals, oldest first, each with Acknowledge.
 * Calm but clear; a polite live region announces each new one. Shows nothing
 * (but the live region) when there are none.
 */
export function SignalNotices() {
  const vm = useSignal();
  const now = useServerNow(15_000);
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const locale = useLocale();
  const signals = vm?.open;
  const ended = vm?.ended ?? false;
  const open = useMemo(
    () => Object.entries(signals ?? {}).sort(([, a], [, b]) => a.sentAt - b.sentAt),
    [signals],
  );
  const announcement = open.map(([, s]) => t('sigStaff.needsMoment', { name: s.name })).join(' ');

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {open.length === 0 ? null : (
        <section className="card signal-notices" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>
            {t('sigStaff.title', { count: open.length })}
          </h2>
          <ul className="signal-list">
            {open.map(([memberId, s]) => (
              <li key={memberId} className="signal-item">
                <div>
                  <p className="signal-who">
                    <strong>{s.name}</strong>{' '}
                    <span className="muted">
                      {t('sigStaff.at', { time: formatTime(s.sentAt, locale), ago: ago(t, now - s.sentAt, locale) })}
                    </span>
                  </p>
                  {s.text ? <p className="signal-text">“{s.text}”</p> : null}
                </div>
                <button
                  type="button"
                  className="primary"
                  hidden={ended}
                  disabled={cmd.pending}
                  aria-label={t('sigStaff.acknowledgeName', { name: s.name })}
                  onClick={() => void cmd.run('signal:acknowledge', { memberId })}
                >
                  {t('sigStaff.acknowledge')}
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">{open.length === 1 ? t('sigStaff.hintOne') : t('sigStaff.hintMany')}</p>
          <InlineError message={cmd.error} />
        </section>
      )}
    </>
  );
}
