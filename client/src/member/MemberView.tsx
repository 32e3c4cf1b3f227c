import { useState } from 'react';
import { forgetCredential } from '../app/credentials';
import { useRoom, useRoomStore } from '../room/useRoom';
import { InlineError } from '../ui/InlineError';
import { Page } from '../ui/Page';
import { PanelBoundary } from '../ui/PanelBoundary';
import { ConfirmButton } from '../ui/ConfirmButton';
import { memberPanels } from './MemberPanels';
import { errorText } from '../i18n/errors';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';

/** What an admitted member sees: the group, the feature panels, who is here, and a way out. */
export function MemberView() {
  const { view } = useRoom();
  const store = useRoomStore();
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  if (!view) return null;
  const leave = async () => {
    const ack = await store.leave();
    if (ack.ok) forgetCredential(store.sessionId);
    else setError(errorText(t, ack.error));
  };
  return (
    <Page title={view.session.groupName}>
      <div className="room-head">
        <h1>{view.session.groupName}</h1>
        <p className="muted">{t('member.hereAs', { name: view.me.name })}</p>
        <LanguagePicker />
      </div>
      <div className="stack">
        {memberPanels.map(({ id, Component }) => (
          <PanelBoundary key={id} panel={id} view={view} onFault={store.reportFault}>
            <Component />
          </PanelBoundary>
        ))}
      </div>
      <div className="leave-row">
        <ConfirmButton
          label={t('member.leave')}
          title={t('member.leaveTitle')}
          body={t('member.leaveBody')}
          confirmLabel={t('member.leave')}
          onConfirm={leave}
        />
        <InlineError message={error} />
      </div>
    </Page>
  );
}
