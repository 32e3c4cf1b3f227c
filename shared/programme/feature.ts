import { defineFeature } from '../domain/feature.js';
import { PROGRAMME_EVENT_TYPES } from './events.js';
import { evolveProgramme } from './evolve.js';
import { programmeSection } from './summary.js';
import { programmeViewShapes } from './view-schemas.js';
import { programmeStaffView, programmeView } from './views.js';

/**
 * The group's programme in a session: its number in the planned series, the
 * phase and the countdown to the end. It has no commands: the programme is
 * edited over REST on the group page (server/programme/), and a session takes
 * its place from it once, when it is created (`programme:placed`).
 */
export const programmeFeature = defineFeature({
  name: 'programme',
  commands: {},
  audience: {},
  deciders: {},
  eventTypes: PROGRAMME_EVENT_TYPES,
  evolve: evolveProgramme,
  initialState: () => ({ programme: null }),
  views: {
    shared: (state) => {
      const view = programmeView(state);
      return view ? { programme: view } : {};
    },
    staff: (state) => {
      const view = programmeStaffView(state);
      return view ? { programme: view } : {};
    },
  },
  viewSchemas: programmeViewShapes,
  summary: ({ state }) => {
    const section = programmeSection(state);
    return section ? { programme: section } : {};
  },
});
