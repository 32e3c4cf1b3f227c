import { useRoom } from '../../room/useRoom';

/** The moment that mattered as the screens need it: the question and shared answers for all, answers for staff, a member's own state. */
export function useMoment() {
  const { view } = useRoom();
  const current = view?.shared?.moment ?? null;
  if (!view || !current) return null;
  return {
    current,
    /** Every answer to screen and the "5 of 7 done" count; only staff have it. */
    staff: view.shared?.staff?.moment ?? null,
    /** Whether this member answered; absent for staff. */
    answered: view.me.moment?.answered ?? null,
    isMember: view.me.role === 'member',
    running: view.session.endedAt === null,
  };
}
