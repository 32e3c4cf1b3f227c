import { useState } from 'react';
import { forgetCredential } from '../app/credentials';
import { useRoomStore } from '../room/useRoom';
import { ConfirmButton } from '../ui/ConfirmButton';
import { InlineError } from '../ui/InlineError';
import { errorText } from '../i18n/errors';
import { useT } from '../i18n/useT';

/** "Leave the session", asked first; the same on the member view and on the break screen. */
export function LeaveButton() {
  const store = useRoomStore();
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const leave = async () => {
    const ack = await store.leave();
    if (ack.ok) forgetCredential(store.sessionId);
    else setError(errorText(t, ack.error));
  };
  return (
    <>
      <ConfirmButton
        label={t('member.leave')}
        title={t('member.leaveTitle')}
        body={t('member.leaveBody')}
        confirmLabel={t('member.leave')}
        onConfirm={leave}
      />
      <InlineError message={error} />
    </>
  );
}
