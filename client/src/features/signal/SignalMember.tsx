import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { SIGNAL_TEXT_MAX } from '../../../../shared/signal/limits';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import './signals.css';
import { useLocale, useT } from '../../i18n/useT';
import { formatTime } from '../../ui/format';
import { useSignal } from './useSignal';

/**
 * The member's discreet "I need a moment": one quiet button; optional words;
 * then "sent", then "seen by <facilitator>". Only the facilitators see it.
 */
export function SignalMember() {
  const vm = useSignal();
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const locale = useLocale();
  const clockTime = (ms: number) => formatTime(ms, locale);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (!vm || !vm.maySend) return null;
  const signal = vm.mine;
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
        {t('signal.title')}
      </h2>
      <div aria-live="polite" role="status">
        {waiting ? (
          <p className="signal-state">
            <strong>{t('signal.sentAt', { time: clockTime(signal.sentAt) })}</strong> {t('signal.sentBody')}
          </p>
        ) : signal?.status === 'seen' ? (
          <p className="signal-state">
            <strong>
              {signal.seenAt
                ? t('signal.seenAt', { name: signal.seenByName ?? t('signal.theFacilitator'), time: clockTime(signal.seenAt) })
                : t('signal.seen', { name: signal.seenByName ?? t('signal.theFacilitator') })}
            </strong>
          </p>
        ) : null}
      </div>
      {waiting ? null : open ? (
        <form onSubmit={send} className="signal-form">
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('signal.textLabel')}</label>
            <textarea
              id={`${id}-text`}
              rows={2}
              dir="auto"
              maxLength={SIGNAL_TEXT_MAX}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={`${id}-count`}
            />
            <p id={`${id}-count`} className="hint">
              {t('signal.charsLeft', { left: SIGNAL_TEXT_MAX - text.length })}
            </p>
          </div>
          <div className="signal-actions">
            <button type="submit" className="primary" disabled={cmd.pending}>
              {t('signal.send')}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="signal-closed">
          <button type="button" className="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
            {t('signal.needMoment')}
          </button>
          <p className="hint">{t('signal.hint')}</p>
        </div>
      )}
      <InlineError message={cmd.error} />
    </section>
  );
}
