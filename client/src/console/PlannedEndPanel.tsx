import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { PLANNED_MINUTES_MAX, endCue } from '../../../shared/session/planned-end';
import { useServerNow } from '../room/useRoom';
import { useSession } from '../room/useSession';
import { formatTime, wholeMinutesLeft } from '../ui/format';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';
import { useLocale, useT } from '../i18n/useT';

/** Planned lengths offered, in minutes from the session's start. */
const LENGTHS: readonly number[] = [45, 60, 75, 90, 105, 120, 150, 180];
const OTHER = 'other';

/** Set-up: how long the session is planned to last (a usual length, or any other), so staff see the time left. */
export function PlannedEndPanel() {
  const view = useSession();
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const locale = useLocale();
  const [other, setOther] = useState<string | null>(null);
  const staff = view?.staff;
  if (!view || !staff) return null;
  const current = staff.plannedEndAt === undefined ? null : Math.round((staff.plannedEndAt - view.session.startedAt) / 60_000);
  const offered = current === null || LENGTHS.some((m) => m === current) ? LENGTHS : [...LENGTHS, current].sort((a, b) => a - b);
  const plan = (minutes: number | null) => void cmd.run('session:setPlannedEnd', { minutes });
  const choose = (value: string) => {
    if (value === OTHER) return setOther(current === null ? '' : String(current));
    setOther(null);
    plan(value === '' ? null : Number(value));
  };
  const setCustom = (e: FormEvent) => {
    e.preventDefault();
    if (other !== null && other.trim() !== '') plan(Number(other));
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('console.plannedTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-len`}>{t('console.plannedLength')}</label>
        <select id={`${id}-len`} value={other !== null ? OTHER : current === null ? '' : String(current)} disabled={cmd.pending} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('console.plannedNone')}</option>
          {offered.map((m) => (
            <option key={m} value={String(m)}>
              {t('console.plannedMinutes', { minutes: m, time: formatTime(view.session.startedAt + m * 60_000, locale) })}
            </option>
          ))}
          <option value={OTHER}>{t('console.plannedOther')}</option>
        </select>
      </div>
      {other !== null ? (
        <form className="field" onSubmit={setCustom}>
          <label htmlFor={`${id}-other`}>{t('console.plannedOtherLabel', { max: PLANNED_MINUTES_MAX })}</label>
          <div className="copy-row">
            <input id={`${id}-other`} type="number" inputMode="numeric" min={5} max={PLANNED_MINUTES_MAX} value={other} onChange={(e) => setOther(e.target.value)} />
            <button type="submit" className="secondary" disabled={cmd.pending}>
              {t('console.plannedSet')}
            </button>
          </div>
        </form>
      ) : null}
      <p className="hint">{t('console.plannedHint')}</p>
      <InlineError message={cmd.error} />
    </section>
  );
}

/** In the console's header: the time left before the planned end, and a gentle cue in the last ten minutes. */
export function PlannedEndClock() {
  const view = useSession();
  const now = useServerNow();
  const t = useT();
  const locale = useLocale();
  const endsAt = view?.staff?.plannedEndAt;
  if (endsAt === undefined) return null;
  const cue = endCue(endsAt, now);
  const time = formatTime(endsAt, locale);
  return (
    <div className={`planned-end planned-${cue}`}>
      <p className="planned-line" data-testid="planned-end">
        {cue === 'past' ? t('console.plannedPast', { time }) : t('console.plannedLeft', { time, minutes: wholeMinutesLeft(endsAt - now) })}
      </p>
      {/* Announced once as it appears; the numbers above are not a live region, so they do not chatter every second. */}
      <p className="planned-cue" role="status">
        {cue === 'ending-soon' ? t('console.endingSoon') : ''}
      </p>
    </div>
  );
}
