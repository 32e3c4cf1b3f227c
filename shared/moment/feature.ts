import { defineFeature } from '../domain/feature.js';
import { momentDeciders } from './decide.js';
import { MOMENT_EVENT_TYPES } from './events.js';
import { evolveMoment } from './evolve.js';
import { momentCommandSchemas } from './schemas.js';
import { momentsSection } from './summary.js';
import { momentViewShapes } from './view-schemas.js';
import { momentMeView, momentSharedView, momentStaffView } from './views.js';

/** "The moment that mattered": an anonymous end-of-session question, screened by staff, shared without author. */
export const momentFeature = defineFeature({
  name: 'moment',
  commands: momentCommandSchemas,
  audience: {
    'moment:open': 'staff',
    'moment:write': 'member',
    'moment:skip': 'member',
    'moment:screen': 'staff',
    'moment:reveal': 'staff',
    'moment:close': 'staff',
  },
  deciders: momentDeciders,
  eventTypes: MOMENT_EVENT_TYPES,
  evolve: evolveMoment,
  initialState: () => ({ moment: { rounds: [] } }),
  views: {
    shared: (state) => ({ moment: momentSharedView(state) }),
    staff: (state) => ({ moment: momentStaffView(state) }),
    me: (state, viewer, owner) => (viewer.role === 'member' && viewer.admission === 'admitted' ? { moment: momentMeView(state, owner) } : {}),
  },
  viewSchemas: momentViewShapes,
  summary: ({ state }) => ({ moments: momentsSection(state) }),
  timeline: (e, _memo, w) => {
    if (e.type === 'moment:opened') return { at: e.at, kind: 'moment', text: w('server.timeline.momentOpened') };
    if (e.type === 'moment:revealed') return { at: e.at, kind: 'moment', text: w('server.timeline.momentRevealed', { count: e.answerIds.length }) };
    return null;
  },
});
