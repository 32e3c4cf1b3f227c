import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { RoomSnapshot, RoomStore } from './room-store';

/**
 * How feature UIs read the room:
 *   const { view, status } = useRoom();        // the live ClientView for this person
 *   const send = useSend();                     // send('feature:verb', payload) → Promise<CommandAck>
 *   const now = useServerNow();                 // server-clock ms, ticking each second (timers)
 * Prefer useCommand() (ui/useCommand.ts) for buttons: it shows a failed ack inline.
 */
export const RoomContext = createContext<RoomStore | null>(null);

export function useRoomStore(): RoomStore {
  const store = useContext(RoomContext);
  if (!store) throw new Error('useRoom must be used inside the room page');
  return store;
}

export function useRoom(): RoomSnapshot {
  const store = useRoomStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function useSend(): RoomStore['send'] {
  return useRoomStore().send;
}

/** "Now" on the server's clock, re-rendering every `everyMs` (default: each second). */
export function useServerNow(everyMs = 1000): number {
  const { clockOffset } = useRoom();
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setLocal(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return local + clockOffset;
}
