/** Where people type: keys there are text, never shortcuts (the notes editor is a contenteditable textbox). */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"]';

function isTypingIn(el: Element | null): boolean {
  return !!el && (el instanceof HTMLElement && el.isContentEditable ? true : !!el.closest(TYPING));
}

/**
 * Keys typed into fields, with modifiers, or while a dialog is open are not shortcuts.
 * The notes editor sits in a shadow root, where the event's target is retargeted to
 * its host: look at the composed path's origin and the innermost focused element.
 */
export function isShortcutEvent(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.defaultPrevented) return false;
  if (document.querySelector('dialog[open]')) return false;
  const origin = e.composedPath()[0];
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !isTypingIn(origin instanceof Element ? origin : null) && !isTypingIn(active);
}
