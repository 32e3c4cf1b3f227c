import { useEffect, useRef, useState } from 'react';
import { useLocale, useT } from '../../i18n/useT';
import { formatClock, wholeMinutesLeft } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useBreak } from './useBreak';
import { SignalMember } from '../signal/SignalMember';
import { LeaveButton } from '../../member/LeaveButton';

/**
 * A calm cover over the room while a break runs, with a countdown against the
 * server clock. Facilitators can end it, or fold it into a slim bar to use the
 * console meanwhile (e.g. to admit someone). Members keep "I need a moment" and
 * "Leave" on it.
 */
export function BreakOverlay() {
  const { running, now, staff } = useBreak();
  const endBreak = useCommand();
  const t = useT();
  const locale = useLocale();
  const [folded, setFolded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const active = running !== null;
  useEffect(() => {
    if (active && !folded) headingRef.current?.focus();
    if (!active) setFolded(false);
  }, [active, folded]);
  if (!running) return null;
  const left = running.endsAt - now;
  const endButton = (
    <button type="button" className="primary" disabled={endBreak.pending} onClick={() => void endBreak.run('break:end', {})}>
      {t('break.endNow')}
    </button>
  );

  if (staff && folded) {
    return (
      <aside className="break-bar" aria-label={t('break.title')}>
        <span>{t('break.barLeft', { clock: formatClock(left, locale) })}</span>
        <span className="actions">
          <button type="button" className="quiet small" onClick={() => setFolded(false)}>
            {t('break.show')}
          </button>
          {endButton}
        </span>
        <InlineError message={endBreak.error} />
      </aside>
    );
  }

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="break-title" aria-describedby="break-left">
      <div className="overlay-card">
        <h2 id="break-title" ref={headingRef} tabIndex={-1}>
          {t('break.title')}
        </h2>
        <p className="countdown" role="timer" aria-label={t('break.timeLeft', { minutes: wholeMinutesLeft(left) })}>
          {formatClock(left, locale)}
        </p>
        <p id="break-left">
          {t('break.body', { minutes: wholeMinutesLeft(left) })}
        </p>
        {staff ? (
          <div className="actions overlay-actions">
            {endButton}
            <button type="button" className="quiet" onClick={() => setFolded(true)}>
              {t('break.backToConsole')}
            </button>
          </div>
        ) : (
          // Breaks are when someone may want to reach out privately, or go: both stay in reach.
          <div className="overlay-member">
            <SignalMember inOverlay />
            <div className="overlay-leave">
              <LeaveButton />
            </div>
          </div>
        )}
        <InlineError message={endBreak.error} />
      </div>
    </div>
  );
}
