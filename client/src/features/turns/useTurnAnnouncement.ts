import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';

type Standing = 'turn' | 'next' | null;

/**
 * What a screen reader hears when this person's standing changes: "It's your
 * turn" when they get the floor, "You're next" when they move to the front.
 * Only changes are announced, so a reload does not repeat them.
 */
export function useTurnAnnouncement(standing: Standing): string {
  const t = useT();
  const [message, setMessage] = useState('');
  const previous = useRef<Standing | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = standing;
    if (before === undefined || before === standing) return;
    if (standing === 'turn') setMessage(t('turns.yourTurn'));
    else if (standing === 'next') setMessage(t('turns.youAreNext'));
    else setMessage('');
  }, [standing, t]);
  return message;
}
