import { defineFeature } from '../domain/feature.js';
import { decideMeasureAnswersLost, measureDeciders } from './decide.js';
import { isMeasureEvent, MEASURE_EVENT_TYPES } from './events.js';
import { evolveMeasures } from './evolve.js';
import { measureCommandSchemas } from './schemas.js';
import { hydrateMeasures, measureSealedRecords, redactMeasureEvent, stripMeasures } from './sealed.js';
import { activeRun, answeredCount, emptyMeasures } from './state.js';
import { measuresSection } from './summary.js';
import { measureViewShapes } from './view-schemas.js';
import { measureMeView, measureRunView, measuresStaffView } from './views.js';

/** Measures that guide the group: how I've been, how this session was, group climate and goals; one mechanism for all. */
export const measureFeature = defineFeature({
  name: 'measure',
  commands: measureCommandSchemas,
  audience: { 'measure:open': 'staff', 'measure:answer': 'member', 'measure:close': 'staff', 'measure:setGoals': 'anyone' },
  deciders: measureDeciders,
  eventTypes: MEASURE_EVENT_TYPES,
  evolve: evolveMeasures,
  initialState: () => ({ measures: emptyMeasures() }),
  views: {
    shared: (state) => {
      const measure = measureRunView(state);
      return measure ? { measure } : {};
    },
    staff: (state) => ({ measures: measuresStaffView(state) }),
    // People outside the room (waiting, removed) learn nothing of its questionnaires.
    me: (state, viewer) => (viewer.role === 'member' && viewer.admission === 'admitted' ? { measure: measureMeView(state, viewer.id) } : {}),
  },
  viewSchemas: measureViewShapes,
  sealed: {
    redact: (e) => (isMeasureEvent(e) ? redactMeasureEvent(e) : e),
    records: measureSealedRecords,
    strip: stripMeasures,
    hydrate: hydrateMeasures,
    inMemory: (state) => {
      const r = activeRun(state);
      return !!r && r.mode === 'anonymous' && r.phase === 'open' && answeredCount(r) > 0;
    },
    lost: decideMeasureAnswersLost,
  },
  summary: ({ state }) => ({ measures: measuresSection(state) }),
  timeline: (e, memo, w) => {
    if (e.type === 'measure:opened') {
      memo.set(e.runId, e.kind);
      return { at: e.at, kind: 'measure', text: w('server.timeline.measureOpened', { measure: e.kind }) };
    }
    if (e.type === 'measure:closed') return { at: e.at, kind: 'measure', text: w('server.timeline.measureClosed', { measure: memo.get(e.runId) ?? '' }) };
    return null;
  },
});
