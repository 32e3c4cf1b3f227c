import type { Presence } from '../../../shared/session/state';
import type { MessageId } from '../i18n/useT';
import { useT } from '../i18n/useT';

const LABEL: Record<Presence, { icon: string; text: MessageId }> = {
  online: { icon: '●', text: 'presence.online' },
  reconnecting: { icon: '◌', text: 'presence.reconnecting' },
  left: { icon: '○', text: 'presence.left' },
};

/** Presence as icon and words, never colour alone; someone carried in from last session who has not come yet is "not here yet". */
export function PresenceTag({ presence, notYet = false }: { presence: Presence; notYet?: boolean }) {
  const t = useT();
  const { icon, text } = notYet ? { icon: '○', text: 'presence.notYet' as const } : LABEL[presence];
  return (
    <span className={`presence presence-${presence}`}>
      <span aria-hidden="true" className="presence-icon">{icon}</span> {t(text)}
    </span>
  );
}
