import type { SessionState } from '../domain/state.js';
import type { Addressed } from './state.js';

/**
 * Facilitators only (`shared.staff.map`): the tracker's second taps. The console
 * computes the map with mapFigures from these and talk time's staff view, the
 * same function the summary runs. Members get no part of the map.
 */
export interface MapStaffView {
  addressed: Addressed[];
}

export function mapStaffView(state: SessionState): MapStaffView {
  return { addressed: state.map.addressed };
}

declare module '../domain/view-types.js' {
  interface StaffView {
    /** Who responded to whom, as the co-facilitators recorded it. */
    map: MapStaffView;
  }
}
