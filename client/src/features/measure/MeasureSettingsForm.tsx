import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { MeasureMode, MeasureSettings } from '../../../../shared/measure/definitions';
import { DEFAULT_MEASURE_SETTINGS, MEASURES } from '../../../../shared/measure/definitions';
import { CLIMATE_EVERY_MAX, ITEM_TEXT_MAX } from '../../../../shared/measure/limits';
import { errorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { InlineError } from '../../ui/InlineError';
import { fetchGroupMeasureSettings, saveMeasureSettings } from './measures-api';
import { measureTitle, questionsOf } from './wording';

const WORDED = ['wellbeing', 'session', 'climate'] as const;
type Worded = (typeof WORDED)[number];

/** The group's questionnaire settings on its page: mode, climate frequency, cut-off, drop, and its own wording. */
export function MeasureSettingsForm({ groupId, token }: { groupId: string; token: string }) {
  const [settings, setSettings] = useState<MeasureSettings | null>(null);
  useEffect(() => {
    let live = true;
    void fetchGroupMeasureSettings(groupId, token).then((r) => {
      if (live && r.ok) setSettings(r.data);
    });
    return () => {
      live = false;
    };
  }, [groupId, token]);
  return settings ? <SettingsForm groupId={groupId} token={token} initial={settings} /> : null;
}

function SettingsForm({ groupId, token, initial }: { groupId: string; token: string; initial: MeasureSettings }) {
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<MeasureMode>(initial.sessionMode);
  const [numbers, setNumbers] = useState({ climateEvery: String(initial.climateEvery), cutoff: String(initial.wellbeingCutoff), drop: String(initial.wellbeingDrop) });
  const [wording, setWording] = useState<Record<Worded, string[]>>(() => ({
    wellbeing: questionsOf('wellbeing', initial, t),
    session: questionsOf('session', initial, t),
    climate: questionsOf('climate', initial, t),
  }));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const [climateEvery, wellbeingCutoff, wellbeingDrop] = [numbers.climateEvery, numbers.cutoff, numbers.drop].map(Number) as [number, number, number];
    const inRange = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
    if (!inRange(climateEvery, 1, CLIMATE_EVERY_MAX) || !inRange(wellbeingCutoff, 0, 40) || !inRange(wellbeingDrop, 1, 40)) return setError(t('msGroup.rangeError'));
    setError(null);
    // A question left as the default (or cleared) is stored as "use the default", so a later catalog fix reaches the group.
    const own = (kind: Worded) => {
      const standard = questionsOf(kind, DEFAULT_MEASURE_SETTINGS, t);
      const texts = wording[kind].map((w, i) => w.trim() || standard[i]!);
      return texts.every((w, i) => w === standard[i]) ? null : texts;
    };
    const body: MeasureSettings = {
      wording: { wellbeing: own('wellbeing'), session: own('session'), climate: own('climate') },
      sessionMode: mode,
      climateEvery,
      wellbeingCutoff,
      wellbeingDrop,
    };
    const r = await saveMeasureSettings(groupId, token, body);
    if (!r.ok) return setError(errorText(t, r));
    setSaved(t('msGroup.saved'));
  };

  const number = (key: keyof typeof numbers, label: string, min: number, max: number) => (
    <div className="field sum-days">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="number" inputMode="numeric" min={min} max={max} value={numbers[key]} onChange={(e) => setNumbers((n) => ({ ...n, [key]: e.target.value }))} />
    </div>
  );

  return (
    <section className="card sum-section" aria-labelledby={`${id}-t`} data-testid="measure-settings">
      <h2 id={`${id}-t`}>{t('msGroup.settingsTitle')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <fieldset className="sum-fieldset">
          <legend>{t('msGroup.sessionMode')}</legend>
          {(['anonymous', 'named'] as const).map((m) => (
            <div className="field check" key={m}>
              <input type="radio" id={`${id}-${m}`} name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} />
              <label htmlFor={`${id}-${m}`}>{t(m === 'named' ? 'msGroup.named' : 'msGroup.anonymous')}</label>
            </div>
          ))}
        </fieldset>
        {number('climateEvery', t('msGroup.climateEvery'), 1, CLIMATE_EVERY_MAX)}
        {number('cutoff', t('msGroup.cutoff'), 0, 40)}
        {number('drop', t('msGroup.drop'), 1, 40)}
        <p className="hint">{t('msGroup.wordingHint')}</p>
        {WORDED.map((kind) => (
          <details key={kind} className="ms-earlier">
            <summary>{t('msGroup.wording', { measure: measureTitle(kind, t) })}</summary>
            {MEASURES[kind].items.map((item, i) => (
              <div className="field" key={item.id}>
                <label htmlFor={`${id}-${kind}-${i}`}>{t('msGroup.question', { n: i + 1 })}</label>
                <input
                  id={`${id}-${kind}-${i}`}
                  type="text"
                  dir="auto"
                  maxLength={ITEM_TEXT_MAX}
                  value={wording[kind][i]}
                  onChange={(e) => setWording((w) => ({ ...w, [kind]: w[kind].map((x, j) => (j === i ? e.target.value : x)) }))}
                />
              </div>
            ))}
          </details>
        ))}
        <InlineError message={error} />
        {saved ? <p role="status">{saved}</p> : null}
        <button type="submit" className="primary">
          {t('msGroup.save')}
        </button>
      </form>
    </section>
  );
}
