import { useEffect, useRef } from 'react';
import { isShortcutEvent } from '../../ui/shortcuts';

/**
 * A one-key shortcut (e.g. "h" to raise or lower a hand) that never fires
 * while the person is typing or holding a modifier, and never repeats when held.
 */
export function useKeyShortcut(key: string, action: () => void, enabled = true): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== key || !isShortcutEvent(e)) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [key, enabled]);
}
