import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { SIGNAL_TEXT_MAX } from '../../../../shared/signal/limits';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import './signals.css';
import { useLocale, useT } from '../../i18n/useT';
import { formatTime } from '../../ui/format';
import { useSignal } from './useSignal';

/**
 * The member's discreet "I need a moment". One tap sends it: a distressed member
 * who taps once has been heard. Words may follow while it is open; then "seen by
 * <facilitator>". Only the facilitators see it. `inOverlay` drops the card frame
 * for the break screen.
 */
export function SignalMember({ inOverlay = false }: { inOverlay?: boolean }) {
  const vm = useSignal();
  const id = useId();
  const cmd = useCommand();
  const words = useCommand();
  const t = useT();
  const locale = useLocale();
  const clockTime = (ms: number) => formatTime(ms, locale);
  const [text, setText] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [justSent, setJustSent] = useState(false);
  const signal = vm?.mine ?? null;
  const waiting = signal?.status === 'sent';
  // The button disappears once sent: keep focus on the confirmation, not lost on the page.
  useEffect(() => {
    if (justSent && waiting) statusRef.current?.focus();
  }, [justSent, waiting]);
  if (!vm || !vm.maySend) return null;

  const send = async () => {
    const ack = await cmd.run('signal:send', {});
    if (ack.ok) setJustSent(true);
  };
  const addWords = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await words.run('signal:addWords', { text });
    if (ack.ok) setText('');
  };

  return (
    <section className={inOverlay ? 'signal-member signal-in-overlay' : 'card signal-member'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('signal.title')}
      </h2>
      <div aria-live="polite" role="status">
        {waiting ? (
          <p className="signal-state" ref={statusRef} tabIndex={-1}>
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
        {waiting && signal.text ? <p className="signal-words">{t('signal.yourWords', { text: signal.text })}</p> : null}
      </div>
      {waiting ? (
        <form onSubmit={addWords} className="signal-form">
          <div className="field">
            <label htmlFor={`${id}-text`}>{signal.text ? t('signal.changeWordsLabel') : t('signal.textLabel')}</label>
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
            <button type="submit" className="secondary" disabled={words.pending || !text.trim()}>
              {t('signal.addWords')}
            </button>
          </div>
          <InlineError message={words.error} />
        </form>
      ) : (
        <div className="signal-closed">
          <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void send()}>
            {t('signal.needMoment')}
          </button>
          <p className="hint">{t('signal.hint')}</p>
        </div>
      )}
      <InlineError message={cmd.error} />
    </section>
  );
}
