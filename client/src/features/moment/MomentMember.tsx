import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MOMENT_TEXT_MAX } from '../../../../shared/moment/limits';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useT } from '../../i18n/useT';
import { MomentTexts } from './MomentTexts';
import { useMoment } from './useMoment';
import './moment.css';

/**
 * A member's one screen for the moment that mattered: the question, a box, send
 * or skip (both big targets); then a plain thank-you. Moments the facilitator
 * shares appear below for everyone, without names.
 */
export function MomentMember() {
  const vm = useMoment();
  const id = useId();
  const t = useT();
  const cmd = useCommand();
  const [text, setText] = useState('');
  const [writeAnyway, setWriteAnyway] = useState(false);
  if (!vm || !vm.isMember) return null;
  const { current, answered } = vm;
  const asking = current.open && vm.running && (answered === null || (answered === 'skipped' && writeAnyway));
  if (!asking && !current.open && current.revealed.length === 0) return null;

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await cmd.run('moment:write', { text });
    if (ack.ok) setText('');
  };

  return (
    <section className="card moment" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('moment.title')}</h2>
      {asking ? (
        <form onSubmit={send} className="moment-form">
          <div className="field">
            <label htmlFor={`${id}-text`} dir="auto">
              {current.question ?? t('moment.defaultQuestion')}
            </label>
            <p className="hint" id={`${id}-hint`}>
              {t('moment.hint')}
            </p>
            <textarea
              id={`${id}-text`}
              rows={4}
              dir="auto"
              maxLength={MOMENT_TEXT_MAX}
              aria-describedby={`${id}-hint`}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <InlineError message={cmd.error} />
          <div className="actions moment-actions">
            <button type="submit" className="primary" disabled={cmd.pending || text.trim() === ''}>
              {t('moment.send')}
            </button>
            {answered === null ? (
              <button type="button" className="secondary" disabled={cmd.pending} onClick={() => void cmd.run('moment:skip', {})}>
                {t('moment.skip')}
              </button>
            ) : null}
          </div>
        </form>
      ) : current.open && vm.running ? (
        <div role="status">
          <p>{answered === 'written' ? t('moment.thanks') : t('moment.skipped')}</p>
          {answered === 'skipped' ? (
            <button type="button" className="quiet" onClick={() => setWriteAnyway(true)}>
              {t('moment.writeAnyway')}
            </button>
          ) : null}
        </div>
      ) : null}
      <MomentTexts title={t('moment.sharedTitle')} texts={current.revealed} />
    </section>
  );
}
