import { mapFigures } from '../../../../shared/map/figures';
import type { MapFigures } from '../../../../shared/map/figures';
import { useServerNow } from '../../room/useRoom';
import { useTalk } from '../talk/useTalk';

/**
 * The interaction map as the console needs it, staff only: the figures, computed
 * on this device every second from talk time's intervals and the second taps, by
 * the same function the summary runs. null for members, whose view has neither.
 */
export function useMap(): { figures: MapFigures } | null {
  const vm = useTalk();
  const now = useServerNow();
  const staff = vm?.shared.staff;
  if (!staff) return null;
  return { figures: mapFigures({ ...staff.talk, addressed: staff.map.addressed }, now) };
}
