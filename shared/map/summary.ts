import type { SessionState } from '../domain/state.js';
import { talkInputFromState } from '../talk/state.js';
import type { MapFigures, MapInput } from './figures.js';
import { mapFigures } from './figures.js';

/** The map's input from the session state (console, summary). */
export function mapInputFromState(state: SessionState): MapInput {
  return { ...talkInputFromState(state), addressed: state.map.addressed };
}

/** The interaction map as the console showed it at the session's end (or at its latest event while it runs). */
export function mapSection(state: SessionState): MapFigures {
  return mapFigures(mapInputFromState(state), state.endedAt ?? state.lastEventAt);
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Who responded to whom: staff-only, like the rest of the summary; absent when nobody spoke. */
    map: MapFigures;
  }
}
