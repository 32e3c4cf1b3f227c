import { useEffect, useRef } from 'react';

/**
 * Brings something addressed to this one person into view on a small screen:
 * a hot-seat question, a check-in opening, their turn. Each time `key` becomes a
 * new non-null value the element is scrolled to the top of the screen and
 * focused (so a screen reader reads it), and the phone gives a short buzz where
 * it can. While the person is typing, their place and focus are left alone:
 * only the buzz (and the caller's live region) tells them.
 */
export function useBringIntoView<T extends HTMLElement>(key: string | null) {
  const ref = useRef<T>(null);
  const last = useRef<string | null>(null);
  useEffect(() => {
    const before = last.current;
    last.current = key;
    if (key === null || key === before || !ref.current) return;
    bringIntoView(ref.current);
  }, [key]);
  return ref;
}

/** A text field with focus: the person is writing something. */
function isTyping(): boolean {
  const el = document.activeElement;
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(el.type);
}

function bringIntoView(el: HTMLElement): void {
  buzz();
  if (isTyping()) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // The top of the screen: what follows the prompt (the answers, the buttons) fits below it on a phone.
  el.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}

/** One short, gentle vibration; many browsers (and all iPhones) have none, which is fine. */
function buzz(): void {
  try {
    navigator.vibrate?.(120);
  } catch {
    // Not allowed here (e.g. before any tap on the page): the screen still shows it.
  }
}
