/** A feedback item's written parts under their template labels; empty parts are left out. */
export function ItemParts({ parts, labels }: { parts: readonly string[]; labels: readonly string[] }) {
  return (
    <dl className="fb-parts">
      {parts.map((text, i) =>
        text.trim() ? (
          <div key={i}>
            <dt dir="auto">{labels[i]}</dt>
            <dd dir="auto">{text}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
