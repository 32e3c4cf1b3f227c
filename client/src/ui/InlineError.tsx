/** A calm, visible message for a failed action; announced politely to screen readers. */
export function InlineError({ message }: { message: string | null }) {
  return (
    <p className="inline-error" role="status" aria-live="polite" hidden={!message}>
      {message ? <><span aria-hidden="true">⚠ </span>{message}</> : null}
    </p>
  );
}
