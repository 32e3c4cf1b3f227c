import { breakFeature } from '../break/feature.js';
import { checkinFeature } from '../checkin/feature.js';
import { feedbackFeature } from '../feedback/feature.js';
import { mapFeature } from '../map/feature.js';
import { measureFeature } from '../measure/feature.js';
import { momentFeature } from '../moment/feature.js';
import { programmeFeature } from '../programme/feature.js';
import { sessionFeature } from '../session/feature.js';
import { signalFeature } from '../signal/feature.js';
import { talkFeature } from '../talk/feature.js';
import { turnsFeature } from '../turns/feature.js';

/**
 * Every feature of the room, one line each. The order is the order commands
 * are listed in the protocol, evolvers run and view parts appear. Talk time
 * comes after turns: it sees the floor as it is after each event and closes
 * its tracker when the floor moved. The interaction map comes after talk time,
 * whose tracker stretches its second taps belong to.
 */
export const FEATURES = [
  sessionFeature,
  breakFeature,
  turnsFeature,
  checkinFeature,
  signalFeature,
  feedbackFeature,
  momentFeature,
  talkFeature,
  mapFeature,
  measureFeature,
  programmeFeature,
] as const;
