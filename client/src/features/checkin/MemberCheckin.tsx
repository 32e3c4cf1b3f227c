import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { WORD_MAX } from '../../../../shared/checkin/limits';
import type { CheckinView } from '../../../../shared/checkin/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { CheckinProgress } from './CheckinProgress';
import { CheckinResults } from './CheckinResults';
import { anonymousSentence, lostInRestartSentence, receivedSentence } from './copy';
import './checkins.css';
import '../../ui/scale-target.css';
import { useT } from '../../i18n/useT';
import { useCheckin } from './useCheckin';
import { useBringIntoView } from '../../room/useBringIntoView';

/** A member's check-in card: the prompt, what anonymous means, one answer, then the group's results. */
export function MemberCheckin() {
  const vm = useCheckin();
  const id = useId();
  const t = useT();
  // A check-in opening asks this member for an answer: bring its prompt into view.
  const promptRef = useBringIntoView<HTMLParagraphElement>(vm && vm.checkin.phase === 'open' && !vm.answered ? vm.checkin.id : null);
  if (!vm) return null;
  const { checkin, answered } = vm;
  return (
    <section className="card ci-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.title')}</h2>
      <p className="ci-prompt" dir="auto" ref={promptRef} tabIndex={-1}>
        {checkin.prompt}
      </p>
      <p className="ci-anon">{anonymousSentence(t)}</p>
      {checkin.phase === 'revealed' ? (
        <CheckinResults checkin={checkin} />
      ) : (
        <>
          {checkin.reopened && !answered ? (
            <p className="ci-lost" role="status">
              {lostInRestartSentence(t)}
            </p>
          ) : null}
          {answered ? (
            <p className="ci-received" role="status">
              <span aria-hidden="true">✓ </span>
              {receivedSentence(t)}
            </p>
          ) : checkin.phase === 'open' ? (
            <AnswerForm key={checkin.id} checkin={checkin} />
          ) : (
            <p className="muted">{t('checkin.closed')}</p>
          )}
          <CheckinProgress checkin={checkin} />
        </>
      )}
    </section>
  );
}

function AnswerForm({ checkin }: { checkin: CheckinView }) {
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const [value, setValue] = useState<number | string | null>(null);
  const f = checkin.format;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (value === null || value === '') return;
    const ack = await cmd.run('checkin:answer', { checkinId: checkin.id, value });
    // Forget the answer on this device as soon as it is received.
    if (ack.ok) setValue(null);
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="ci-answer">
      {f.kind === 'scale' ? (
        <fieldset className="ci-scale">
          <legend>{t('checkin.scaleLegend', { low: f.low, high: f.high })}</legend>
          <div className="ci-scale-steps">
            {Array.from({ length: 11 }, (_, v) => (
              <label key={v} className="scale-target">
                <input type="radio" name={`${id}-scale`} value={v} checked={value === v} onChange={() => setValue(v)} />
                <span>{v}</span>
              </label>
            ))}
          </div>
          <div className="ci-scale-ends" aria-hidden="true">
            <span>0 · {f.low}</span>
            <span>10 · {f.high}</span>
          </div>
        </fieldset>
      ) : null}
      {f.kind === 'word' ? (
        <div className="field">
          <label htmlFor={`${id}-word`}>{t('checkin.wordLabel', { max: WORD_MAX })}</label>
          <input
            id={`${id}-word`}
            type="text"
            maxLength={WORD_MAX}
            autoComplete="off"
            autoCapitalize="none"
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
      ) : null}
      {f.kind === 'choice' ? (
        <fieldset className="ci-options">
          <legend>{t('checkin.yourAnswer')}</legend>
          {f.options.map((option, i) => (
            <label key={option} className="ci-option">
              <input type="radio" name={`${id}-choice`} value={i} checked={value === i} onChange={() => setValue(i)} /> {option}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="hint">{t('checkin.answerOnce')}</p>
      <button type="submit" className="primary" disabled={cmd.pending || value === null || value === ''}>
        {t('checkin.send')}
      </button>
      <InlineError message={cmd.error} />
    </form>
  );
}
