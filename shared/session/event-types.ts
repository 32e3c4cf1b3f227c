import { CHECKIN_EVENT_TYPES } from '../checkins/events.js';
import { FEEDBACK_EVENT_TYPES } from '../feedback/feedback-events.js';
import { SIGNAL_EVENT_TYPES } from '../signals/signal-events.js';
import { TALK_EVENT_TYPES } from '../talktime/talk-events.js';
import { TURNS_EVENT_TYPES } from '../turns/events.js';
import { SESSION_EVENT_TYPES } from './session-evolve.js';
import { PLANNED_END_EVENT_TYPES } from './planned-end.js';
import { CLOSING_EVENT_TYPES } from './closing-info.js';
import { SHARED_MARKS_EVENT_TYPES } from '../feedback/shared-marks.js';

/**
 * Every domain event type, as values, so stored events can be checked at run time
 * (server/store/codec.ts). Each feature's set is the one its evolver dispatches on.
 */
export const EVENT_TYPES: readonly [string, ...string[]] = [
  ...SESSION_EVENT_TYPES,
  ...PLANNED_END_EVENT_TYPES,
  ...CLOSING_EVENT_TYPES,
  ...SHARED_MARKS_EVENT_TYPES,
  ...TURNS_EVENT_TYPES,
  ...CHECKIN_EVENT_TYPES,
  ...SIGNAL_EVENT_TYPES,
  ...FEEDBACK_EVENT_TYPES,
  ...TALK_EVENT_TYPES,
] as [string, ...string[]];
