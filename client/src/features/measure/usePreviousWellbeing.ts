import { useEffect, useState } from 'react';
import type { PreviousWellbeing } from '../../../../shared/measure/member-trends';
import { loadCredential } from '../../app/credentials';
import { useRoom } from '../../room/useRoom';
import { fetchPreviousWellbeing } from './measures-api';

/** One request per session however many badges ask: earlier sessions' totals do not change while this one runs. */
const requests = new Map<string, Promise<PreviousWellbeing | null>>();

function load(sessionId: string, token: string): Promise<PreviousWellbeing | null> {
  let request = requests.get(sessionId);
  if (!request) {
    request = fetchPreviousWellbeing(sessionId, token).then((r) => {
      if (r.ok) return r.data;
      requests.delete(sessionId); // a failed read is tried again by the next badge, not remembered
      return null;
    });
    requests.set(sessionId, request);
  }
  return request;
}

/** Staff: each member's how-I've-been total from their last earlier session, and the group's drop threshold; null until known. */
export function usePreviousWellbeing(): PreviousWellbeing | null {
  const { view } = useRoom();
  const sessionId = view?.session.id;
  const isStaff = !!view?.shared?.staff;
  const [previous, setPrevious] = useState<PreviousWellbeing | null>(null);
  useEffect(() => {
    const token = sessionId && isStaff ? loadCredential(sessionId)?.token : undefined;
    if (!sessionId || !token) return;
    let live = true;
    void load(sessionId, token).then((p) => {
      if (live) setPrevious(p);
    });
    return () => {
      live = false;
    };
  }, [sessionId, isStaff]);
  return previous;
}
