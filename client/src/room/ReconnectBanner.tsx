import { useRoom } from './useRoom';
import { useT } from '../i18n/useT';

/** Shown while the socket is away; the store reconnects by itself. The live region is always present so the change is announced. */
export function ReconnectBanner() {
  const { status } = useRoom();
  const t = useT();
  const away = status === 'reconnecting' || status === 'connecting';
  return (
    <div className={away ? 'reconnect-banner' : 'visually-hidden'} role="status" aria-live="polite">
      {away ? t('room.reconnecting') : ''}
    </div>
  );
}
