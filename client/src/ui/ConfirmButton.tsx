import { useId, useRef } from 'react';
import { useT } from '../i18n/useT';
import './confirm.css';

/**
 * A button that asks first, in a native <dialog> (focus moves in, Escape closes,
 * focus returns to the button). For actions that cannot be undone.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
  onConfirm,
  className = 'secondary',
  buttonLabel,
}: {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
  /** Accessible name when the visible label is ambiguous (e.g. "Remove" in a roster). */
  buttonLabel?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button type="button" className={className} aria-label={buttonLabel} onClick={() => ref.current?.showModal()}>
        {label}
      </button>
      <dialog ref={ref} className="confirm" aria-labelledby={`${id}-t`} aria-describedby={`${id}-b`}>
        <h2 id={`${id}-t`}>{title}</h2>
        <p id={`${id}-b`}>{body}</p>
        <div className="actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              ref.current?.close();
              void onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="quiet" autoFocus onClick={() => ref.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
