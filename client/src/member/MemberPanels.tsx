import type { ComponentType } from 'react';
import { MemberCheckin } from '../features/checkin/MemberCheckin';
import { SignalMember } from '../features/signal/SignalMember';
import { FeedbackMember } from '../features/feedback/FeedbackMember';
import { MomentMember } from '../features/moment/MomentMember';
import { MemberGoals, MemberMeasure } from '../features/measure/MemberMeasure';
import { WhoIsHere } from './WhoIsHere';
import { TurnsMember } from '../features/turns/TurnsMember';
import { GroupTalkView } from '../features/talk/GroupTalkView';

/**
 * The member view's plug-in slots, rendered top to bottom.
 *
 * A feature adds ONE line here: `{ id: 'turns', Component: TurnsMember },` where
 * the component lives in client/src/features/<feature>/ and reads its part of
 * the room through the feature's view-model hook (useTurns(), useCheckin(), …),
 * timers with useServerNow(), and sends with useCommand(). Feature panels go
 * above the roster.
 * Keep member components small: they are in the member bundle (no lazy here,
 * members need them at once). Render nothing (null) when there is nothing to show.
 */
export interface MemberPanel {
  id: string;
  Component: ComponentType;
}

export const memberPanels: MemberPanel[] = [
  { id: 'turns', Component: TurnsMember },
  { id: 'checkins', Component: MemberCheckin },
  { id: 'measure', Component: MemberMeasure },
  { id: 'signal', Component: SignalMember },
  { id: 'feedback', Component: FeedbackMember },
  { id: 'moment', Component: MomentMember },
  { id: 'talktime', Component: GroupTalkView },
  { id: 'goals', Component: MemberGoals },
  { id: 'who-is-here', Component: WhoIsHere },
];
