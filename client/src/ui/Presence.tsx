import type { Presence } from '../../../shared/session/state';

const LABEL: Record<Presence, { icon: string; text: string }> = {
  online: { icon: '●', text: 'here' },
  reconnecting: { icon: '◌', text: 'reconnecting' },
  left: { icon: '○', text: 'left' },
};

/** Presence as icon and words, never colour alone. */
export function PresenceTag({ presence }: { presence: Presence }) {
  const { icon, text } = LABEL[presence];
  return (
    <span className={`presence presence-${presence}`}>
      <span aria-hidden="true" className="presence-icon">{icon}</span> {text}
    </span>
  );
}
