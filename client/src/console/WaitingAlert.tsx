import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSession } from '../room/useSession';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';
import { useT } from '../i18n/useT';
import { arrivalSoundWanted, playArrivalSound, rememberArrivalSound } from './arrival-sound';
import './waiting-alert.css';

/**
 * The top of every staff screen while someone waits to come in: who, with Admit
 * and Not now. "Not now" only folds the alert away on this screen; the
 * person stays in the waiting list (People panel) until someone admits or turns
 * them away. A new arrival brings the alert back and, if wanted, a soft sound.
 */
export function WaitingAlert() {
  const view = useSession();
  const admit = useCommand();
  const t = useT();
  const id = useId();
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const list = view?.staff?.waiting;
  const waiting = useMemo(() => list ?? [], [list]);
  const seen = useRef<Set<string> | null>(null);

  useEffect(() => {
    const ids = waiting.map((w) => w.id);
    // The first view only records who is already waiting: a reload is not an arrival.
    if (seen.current && arrivalSoundWanted() && ids.some((w) => !seen.current!.has(w))) playArrivalSound();
    seen.current = new Set(ids);
  }, [waiting]);

  const shown = waiting.filter((w) => !later.has(w.id));
  return (
    <div aria-live="polite" aria-atomic="false">
      {shown.length > 0 ? (
        <section className="waiting-alert" aria-labelledby={`${id}-title`} data-testid="waiting-alert">
          <h2 id={`${id}-title`} className="waiting-alert-title">
            {t('people.alertTitle', { count: shown.length })}
          </h2>
          <ul className="waiting-alert-list">
            {shown.map((w) => (
              <li key={w.id} className="waiting-alert-row">
                <span className="person-name">{t('people.alertWaits', { name: w.name })}</span>
                <span className="roster-actions">
                  <button type="button" className="primary small" aria-label={t('people.admitName', { name: w.name })} disabled={admit.pending} onClick={() => void admit.run('session:admit', { participantId: w.id })}>
                    {t('people.admit')}
                  </button>
                  <button type="button" className="quiet small" aria-label={t('people.notNowName', { name: w.name })} onClick={() => setLater(new Set([...later, w.id]))}>
                    {t('people.notNow')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <InlineError message={admit.error} />
        </section>
      ) : null}
    </div>
  );
}

/** The sound is off unless wanted, and kept per device: a shared office laptop stays quiet. */
export function ArrivalSoundToggle() {
  const t = useT();
  const id = useId();
  const [sound, setSound] = useState(arrivalSoundWanted);
  const toggle = (on: boolean) => {
    setSound(on);
    rememberArrivalSound(on);
    if (on) playArrivalSound();
  };
  return (
    <div className="field check waiting-sound">
      <input id={id} type="checkbox" checked={sound} onChange={(e) => toggle(e.target.checked)} />
      <label htmlFor={id}>{t('people.arrivalSound')}</label>
    </div>
  );
}
