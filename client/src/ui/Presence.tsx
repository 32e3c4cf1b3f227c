import type { Presence } from '../../../shared/session/state';
import type { MessageId } from '../i18n/useT';
import { useT } from '../i18n/useT';

const LABEL: Record<Presence, { icon: string; text: MessageId }> = {
  online: { icon: '●', text: 'presence.online' },
  reconnecting: { icon: '◌', text: 'presence.reconnecting' },
  left: { icon: '○', text: 'presence.left' },
};

/** Presence as icon and words, never colour alone. */
export function PresenceTag({ presence }: { presence: Presence }) {
  const t = useT();
  const { icon, text } = LABEL[presence];
  return (
    <span className={`presence presence-${presence}`}>
      <span aria-hidden="true" className="presence-icon">{icon}</span> {t(text)}
    </span>
  );
}
