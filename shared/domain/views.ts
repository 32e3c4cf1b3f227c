import { own } from '../own.js';
import { diff } from '../patch.js';
import type { PatchOp } from '../patch.js';
import { isStaffRole } from '../session/state.js';
import { sessionInfo } from '../session/views.js';
import type { OwnerTagger } from './actor.js';
import { FEATURES } from './features.js';
import type { SessionState } from './state.js';
import type { ViewMemo } from './view-memo.js';
import type { ClientView, MeView, SharedView, StaffView } from './view-types.js';

/**
 * What each person's screen is built from (the types are in view-types.ts). A view is computed from the state for
 * one viewer; private data (waiting list, join code, other members' private parts)
 * is simply absent from views that may not have it. Views hold timestamps, never
 * "seconds left", so they do not change as time passes.
 *
 * Each feature declares its parts of SharedView, StaffView and MeView in its own
 * views.ts (declaration merging) and computes them in its feature object's `views`.
 */

export type { ClientView, MeView, SessionInfo, SharedView, StaffView } from './view-types.js';

/** How a viewer's view is shared: one computation serves a whole channel. */
export type Channel = 'staff' | 'members' | 'outside';

export function channelOf(state: SessionState, participantId: string): Channel {
  const p = own(state.participants, participantId);
  if (!p || p.admission !== 'admitted') return 'outside';
  return isStaffRole(p.role) ? 'staff' : 'members';
}

export { sessionInfo };

/** A channel's shared view: its features' parts, merged (a full view; the fan-out patches with `viewParts`). */
export function sharedView(state: SessionState, channel: Exclude<Channel, 'outside'>): SharedView {
  const view = Object.assign({}, ...partsOf('shared', state, undefined)) as SharedView;
  if (channel === 'staff') view.staff = Object.assign({}, ...partsOf('staff', state, undefined)) as StaffView;
  return view;
}

/**
 * The features' parts of the shared views, in FEATURES order, unmerged: the
 * members' shared view is `shared` merged; the staff's adds `staff`, merged, as
 * its `staff` field. Parts have disjoint keys. With a `memo` (the server keeps
 * one per room), a part whose slices did not change is the same object as last
 * time, so building and diffing it costs next to nothing (view-memo.ts).
 */
export interface ViewParts {
  shared: ReadonlyArray<object | undefined>;
  staff: ReadonlyArray<object | undefined>;
}

export function viewParts(state: SessionState, memo?: ViewMemo): ViewParts {
  return { shared: partsOf('shared', state, memo), staff: partsOf('staff', state, memo) };
}

function partsOf(which: 'shared' | 'staff', state: SessionState, memo: ViewMemo | undefined): Array<object | undefined> {
  return FEATURES.map((f) => viewPart(f.views?.[which], state, memo));
}

/**
 * The patch from one set of parts to the next, for the merged views: what
 * `diff(sharedView(before), sharedView(after))` gives, without merging. A part
 * that is the same object (kept by the memo) costs one comparison, and the parts
 * both channels share are diffed once for both.
 */
export function diffViewParts(before: ViewParts, after: ViewParts): { shared: PatchOp[]; staff: PatchOp[] } {
  const shared: PatchOp[] = [];
  const staff: PatchOp[] = [];
  for (let i = 0; i < after.shared.length; i++) {
    if (before.shared[i] !== after.shared[i]) diff(before.shared[i] ?? {}, after.shared[i] ?? {}, ['shared'], shared);
    if (before.staff[i] !== after.staff[i]) diff(before.staff[i] ?? {}, after.staff[i] ?? {}, ['shared', 'staff'], staff);
  }
  return { shared, staff };
}

function viewPart(of: ((state: SessionState) => object) | undefined, state: SessionState, memo: ViewMemo | undefined): object | undefined {
  if (!of) return undefined;
  return memo ? memo.part(of, state) : of(state);
}

/** `owner` (from the viewer's connection) lets them recognise their own anonymous contributions. */
export function meView(state: SessionState, participantId: string, owner?: OwnerTagger): MeView {
  const p = own(state.participants, participantId)!;
  const me = {} as MeView;
  for (const f of FEATURES) Object.assign(me, f.views?.me?.(state, p, owner));
  return me;
}

export function viewFor(state: SessionState, participantId: string, owner?: OwnerTagger): ClientView {
  const channel = channelOf(state, participantId);
  return {
    session: sessionInfo(state),
    shared: channel === 'outside' ? null : sharedView(state, channel),
    me: meView(state, participantId, owner),
  };
}
