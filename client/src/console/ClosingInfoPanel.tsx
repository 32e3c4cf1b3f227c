import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { NEXT_SESSION_MAX, SUPPORT_MAX } from '../../../shared/session/closing-info';
import { useSession } from '../room/useSession';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';
import { useT } from '../i18n/useT';

/**
 * Set-up: what members read when the session ends — when the group meets next,
 * and where to find support meanwhile. The support text is the group's: the
 * next session starts with it.
 */
export function ClosingInfoPanel() {
  const view = useSession();
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const closing = view?.session.closing;
  const [next, setNext] = useState(closing?.nextSession ?? '');
  const [support, setSupport] = useState(closing?.support ?? '');
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  // Another facilitator's save shows here too, unless this person has unsaved words of their own.
  useEffect(() => {
    if (dirty) return;
    setNext(closing?.nextSession ?? '');
    setSupport(closing?.support ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the saved words change
  }, [closing?.nextSession, closing?.support]);
  const edit = (set: (v: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setDirty(true);
    setSaved(false);
  };
  if (!view) return null;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await cmd.run('session:setClosingInfo', { nextSession: next, support });
    setSaved(ack.ok);
    if (ack.ok) setDirty(false);
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('console.closingTitle')}</h2>
      <p className="hint">{t('console.closingHint')}</p>
      <form onSubmit={(e) => void save(e)}>
        <div className="field">
          <label htmlFor={`${id}-next`}>{t('console.closingNext')}</label>
          <input id={`${id}-next`} type="text" dir="auto" maxLength={NEXT_SESSION_MAX} value={next} onChange={edit(setNext)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-support`}>{t('console.closingSupport')}</label>
          <p className="hint" id={`${id}-support-hint`}>{t('console.closingSupportHint')}</p>
          <textarea id={`${id}-support`} rows={3} dir="auto" maxLength={SUPPORT_MAX} aria-describedby={`${id}-support-hint`} value={support} onChange={edit(setSupport)} />
        </div>
        <button type="submit" className="secondary" disabled={cmd.pending}>
          {t('console.closingSave')}
        </button>
        <p className="copy-status" role="status">
          {saved ? t('console.closingSaved') : ''}
        </p>
      </form>
      <InlineError message={cmd.error} />
    </section>
  );
}
