import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Programme } from '../../../../shared/programme/plan';
import { PROGRAMME_MAX_PHASES, PROGRAMME_MAX_SESSIONS, SESSION_MAX_MINUTES, SESSION_MIN_MINUTES } from '../../../../shared/programme/limits';
import { LABEL_MAX } from '../../../../shared/text';
import { errorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { InlineError } from '../../ui/InlineError';
import { fieldsOf, programmeOf } from './form-state';
import type { ProgrammeFields } from './form-state';
import { saveProgramme } from './programme-api';
import { SkippedWeeks } from './SkippedWeeks';

/** Staff set the programme: sessions, weekday and time (from the first date), phases, skipped weeks and the members' countdown. */
export function ProgrammeForm({ groupId, token, saved, onSaved }: { groupId: string; token: string; saved: Programme | null; onSaved: (p: Programme) => void }) {
  const id = useId();
  const t = useT();
  const [f, setF] = useState<ProgrammeFields>(() => fieldsOf(saved, t));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ProgrammeFields>) => setF((old) => ({ ...old, ...patch }));
  const setPhase = (i: number, patch: Partial<ProgrammeFields['phases'][number]>) => set({ phases: f.phases.map((ph, j) => (j === i ? { ...ph, ...patch } : ph)) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const checked = programmeOf(f, t);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    setBusy(true);
    const r = await saveProgramme(groupId, token, checked.programme);
    setBusy(false);
    if (!r.ok) return setError(errorText(t, r));
    setStatus(t('progStaff.saved'));
    onSaved(checked.programme);
  };

  const field = (key: 'sessions' | 'firstDate' | 'time' | 'minutes' | 'timeZone', label: string, attrs: Record<string, string | number>) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={f[key]} onChange={(e) => set({ [key]: e.target.value })} {...attrs} />
    </div>
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="programme-form">
      <div className="programme-fields">
        {field('sessions', t('progStaff.sessions'), { type: 'number', inputMode: 'numeric', min: 1, max: PROGRAMME_MAX_SESSIONS })}
        {field('firstDate', t('progStaff.firstDate'), { type: 'date' })}
        {field('time', t('progStaff.time'), { type: 'time' })}
        {field('minutes', t('progStaff.minutes'), { type: 'number', inputMode: 'numeric', min: SESSION_MIN_MINUTES, max: SESSION_MAX_MINUTES })}
        {field('timeZone', t('progStaff.timeZone'), { type: 'text', autoComplete: 'off', spellCheck: 'false' })}
      </div>
      <fieldset className="sum-fieldset">
        <legend>{t('progStaff.phases')}</legend>
        {f.phases.map((ph, i) => (
          <div className="programme-phase" key={i}>
            <div className="field">
              <label htmlFor={`${id}-phase-${i}`}>{t('progStaff.phaseName', { n: i + 1 })}</label>
              <input id={`${id}-phase-${i}`} dir="auto" maxLength={LABEL_MAX} value={ph.name} onChange={(e) => setPhase(i, { name: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-phase-${i}-n`}>{t('progStaff.phaseSessions', { n: i + 1 })}</label>
              <input id={`${id}-phase-${i}-n`} type="number" inputMode="numeric" min={1} max={PROGRAMME_MAX_SESSIONS} value={ph.sessions} onChange={(e) => setPhase(i, { sessions: e.target.value })} />
            </div>
            {f.phases.length > 1 ? (
              <button type="button" className="quiet small" onClick={() => set({ phases: f.phases.filter((_, j) => j !== i) })}>
                {t('progStaff.removePhase', { n: i + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        {f.phases.length < PROGRAMME_MAX_PHASES ? (
          <button type="button" className="secondary small programme-add-phase" onClick={() => set({ phases: [...f.phases, { name: '', sessions: '1' }] })}>
            {t('progStaff.addPhase')}
          </button>
        ) : null}
      </fieldset>
      <SkippedWeeks skipped={f.skipped} onChange={(skipped) => set({ skipped })} />
      <div className="programme-countdown">
        <div className="field check">
          <input type="checkbox" id={`${id}-cd`} checked={f.countdownOn} onChange={(e) => set({ countdownOn: e.target.checked })} />
          <label htmlFor={`${id}-cd`}>{t('progStaff.countdown')}</label>
        </div>
        <div className="field sum-days">
          <label htmlFor={`${id}-cdn`}>{t('progStaff.countdownFrom')}</label>
          <input id={`${id}-cdn`} type="number" inputMode="numeric" min={0} max={PROGRAMME_MAX_SESSIONS} value={f.countdownFrom} disabled={!f.countdownOn} onChange={(e) => set({ countdownFrom: e.target.value })} />
        </div>
        <p className="hint">{t('progStaff.countdownHint')}</p>
      </div>
      <InlineError message={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('progStaff.save')}
        </button>
        <span role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </form>
  );
}
