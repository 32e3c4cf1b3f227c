import { defineFeature } from '../domain/feature.js';
import { breakDeciders } from './decide.js';
import { BREAK_EVENT_TYPES } from './events.js';
import { evolveBreak } from './evolve.js';
import { breakCommandSchemas } from './schemas.js';

/** Whole minutes for the timeline, at least one. */
const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

/**
 * Breaks: the facilitators pause the group for a few minutes. The smallest
 * feature, and the worked example in docs/architecture.md. Its view part is
 * the session heading's `break` (session/views.ts), which everyone sees.
 */
export const breakFeature = defineFeature({
  name: 'break',
  commands: breakCommandSchemas,
  audience: { 'break:start': 'staff', 'break:end': 'staff' },
  deciders: breakDeciders,
  eventTypes: BREAK_EVENT_TYPES,
  evolve: evolveBreak,
  initialState: () => ({ break: null }),
  timeline: (e, _memo, w) => {
    if (e.type === 'break:started') return { at: e.at, kind: 'break', text: w('server.timeline.break', { minutes: minutes(e.endsAt - e.at) }) };
    if (e.type === 'break:ended') return { at: e.at, kind: 'break', text: w('server.timeline.breakEnded') };
    return null;
  },
});
