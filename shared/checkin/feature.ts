import { defineFeature } from '../domain/feature.js';
import { checkinDeciders, decideAnswersLost } from './decide.js';
import { CHECKIN_EVENT_TYPES, isCheckinEvent } from './events.js';
import { evolveCheckins } from './evolve.js';
import { checkinCommandSchemas } from './schemas.js';
import { checkinSealedRecords, hydrateCheckins, redactCheckinEvent, stripCheckins } from './sealed.js';
import { activeCheckin, answeredCount, emptyCheckins } from './state.js';
import { checkinsSection } from './summary.js';
import { checkinViewShapes } from './view-schemas.js';
import { checkinMeView, checkinStaffView, checkinView } from './views.js';

/** Anonymous check-ins: a prompt, answers nobody can trace, results shown once enough answered. */
export const checkinFeature = defineFeature({
  name: 'checkin',
  commands: checkinCommandSchemas,
  audience: {
    'checkin:start': 'staff',
    'checkin:answer': 'member',
    'checkin:stop': 'staff',
    'checkin:reveal': 'staff',
    'checkin:close': 'staff',
  },
  deciders: checkinDeciders,
  eventTypes: CHECKIN_EVENT_TYPES,
  evolve: evolveCheckins,
  initialState: () => ({ checkins: emptyCheckins() }),
  views: {
    shared: (state) => {
      const checkin = checkinView(state);
      return checkin ? { checkin } : {};
    },
    staff: (state) => {
      const checkin = checkinStaffView(state);
      return checkin ? { checkin } : {};
    },
    me: (state, viewer) => {
      const checkin = checkinMeView(state, viewer.id);
      return checkin ? { checkin } : {};
    },
  },
  viewSchemas: checkinViewShapes,
  sealed: {
    redact: (e) => (isCheckinEvent(e) ? redactCheckinEvent(e) : e),
    records: checkinSealedRecords,
    strip: stripCheckins,
    hydrate: hydrateCheckins,
    inMemory: (state) => {
      const c = activeCheckin(state);
      return !!c && (c.phase === 'open' || c.phase === 'stopped') && answeredCount(c) > 0;
    },
    lost: (state, now) => {
      const d = decideAnswersLost(state, now);
      return d.ok ? d.events : [];
    },
  },
  summary: ({ state }) => ({ checkins: checkinsSection(state) }),
  timeline: (e, prompts, w) => {
    if (e.type === 'checkin:started') {
      prompts.set(e.checkinId, e.prompt);
      return { at: e.at, kind: 'checkin', text: w('server.timeline.checkinOpened', { prompt: e.prompt }) };
    }
    if (e.type === 'checkin:revealed') {
      return { at: e.at, kind: 'checkin', text: w('server.timeline.checkinRevealed', { prompt: prompts.get(e.checkinId) ?? '' }).trim() };
    }
    return null;
  },
});
