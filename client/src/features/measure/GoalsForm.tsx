import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { GOAL_TEXT_MAX, GOALS_MAX } from '../../../../shared/measure/limits';
import { useT } from '../../i18n/useT';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';

/**
 * One to three interpersonal goals, written by the member (no memberId) or by
 * staff with them (memberId). Shows the goals, and a form to write or change them.
 */
export function GoalsForm({ goals, memberId, name }: { goals: string[]; memberId?: string; name?: string }) {
  const t = useT();
  const id = useId();
  const cmd = useCommand();
  const [editing, setEditing] = useState(goals.length === 0);
  const [drafts, setDrafts] = useState<string[]>(() => Array.from({ length: GOALS_MAX }, (_, i) => goals[i] ?? ''));
  const filled = drafts.map((d) => d.trim()).filter((d) => d.length > 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await cmd.run('measure:setGoals', { goals: filled, ...(memberId ? { memberId } : {}) });
    if (ack.ok) setEditing(false);
  };

  if (!editing) {
    return (
      <div className="stack">
        <ol className="ms-goals" dir="auto">
          {goals.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ol>
        {memberId ? null : <p className="hint">{t('measure.goalsPrivate')}</p>}
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {memberId ? t('measure.editGoalsOf', { name: name ?? '' }) : t('measure.editGoals')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="stack" onSubmit={(e) => void submit(e)}>
      <p className="hint">{t('measure.goalsIntro')}</p>
      {memberId ? null : <p className="hint">{t('measure.goalsPrivate')}</p>}
      {drafts.map((d, i) => (
        <div className="field" key={i}>
          <label htmlFor={`${id}-goal${i}`}>{t('measure.goalLabel', { n: i + 1 })}</label>
          <input
            id={`${id}-goal${i}`}
            type="text"
            dir="auto"
            maxLength={GOAL_TEXT_MAX}
            value={d}
            onChange={(e) => setDrafts((old) => old.map((x, j) => (j === i ? e.target.value : x)))}
          />
        </div>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={cmd.pending || filled.length === 0}>
          {memberId ? t('measure.saveGoalsFor', { name: name ?? '' }) : t('measure.saveGoals')}
        </button>
      </div>
      <InlineError message={cmd.error} />
    </form>
  );
}
