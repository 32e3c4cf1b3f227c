import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its table is wider than the screen (long
 * words in some languages, many columns on a phone). Focusable, so a keyboard
 * can scroll it, and named by the heading it belongs to.
 */
export function ScrollBox({ labelledBy, className = 'sum-scroll', children }: { labelledBy: string; className?: string; children: ReactNode }) {
  return (
    <div className={className} role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
