import type { SharedView } from '../../../../shared/domain/views';
import { CROSSTALK } from '../../../../shared/talk/intervals';
import type { TalkInterval } from '../../../../shared/talk/intervals';
import type { MessageId } from '../../i18n/useT';

/** One tile on the tracker. `key` is the keyboard shortcut shown on it; `label` is a person's name, or null for cross-talk. */
export interface TrackerTarget {
  id: string;
  label: string | null;
  /** Catalog key of the line under the name (the role, "several at once"). */
  detail: MessageId | null;
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
  facs.forEach((id, i) => out.push({ id, label: shared.roster[id]!.name, detail: 'role.facilitator', key: i === 0 ? 'F' : null }));
  cos.forEach((id, i) => out.push({ id, label: shared.roster[id]!.name, detail: 'role.cofacilitator', key: i === 0 ? 'C' : null }));
  out.push({ id: CROSSTALK, label: null, detail: 'tracker.several', key: 'X' });
  return out;
}

/** The tracker's open interval, if someone is shown speaking. */
export function openTracked(intervals: Record<string, TalkInterval>): TalkInterval | null {
  for (const i of Object.values(intervals)) if (i.source === 'tracker' && i.to === null) return i;
  return null;
}
