import { useRoom, useRoomStore } from '../room/useRoom';
import { Page } from '../ui/Page';
import { PanelBoundary } from '../ui/PanelBoundary';
import { memberPanels } from './MemberPanels';
import { LeaveButton } from './LeaveButton';
import { ProgrammePlace } from '../features/programme/ProgrammePlace';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';

/** What an admitted member sees: the group, the feature panels, who is here, and a way out. */
export function MemberView() {
  const { view } = useRoom();
  const store = useRoomStore();
  const t = useT();
  if (!view) return null;
  return (
    <Page title={view.session.groupName}>
      <div className="room-head">
        <h1>{view.session.groupName}</h1>
        <ProgrammePlace />
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
        <LeaveButton />
      </div>
    </Page>
  );
}
