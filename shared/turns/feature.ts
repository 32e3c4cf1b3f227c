import { defineFeature } from '../domain/feature.js';
import { lastMoment } from '../session/summary.js';
import { turnsDeciders } from './decide.js';
import { TURNS_EVENT_TYPES } from './events.js';
import { evolveTurns } from './evolve.js';
import { turnsCommandSchemas } from './schemas.js';
import { emptyTurns } from './state.js';
import { turnsSection } from './summary.js';
import { turnsViewShapes } from './view-schemas.js';
import { turnsView } from './views.js';

/** Turn-taking: raised hands, the floor, go-around rounds. */
export const turnsFeature = defineFeature({
  name: 'turns',
  commands: turnsCommandSchemas,
  audience: {
    'turns:raiseHand': 'member',
    'turns:lowerHand': 'anyone',
    'turns:lowerAll': 'staff',
    'turns:move': 'staff',
    'turns:next': 'staff',
    'turns:give': 'staff',
    'turns:endTurn': 'anyone',
    'turns:pass': 'anyone',
    'turns:setTurnLength': 'staff',
    'turns:setBalanced': 'staff',
    'turns:startGoAround': 'staff',
    'turns:resumeGoAround': 'staff',
    'turns:endGoAround': 'staff',
  },
  deciders: turnsDeciders,
  eventTypes: TURNS_EVENT_TYPES,
  evolve: evolveTurns,
  initialState: () => ({ turns: emptyTurns() }),
  views: { shared: (state) => ({ turns: turnsView(state) }) },
  viewSchemas: turnsViewShapes,
  summary: ({ state }) => ({ turns: turnsSection(state, state.endedAt ?? lastMoment(state)) }),
  timeline: (e, _memo, w) => {
    if (e.type === 'turns:goAroundStarted') {
      return { at: e.at, kind: 'turns', text: w('server.timeline.goAroundStarted', { people: e.order.length, shuffled: e.shuffled ? 'yes' : 'no' }) };
    }
    if (e.type === 'turns:goAroundEnded') return { at: e.at, kind: 'turns', text: w('server.timeline.goAroundEnded') };
    return null;
  },
});
