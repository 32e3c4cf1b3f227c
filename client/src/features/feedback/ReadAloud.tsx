import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useT } from '../../i18n/useT';
import { useFeedback } from './useFeedback';

/**
 * Reading shared feedback aloud: starts the turn-taking go-around (roster
 * order, no turn length) so each member reads theirs in turn; passing is a
 * normal choice there. Named rounds only: in an anonymous round, reading one's
 * own item aloud would show who wrote it, so a facilitator reads instead.
 */
export function ReadAloud({ anonymous }: { anonymous: boolean }) {
  const cmd = useCommand();
  const t = useT();
  const running = useFeedback()?.goAroundRunning ?? false;
  if (anonymous) {
    return <p className="muted">{t('fbRead.anonymous')}</p>;
  }
  return (
    <div className="fb-read-aloud">
      <p className="muted">{t('fbRead.hint')}</p>
      <button
        type="button"
        className="secondary"
        disabled={cmd.pending || running}
        onClick={() => void cmd.run('turns:startGoAround', { order: 'roster', seconds: null, includeLateJoiners: false })}
      >
        {t('fbRead.start')}
      </button>
      {running ? <p className="muted">{t('fbRead.running')}</p> : null}
      <InlineError message={cmd.error} />
    </div>
  );
}
