import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { SIGNAL_TEXT_MAX } from '../../../../shared/signals/signal-state';
import { useRoom } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import './signals.css';

function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * The member's discreet "I need a moment": one quiet button; optional words;
 * then "sent", then "seen by <facilitator>". Only the facilitators see it.
 */
export function SignalMember() {
  const { view } = useRoom();
  const id = useId();
  const cmd = useCommand();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (!view || view.me.role !== 'member' || view.session.endedAt !== null) return null;
  const signal = view.me.signal ?? null;
  const waiting = signal?.status === 'sent';

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await cmd.run('signal:send', text.trim() ? { text } : {});
    if (ack.ok) {
      setOpen(false);
      setText('');
    }
  };

  return (
    <section className="card signal-member" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Private message to the facilitators
      </h2>
      <div aria-live="polite" role="status">
        {waiting ? (
          <p className="signal-state">
            <strong>Sent at {clockTime(signal.sentAt)}.</strong> Only the facilitators see it; they will notice it soon.
          </p>
        ) : signal?.status === 'seen' ? (
          <p className="signal-state">
            <strong>
              {signal.seenByName ?? 'The facilitator'} has seen your message{signal.seenAt ? ` (${clockTime(signal.seenAt)})` : ''}.
            </strong>
          </p>
        ) : null}
      </div>
      {waiting ? null : open ? (
        <form onSubmit={send} className="signal-form">
          <div className="field">
            <label htmlFor={`${id}-text`}>Anything you would like them to know? (optional)</label>
            <textarea
              id={`${id}-text`}
              rows={2}
              maxLength={SIGNAL_TEXT_MAX}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={`${id}-count`}
            />
            <p id={`${id}-count`} className="hint">
              {SIGNAL_TEXT_MAX - text.length} characters left. Only the facilitators will see this.
            </p>
          </div>
          <div className="signal-actions">
            <button type="submit" className="primary" disabled={cmd.pending}>
              Send to the facilitators
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="signal-closed">
          <button type="button" className="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
            I need a moment
          </button>
          <p className="hint">Quietly lets the facilitators know. Nobody else sees it.</p>
        </div>
      )}
      <InlineError message={cmd.error} />
    </section>
  );
}
