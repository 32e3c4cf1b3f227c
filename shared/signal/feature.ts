import { defineFeature } from '../domain/feature.js';
import { signalDeciders } from './decide.js';
import { SIGNAL_EVENT_TYPES } from './events.js';
import { evolveSignals } from './evolve.js';
import { signalCommandSchemas } from './schemas.js';
import { signalsSection } from './summary.js';
import { signalViewShapes } from './view-schemas.js';
import { mySignal, staffSignals } from './views.js';

/** The private "I need a moment" signal from a member to the facilitators. */
export const signalFeature = defineFeature({
  name: 'signal',
  commands: signalCommandSchemas,
  audience: { 'signal:send': 'member', 'signal:addWords': 'member', 'signal:acknowledge': 'staff' },
  deciders: signalDeciders,
  eventTypes: SIGNAL_EVENT_TYPES,
  evolve: evolveSignals,
  initialState: () => ({ signals: {} }),
  views: {
    staff: (state) => ({ signals: staffSignals(state) }),
    me: (state, viewer) => (viewer.role === 'member' ? { signal: mySignal(state, viewer.id) } : {}),
  },
  viewSchemas: signalViewShapes,
  summary: ({ events }) => ({ signals: signalsSection(events) }),
  timeline: (e, _memo, w) => {
    if (e.type === 'signal:sent') return { at: e.at, kind: 'signal', text: w('server.timeline.signalSent') };
    if (e.type === 'signal:acknowledged') return { at: e.at, kind: 'signal', text: w('server.timeline.signalAcknowledged') };
    return null;
  },
});
