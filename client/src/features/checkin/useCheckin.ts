import { useRoom } from '../../room/useRoom';

/** The check-in on screen as the screen needs it: its shared view, the staff part, and whether I answered. */
export function useCheckin() {
  const { view } = useRoom();
  const checkin = view?.shared?.checkin;
  if (!view || !checkin) return null;
  return {
    checkin,
    /** Staff only: how many answered at or below the cutoff. */
    staff: view.shared?.staff?.checkin,
    /** Members: whether you answered this check-in (never what). */
    answered: view.me.checkin?.id === checkin.id && view.me.checkin.answered,
  };
}
