import { useId } from 'react';
import { PREPARATION_STEPS } from '../../../../shared/programme/preparation';
import type { Preparation } from '../../../../shared/programme/preparation';
import type { MessageId } from '../../i18n/useT';
import { useT } from '../../i18n/useT';
import './programme.css';

const STEP_LABEL: Record<(typeof PREPARATION_STEPS)[number], MessageId> = {
  met: 'progStaff.prepMet',
  goals: 'progStaff.prepGoals',
  agreement: 'progStaff.prepAgreement',
};

/** One member's pre-group preparation, three ticks under their name in the console's roster. Staff only. */
export function PreparationChecks({ name, value, onChange }: { name: string; value: Preparation; onChange: (next: Preparation) => void }) {
  const id = useId();
  const t = useT();
  return (
    <fieldset className="prep-checks" data-testid="preparation">
      <legend className="visually-hidden">{t('progStaff.prepTitle', { name })}</legend>
      {PREPARATION_STEPS.map((step) => (
        <div className="field check" key={step}>
          <input type="checkbox" id={`${id}-${step}`} checked={value[step]} onChange={(e) => onChange({ ...value, [step]: e.target.checked })} />
          <label htmlFor={`${id}-${step}`}>{t(STEP_LABEL[step])}</label>
        </div>
      ))}
    </fieldset>
  );
}
