import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import './stepper.css';
import './scale-target.css';

export interface ScaleStepperProps {
  /** The questions, one per screen. */
  items: string[];
  min: number;
  max: number;
  low: string;
  high: string;
  pending: boolean;
  /** One value per question, null where skipped. */
  onSubmit(values: Array<number | null>): void;
}

/**
 * A short questionnaire on a phone: one question per screen, big number targets
 * as a radio group, "Skip this question", "Back", "Question 2 of 4", then one
 * last screen that sends everything at once. Answers stay on this screen until sent.
 */
export function ScaleStepper({ items, min, max, low, high, pending, onSubmit }: ScaleStepperProps) {
  const t = useT();
  const id = useId();
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<Array<number | null>>(() => items.map(() => null));
  const headingRef = useRef<HTMLParagraphElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Moving between questions puts the reader at the new question (not on page load).
    if (first.current) first.current = false;
    else headingRef.current?.focus();
  }, [step]);

  const count = items.length;
  const choose = (v: number | null) => setValues((old) => old.map((x, i) => (i === step ? v : x)));
  const next = () => setStep((s) => Math.min(count, s + 1));
  const answered = values.filter((v) => v !== null).length;
  const steps = Array.from({ length: max - min + 1 }, (_, i) => min + i);

  return (
    <div className="st-stepper">
      <div className="st-progress">
        <p ref={headingRef} tabIndex={-1} className="st-count" data-testid="stepper-progress">
          {step < count ? t('measure.progress', { n: step + 1, count }) : t('measure.review', { answered, count })}
        </p>
        <div className="st-track" aria-hidden="true">
          <div className="st-fill" style={{ inlineSize: `${Math.round((Math.min(step, count) / count) * 100)}%` }} />
        </div>
      </div>
      {step < count ? (
        <fieldset className="st-question" key={step}>
          <legend dir="auto">{items[step]}</legend>
          <div className={max > 6 ? 'st-steps st-steps-wide' : 'st-steps'}>
            {steps.map((v) => (
              <label key={v} className="scale-target">
                <input type="radio" name={`${id}-q${step}`} value={v} checked={values[step] === v} onChange={() => choose(v)} />
                <span>{v}</span>
              </label>
            ))}
          </div>
          <p className="st-ends">{t('measure.scaleHint', { min, max, low, high })}</p>
        </fieldset>
      ) : null}
      <div className="actions st-actions">
        {step < count ? (
          <>
            <button type="button" className="primary" disabled={values[step] === null} onClick={next}>
              {t('measure.next')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                choose(null);
                next();
              }}
            >
              {t('measure.skip')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={pending} onClick={() => onSubmit(values)}>
            {t('measure.send')}
          </button>
        )}
        {step > 0 ? (
          <button type="button" className="quiet" onClick={() => setStep((s) => s - 1)}>
            {t('measure.back')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
