/**
 * A calm, visible message for a failed action. The live region is always in the
 * page, so screen readers announce the message when it appears.
 */
export function InlineError({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="inline-error-region">
      {message ? (
        <p className="inline-error">
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      ) : null}
    </div>
  );
}
