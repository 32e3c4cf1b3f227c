import { ConfirmButton } from '../ui/ConfirmButton';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';

export function EndSessionPanel() {
  const end = useCommand();
  return (
    <section className="card" aria-labelledby="end-title">
      <h2 id="end-title">End the session</h2>
      <p className="muted">Everyone sees that the session has ended. This cannot be undone.</p>
      <ConfirmButton
        label="End session"
        title="End the session for everyone?"
        body="Every screen will show that the session has ended. Members cannot rejoin this session."
        confirmLabel="End session"
        className="danger"
        onConfirm={() => void end.run('session:end', {})}
      />
      <InlineError message={end.error} />
    </section>
  );
}
