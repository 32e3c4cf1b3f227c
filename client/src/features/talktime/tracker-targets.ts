import type { SharedView } from '../../../../shared/session/views';
import { CROSSTALK } from '../../../../shared/talktime/intervals';
import type { TalkInterval } from '../../../../shared/talktime/intervals';

/** One tile on the tracker. `key` is the keyboard shortcut shown on it. */
export interface TrackerTarget {
  id: string;
  label: string;
  detail: string | null;
  key: string | null;
}

/** Not Escape: that closes dialogs, and must not also stop the tracker. */
export const NOBODY_KEYS = ['0'];

/**
 * The tracker's tiles: members in the room (keys 1–9), then the facilitator (F),
 * co-facilitators (C for the first), then cross-talk (X). Same rule as the
 * server's mayBeTracked: anyone admitted who has not left.
 */
export function trackerTargets(shared: SharedView): TrackerTarget[] {
  const here = shared.order.filter((id) => shared.roster[id] && shared.roster[id]!.presence !== 'left');
  const members = here.filter((id) => shared.roster[id]!.role === 'member');
  const facs = here.filter((id) => shared.roster[id]!.role === 'facilitator');
  const cos = here.filter((id) => shared.roster[id]!.role === 'cofacilitator');
  const out: TrackerTarget[] = members.map((id, i) => ({ id, label: shared.roster[id]!.name, detail: null, key: i < 9 ? String(i + 1) : null }));
  facs.forEach((id, i) => out.push({ id, label: shared.roster[id]!.name, detail: 'facilitator', key: i === 0 ? 'F' : null }));
  cos.forEach((id, i) => out.push({ id, label: shared.roster[id]!.name, detail: 'co-facilitator', key: i === 0 ? 'C' : null }));
  out.push({ id: CROSSTALK, label: 'Cross-talk', detail: 'several at once', key: 'X' });
  return out;
}

/** The tracker's open interval, if someone is shown speaking. */
export function openTracked(intervals: Record<string, TalkInterval>): TalkInterval | null {
  for (const i of Object.values(intervals)) if (i.source === 'tracker' && i.to === null) return i;
  return null;
}

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
