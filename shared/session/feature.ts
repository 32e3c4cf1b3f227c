import { defineFeature } from '../domain/feature.js';
import { sessionDeciders } from './decide.js';
import { SESSION_EVENT_TYPES } from './events.js';
import { evolveSession } from './evolve.js';
import { sessionCommandSchemas } from './schemas.js';
import { attendanceSection } from './summary.js';
import { sessionViewShapes } from './view-schemas.js';
import { rosterView, sessionStaffView, whoAmI } from './views.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import { closingCommandSchemas, closingDeciders } from './closing-info.js';
import { plannedEndCommandSchemas, plannedEndDeciders } from './planned-end.js';
import { NO_CLOSING_INFO } from './state.js';

/** The session itself: who is in the room, the waiting room, the end. Every other feature builds on it. */
export const sessionFeature = defineFeature({
  name: 'session',
  commands: { ...sessionCommandSchemas, ...plannedEndCommandSchemas, ...closingCommandSchemas },
  audience: {
    'session:admit': 'staff',
    'session:decline': 'staff',
    'session:remove': 'staff',
    'session:setWaitingRoom': 'staff',
    'session:end': 'staff',
    'session:setPlannedEnd': 'staff',
    'session:setClosingInfo': 'staff',
    'session:leave': 'anyone',
  },
  deciders: { ...sessionDeciders, ...plannedEndDeciders, ...closingDeciders },
  // Leaving must work for people still waiting, too.
  outsideCommands: ['session:leave'],
  eventTypes: SESSION_EVENT_TYPES,
  evolve: evolveSession,
  initialState: () => ({
    v: 0,
    lastEventAt: 0,
    sessionId: '',
    groupId: '',
    groupName: '',
    joinCode: '',
    agreement: '',
    language: DEFAULT_LOCALE,
    waitingRoom: false,
    startedAt: 0,
    endedAt: null,
    plannedEndAt: null,
    closingInfo: NO_CLOSING_INFO,
    participants: {},
    order: [],
  }),
  views: {
    shared: rosterView,
    staff: sessionStaffView,
    me: (_state, viewer) => whoAmI(viewer),
  },
  viewSchemas: sessionViewShapes,
  summary: ({ state }) => ({ attendance: attendanceSection(state) }),
  timeline: (e, _memo, w) => {
    if (e.type === 'session:created') return { at: e.at, kind: 'session', text: w('server.timeline.sessionStarted') };
    if (e.type === 'session:ended') return { at: e.at, kind: 'session', text: w('server.timeline.sessionEnded') };
    return null;
  },
});
