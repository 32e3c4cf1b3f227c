import { defineFeature } from '../domain/feature.js';
import { talkDeciders } from './decide.js';
import { TALK_EVENT_TYPES } from './events.js';
import { evolveTalk } from './evolve.js';
import { talkCommandSchemas } from './schemas.js';
import { emptyTalkState } from './state.js';
import { talkSection } from './summary.js';
import { talkViewShapes } from './view-schemas.js';
import { talkGroupView, talkStaffView } from './views.js';

/** Talk time: who has spoken how long, from the floor and the co-facilitators' tracker. */
export const talkFeature = defineFeature({
  name: 'talk',
  commands: talkCommandSchemas,
  audience: { 'talk:track': 'staff', 'talk:shareGroupView': 'staff' },
  deciders: talkDeciders,
  eventTypes: TALK_EVENT_TYPES,
  evolve: evolveTalk,
  initialState: () => ({ talk: emptyTalkState() }),
  views: {
    shared: (state) => {
      const talk = talkGroupView(state);
      return talk ? { talk } : {};
    },
    staff: (state) => ({ talk: talkStaffView(state) }),
  },
  viewSchemas: talkViewShapes,
  summary: ({ state }) => ({ talk: talkSection(state) }),
});
