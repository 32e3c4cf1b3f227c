import { useEffect, useRef } from 'react';
import { isStaffRole } from '../../../shared/session/state';
import { formatClock, minutesLeftText } from '../ui/format';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';
import { useRoom, useServerNow } from './useRoom';

/** A calm cover over the room while a break runs, with a countdown against the server clock. */
export function BreakOverlay() {
  const { view } = useRoom();
  const now = useServerNow();
  const endBreak = useCommand();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const brk = view?.session.break ?? null;
  const active = brk !== null && now < brk.endsAt;
  useEffect(() => {
    if (active) headingRef.current?.focus();
  }, [active]);
  if (!view || !brk || !active) return null;
  const left = brk.endsAt - now;
  const staff = isStaffRole(view.me.role);
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
          <>
            <button type="button" className="primary" disabled={endBreak.pending} onClick={() => void endBreak.run('break:end', {})}>
              End break now
            </button>
            <InlineError message={endBreak.error} />
          </>
        ) : null}
      </div>
    </div>
  );
}
