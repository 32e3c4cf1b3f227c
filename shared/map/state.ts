/**
 * "The group" as the one addressed. Generated participant ids are 16 characters
 * (server/auth/tokens.ts), so this word never names a person.
 */
export const MAP_GROUP = 'group';

/** One tracker stretch with its addressee: `speaker`'s stretch that began at `since`, responding to `to`. */
export interface Addressed {
  speaker: string;
  since: number;
  /** A participant id or MAP_GROUP. */
  to: string;
}

/** The interaction map's slice: only the second taps; who spoke when is talk time's. */
export interface MapState {
  /** Oldest stretch first; at most one entry per stretch. */
  addressed: Addressed[];
}

export function emptyMapState(): MapState {
  return { addressed: [] };
}

/** The entry of the stretch `speaker` began at `since`, if it is addressed. */
export function addresseeOf(map: MapState, speaker: string, since: number): string | null {
  return map.addressed.find((a) => a.speaker === speaker && a.since === since)?.to ?? null;
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** The interaction map: who responded to whom. */
    map: MapState;
  }
}
