import type { MomentStaffAnswer } from '../../../../shared/moment/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';

const STATUS_WORDS: Record<MomentStaffAnswer['status'], MessageId> = {
  pending: 'momentStaff.pending',
  kept: 'momentStaff.kept',
  shared: 'momentStaff.toShare',
  setAside: 'momentStaff.setAside',
};

const DECISIONS = [
  { decision: 'keep', status: 'kept', label: 'momentStaff.keep' },
  { decision: 'share', status: 'shared', label: 'momentStaff.share' },
  { decision: 'setAside', status: 'setAside', label: 'momentStaff.setAsideButton' },
] as const;

/** Every answer, without author (there is none), for staff to keep, share with the group or set aside. */
export function MomentScreening({ answers }: { answers: MomentStaffAnswer[] }) {
  const t = useT();
  if (answers.length === 0) return <p className="muted">{t('momentStaff.none')}</p>;
  return (
    <ol className="fb-items" aria-label={t('momentStaff.listLabel')}>
      {answers.map((a, i) => (
        <Answer key={a.id} answer={a} n={i + 1} />
      ))}
    </ol>
  );
}

function Answer({ answer, n }: { answer: MomentStaffAnswer; n: number }) {
  const t = useT();
  const cmd = useCommand();
  return (
    <li className="fb-item">
      <p className="fb-from">
        {t('momentStaff.item', { n })} · <strong>{answer.revealed ? t('momentStaff.shown') : t(STATUS_WORDS[answer.status])}</strong>
      </p>
      <p className="moment-text" dir="auto">
        {answer.text}
      </p>
      {answer.revealed ? null : (
        <div className="actions">
          {DECISIONS.map((d) => (
            <button
              key={d.decision}
              type="button"
              className={answer.status === d.status ? 'primary small' : 'secondary small'}
              aria-pressed={answer.status === d.status}
              aria-label={t(d.label) + ' · ' + t('momentStaff.item', { n })}
              disabled={cmd.pending}
              onClick={() => void cmd.run('moment:screen', { answerId: answer.id, decision: d.decision })}
            >
              {t(d.label)}
            </button>
          ))}
        </div>
      )}
      <InlineError message={cmd.error} />
    </li>
  );
}
