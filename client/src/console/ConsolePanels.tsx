import type { ComponentType } from 'react';
import { CheckinConsole } from '../features/checkin/CheckinConsole';
import { NotesPanel } from '../features/notes/NotesPanel';
import { SignalNotices } from '../features/signal/SignalNotices';
import { FeedbackConsole } from '../features/feedback/FeedbackConsole';
import { MomentConsole } from '../features/moment/MomentConsole';
import { BreakPanel } from '../features/break/BreakPanel';
import { MeasureConsole } from '../features/measure/MeasureConsole';
import { EndSessionPanel } from './EndSessionPanel';
import { InvitePanel } from './InvitePanel';
import { PeoplePanel } from './PeoplePanel';
import { PlannedEndPanel } from './PlannedEndPanel';
import { ClosingInfoPanel } from './ClosingInfoPanel';
import { TurnSettings } from '../features/turns/TurnSettings';
import { GoAroundConsole, TurnsConsole } from '../features/turns/TurnsConsole';
import { TalkTimePanel } from '../features/talk/TalkTimePanel';
import { MapPanel } from '../features/map/MapPanel';
import type { MessageId } from '../i18n/useT';

/**
 * The facilitator console's plug-in slots (facilitator and co-facilitator alike).
 *
 * A feature adds ONE line here, e.g.
 *   { id: 'turns', nav: 'nav.turns', column: 'main', Component: TurnsConsole },
 * with the component in client/src/features/<feature>/. `main` is the wide left
 * column, `side` the right one; on a phone they stack, main first. The chosen
 * layout (console-layouts.ts) first brings some panels to the top screen; the
 * rest follow below in these columns, so no panel is ever out of reach. `top`
 * panels (signals) are above everything in every layout. Each panel renders its own
 * <section className="card" aria-labelledby=…> with an <h2>. Read the room
 * through the feature's view-model hook (features/<feature>/use<Feature>.ts:
 * useTurns(), useCheckin(), useFeedback(), useSignal(), useTalk(), useMap(), useBreak(); the session's own panels useSession()), timers with useServerNow(),
 * send with useCommand().run('feature:verb', payload), showing its error with <InlineError>.
 * This whole file is in the console chunk, which members never load.
 */
export interface ConsolePanel {
  id: string;
  /** The catalog key of its name in the console's "Go to" bar, for panels worth jumping to. */
  nav?: MessageId;
  column: 'top' | 'main' | 'side';
  Component: ComponentType;
}

export const consolePanels: ConsolePanel[] = [
  { id: 'signals', column: 'top', Component: SignalNotices },
  { id: 'turns', nav: 'nav.turns', column: 'main', Component: TurnsConsole },
  { id: 'people', nav: 'nav.people', column: 'main', Component: PeoplePanel },
  { id: 'talktime', nav: 'nav.talktime', column: 'main', Component: TalkTimePanel },
  { id: 'map', nav: 'nav.map', column: 'main', Component: MapPanel },
  { id: 'checkins', nav: 'nav.checkins', column: 'main', Component: CheckinConsole },
  { id: 'feedback', nav: 'nav.feedback', column: 'main', Component: FeedbackConsole },
  { id: 'measures', nav: 'nav.measures', column: 'main', Component: MeasureConsole },
  { id: 'go-around', nav: 'nav.goAround', column: 'main', Component: GoAroundConsole },
  { id: 'moment', nav: 'nav.moment', column: 'main', Component: MomentConsole },
  { id: 'notes', nav: 'nav.notes', column: 'side', Component: NotesPanel },
  { id: 'invite', nav: 'nav.invite', column: 'side', Component: InvitePanel },
  { id: 'turn-settings', column: 'side', Component: TurnSettings },
  { id: 'break', nav: 'nav.break', column: 'side', Component: BreakPanel },
  { id: 'planned-end', column: 'side', Component: PlannedEndPanel },
  { id: 'closing', nav: 'nav.closing', column: 'side', Component: ClosingInfoPanel },
  { id: 'end', column: 'side', Component: EndSessionPanel },
];
