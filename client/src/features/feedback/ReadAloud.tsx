import type { ClientView } from '../../../../shared/session/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';

/**
 * Reading shared feedback aloud: starts the turn-taking go-around (roster
 * order, no turn length) so each member reads theirs in turn; passing is a
 * normal choice there. Named rounds only: in an anonymous round, reading one's
 * own item aloud would show who wrote it, so a facilitator reads instead.
 */
export function ReadAloud({ view, anonymous }: { view: ClientView; anonymous: boolean }) {
  const cmd = useCommand();
  if (anonymous) {
    return <p className="muted">This round is anonymous: if items are read aloud, a facilitator reads them, so nobody has to show which one is theirs.</p>;
  }
  const running = view.shared?.turns.goAround != null;
  return (
    <div className="fb-read-aloud">
      <p className="muted">
        Each member reads what they wrote, in roster order; anyone may pass. The go-around shows in the Turns and Go-around panels.
      </p>
      <button
        type="button"
        className="secondary"
        disabled={cmd.pending || running}
        onClick={() => void cmd.run('turns:startGoAround', { order: 'roster', seconds: null, includeLateJoiners: false })}
      >
        Read aloud as a go-around
      </button>
      {running ? <p className="muted">A go-around is running.</p> : null}
      <InlineError message={cmd.error} />
    </div>
  );
}
