import { defineFeature } from '../domain/feature.js';
import { feedbackDeciders } from './decide.js';
import { FEEDBACK_EVENT_TYPES } from './events.js';
import { evolveFeedback } from './evolve.js';
import { feedbackCommandSchemas } from './schemas.js';
import { emptyFeedback } from './state.js';
import { feedbackSection } from './summary.js';
import { feedbackViewShapes } from './view-schemas.js';
import { sharedMarksCommandSchemas, sharedMarksDeciders } from './shared-marks.js';
import { feedbackMeView, feedbackSharedView, feedbackStaffView } from './views.js';

/** Feedback rounds: members write to each other, the facilitators screen, then reveal. */
export const feedbackFeature = defineFeature({
  name: 'feedback',
  commands: { ...feedbackCommandSchemas, ...sharedMarksCommandSchemas },
  audience: {
    'feedback:start': 'staff',
    'feedback:setFocus': 'staff',
    'feedback:answerFocus': 'member',
    'feedback:saveDraft': 'member',
    'feedback:submit': 'member',
    'feedback:screen': 'staff',
    'feedback:reveal': 'staff',
    'feedback:resonate': 'member',
    'feedback:shareMarks': 'member',
    'feedback:end': 'staff',
  },
  deciders: { ...feedbackDeciders, ...sharedMarksDeciders },
  eventTypes: FEEDBACK_EVENT_TYPES,
  evolve: evolveFeedback,
  initialState: () => ({ feedback: emptyFeedback() }),
  views: {
    shared: (state) => ({ feedback: feedbackSharedView(state) }),
    staff: (state) => ({ feedback: feedbackStaffView(state) }),
    me: (state, viewer, owner) =>
      viewer.role === 'member' && viewer.admission === 'admitted' ? { feedback: feedbackMeView(state, viewer.id, owner) } : {},
  },
  viewSchemas: feedbackViewShapes,
  summary: ({ state, events, options }) => ({ feedback: feedbackSection(state, events, options.keepFeedbackTexts, options.words) }),
  timeline: (e, _memo, w) => {
    if (e.type === 'feedback:roundStarted') {
      return { at: e.at, kind: 'feedback', text: w('server.timeline.feedbackStarted', { mode: e.mode, attribution: e.attribution }) };
    }
    if (e.type === 'feedback:revealed') return { at: e.at, kind: 'feedback', text: w('server.timeline.feedbackRevealed') };
    return null;
  },
});
