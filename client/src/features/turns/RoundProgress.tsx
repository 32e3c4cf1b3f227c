import type { GoAroundView } from '../../../../shared/turns/views';

/** "Go-around: 3 of 8 · Next: Bo", in words everyone reads the same way. */
export function RoundProgress({ round, nameOf, meId }: { round: GoAroundView; nameOf: (id: string | null) => string; meId: string }) {
  const who = (id: string | null) => (id === meId ? 'you' : nameOf(id));
  const label = round.revisiting ? 'Back to those who passed' : 'Go-around';
  return (
    <div className="round-progress" data-testid="round-progress">
      <p className="round-step">
        <strong>{label}:</strong> <span>{round.step} of {round.total}</span>
      </p>
      {round.paused ? (
        <p className="muted">Paused for the break. {round.current ? `${who(round.current)} will be up when it continues.` : null}</p>
      ) : round.next ? (
        <p className="muted">Next: {who(round.next)}</p>
      ) : (
        <p className="muted">This is the last turn of the round.</p>
      )}
    </div>
  );
}
