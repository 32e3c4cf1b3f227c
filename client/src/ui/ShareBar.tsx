import './share-bar.css';

/**
 * One share as a bar, scaled so `max` fills the track, with a line at the fair
 * share when given. A picture only (aria-hidden): the numbers are always in text
 * or a table beside it, so nothing is told by the bar alone.
 */
export function ShareBar({ share, max, fair, small = false }: { share: number; max: number; fair?: number; small?: boolean }) {
  const at = (x: number) => `${(x / max) * 100}%`;
  return (
    <span className={small ? 'share-bar small' : 'share-bar'} aria-hidden="true">
      <span className="share-bar-fill" style={{ inlineSize: at(share) }} />
      {fair === undefined ? null : <span className="share-bar-fair" style={{ insetInlineStart: at(fair) }} />}
    </span>
  );
}
