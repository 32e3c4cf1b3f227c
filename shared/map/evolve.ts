import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';

/** Sets or clears the addressee of one tracker stretch; other events change nothing here. */
export function evolveMap(state: SessionState, e: DomainEvent): SessionState {
  if (e.type !== 'map:addressed') return state;
  const others = state.map.addressed.filter((a) => !(a.speaker === e.speaker && a.since === e.since));
  const addressed = e.to === null ? others : [...others, { speaker: e.speaker, since: e.since, to: e.to }];
  return { ...state, map: { addressed } };
}
