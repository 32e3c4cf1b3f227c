import { useId, useMemo } from 'react';
import { useRoom, useServerNow } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import './signals.css';

function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function ago(ms: number): string {
  const min = Math.floor(ms / 60_000);
  return min < 1 ? 'just now' : min === 1 ? '1 minute ago' : `${min} minutes ago`;
}

/**
 * Staff: open "I need a moment" signals, oldest first, each with Acknowledge.
 * Calm but clear; a polite live region announces each new one. Shows nothing
 * (but the live region) when there are none.
 */
export function SignalNotices() {
  const { view } = useRoom();
  const now = useServerNow(15_000);
  const id = useId();
  const cmd = useCommand();
  const signals = view?.shared?.staff?.signals;
  const ended = view?.session.endedAt != null;
  const open = useMemo(
    () => Object.entries(signals ?? {}).sort(([, a], [, b]) => a.sentAt - b.sentAt),
    [signals],
  );
  const announcement = open.map(([, s]) => `${s.name} needs a moment.`).join(' ');

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {open.length === 0 ? null : (
        <section className="card signal-notices" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>
            {open.length === 1 ? 'Someone needs a moment' : `${open.length} people need a moment`}
          </h2>
          <ul className="signal-list">
            {open.map(([memberId, s]) => (
              <li key={memberId} className="signal-item">
                <div>
                  <p className="signal-who">
                    <strong>{s.name}</strong>{' '}
                    <span className="muted">
                      at {clockTime(s.sentAt)} · {ago(now - s.sentAt)}
                    </span>
                  </p>
                  {s.text ? <p className="signal-text">“{s.text}”</p> : null}
                </div>
                <button
                  type="button"
                  className="primary"
                  hidden={ended}
                  disabled={cmd.pending}
                  aria-label={`Acknowledge ${s.name}'s signal`}
                  onClick={() => void cmd.run('signal:acknowledge', { memberId })}
                >
                  Acknowledge
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">Only you and your co-facilitator see this. {open.length === 1 ? 'They' : 'Each person'} will see that it was seen.</p>
          <InlineError message={cmd.error} />
        </section>
      )}
    </>
  );
}
