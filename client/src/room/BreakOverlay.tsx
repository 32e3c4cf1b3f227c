import { useEffect, useRef, useState } from 'react';
import { isStaffRole } from '../../../shared/session/state';
import { formatClock, minutesLeftText } from '../ui/format';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';
import { useRoom, useServerNow } from './useRoom';

/**
 * A calm cover over the room while a break runs, with a countdown against the
 * server clock. Facilitators can end it, or fold it into a slim bar to use the
 * console meanwhile (e.g. to admit someone).
 */
export function BreakOverlay() {
  const { view } = useRoom();
  const now = useServerNow();
  const endBreak = useCommand();
  const [folded, setFolded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const brk = view?.session.break ?? null;
  const active = brk !== null && now < brk.endsAt;
  useEffect(() => {
    if (active && !folded) headingRef.current?.focus();
    if (!active) setFolded(false);
  }, [active, folded]);
  if (!view || !brk || !active) return null;
  const left = brk.endsAt - now;
  const staff = isStaffRole(view.me.role);
  const endButton = (
    <button type="button" className="primary" disabled={endBreak.pending} onClick={() => void endBreak.run('break:end', {})}>
      End break now
    </button>
  );

  if (staff && folded) {
    return (
      <aside className="break-bar" aria-label="Break">
        <span>
          Break: <span className="clock-digits">{formatClock(left)}</span> left
        </span>
        <span className="actions">
          <button type="button" className="quiet small" onClick={() => setFolded(false)}>
            Show break screen
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
          Break
        </h2>
        <p className="countdown" role="timer" aria-label={`Time left: ${minutesLeftText(left)}`}>
          {formatClock(left)}
        </p>
        <p id="break-left">
          We continue in {minutesLeftText(left).replace(' left', '')}. Stretch, breathe, get some water.
        </p>
        {staff ? (
          <div className="actions overlay-actions">
            {endButton}
            <button type="button" className="quiet" onClick={() => setFolded(true)}>
              Back to the console
            </button>
          </div>
        ) : null}
        <InlineError message={endBreak.error} />
      </div>
    </div>
  );
}
