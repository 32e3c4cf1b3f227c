import type { RosterEntry } from '../../../../shared/session/views';
import type { FeedbackMeView, FeedbackRoundView, FeedbackStaffView } from '../../../../shared/feedback/views';
import type { Role } from '../../../../shared/session/state';
import { useRoom } from '../../room/useRoom';

/** Feedback as the screens need it: the round, the staff part, the member's own part, and who is who. */
export interface FeedbackModel {
  round: FeedbackRoundView | null;
  /** Staff only. */
  staff: FeedbackStaffView | undefined;
  /** Members only: their drafts, their items, their answer to the hot seat. */
  mine: FeedbackMeView | undefined;
  me: { id: string; name: string; role: Role };
  /** The group's language, for the ready-made labels. */
  language: string;
  roster: Record<string, RosterEntry>;
  order: string[];
  /** A go-around is running: reading aloud waits for it. */
  goAroundRunning: boolean;
}

export function useFeedback(): FeedbackModel | null {
  const { view } = useRoom();
  const shared = view?.shared;
  if (!view || !shared) return null;
  return {
    round: shared.feedback.round,
    staff: shared.staff?.feedback,
    mine: view.me.feedback,
    me: { id: view.me.id, name: view.me.name, role: view.me.role },
    language: view.session.language,
    roster: shared.roster,
    order: shared.order,
    goAroundRunning: shared.turns.goAround != null,
  };
}
