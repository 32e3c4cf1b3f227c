import { useRoom } from '../../room/useRoom';

/** Measures as the screens need them: the run on screen, staff's part, and a member's own goals and answer state. */
export function useMeasure() {
  const { view } = useRoom();
  if (!view?.shared) return null;
  const run = view.shared.measure;
  const mine = view.me.measure;
  return {
    /** The questionnaire on screen (its questions and two counts), if any. */
    run,
    /** Staff only: every run of the session, named rows and kept aggregates; members' goals. */
    staff: view.shared.staff?.measures,
    /** Members only: your goals. */
    goals: mine?.goals ?? [],
    /** Members only: whether you answered the run on screen (never what). */
    answered: !!run && mine?.active?.runId === run.id && mine.active.answered,
    /** Names by participant id, for staff tables. */
    nameOf: (id: string) => view.shared?.roster[id]?.name ?? '',
    /** Members in the room, in roster order. */
    members: view.shared.order.filter((id) => view.shared?.roster[id]?.role === 'member'),
  };
}
