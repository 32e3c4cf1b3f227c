import type { SessionState } from '../domain/state.js';
import type { TalkInput } from './metrics.js';
import { talkMetrics } from './metrics.js';
import { talkInputFromState } from './state.js';

/**
 * Facilitators only (`shared.staff.talk`): the raw intervals and presence periods,
 * so the dashboard computes every figure itself against the server clock, every
 * second, with no per-second messages.
 */
export interface TalkStaffView extends TalkInput {
  groupViewShared: boolean;
}

/**
 * Everyone, only while the facilitators share it (`shared.talk`): the balance index
 * alone, with no share per member — not even sorted, since in a small group the
 * largest share is recognisable to the person it belongs to. Computed at the
 * room's latest event (`lastEventAt`): views have no clock of their own, so it
 * moves when something happens in the room, not every second.
 */
export interface TalkGroupView {
  balanceIndex: number | null;
  /**
   * Always empty: it carried members' sorted shares until protocol 1.1. Kept, empty,
   * so clients that read it still parse the view; removed at the next MAJOR.
   */
  distribution: never[];
  /** How many members the balance covers. */
  memberCount: number;
  asOf: number;
}

export function talkStaffView(state: SessionState): TalkStaffView {
  return { ...talkInputFromState(state), groupViewShared: state.talk.groupViewShared };
}

export function talkGroupView(state: SessionState): TalkGroupView | undefined {
  if (!state.talk.groupViewShared) return undefined;
  const m = talkMetrics(talkInputFromState(state), state.lastEventAt);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    balanceIndex: m.balanceIndex === null ? null : round(m.balanceIndex),
    distribution: [],
    memberCount: m.members.length,
    asOf: m.now,
  };
}

declare module '../domain/view-types.js' {
  interface SharedView {
    /** Only while the facilitators share the whole-group talk-time view. */
    talk?: TalkGroupView;
  }
  interface StaffView {
    /** Talk-time intervals and presence, for the dashboard. */
    talk: TalkStaffView;
  }
}
