import { useId } from 'react';
import { CROSSTALK } from '../../../../shared/talk/intervals';
import { talkMetrics } from '../../../../shared/talk/metrics';
import { useRoom, useServerNow } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { Dashboard } from './Dashboard';
import { GroupTalkFigure } from './GroupTalkView';
import { Tracker } from './Tracker';
import { useT } from '../../i18n/useT';
import './talktime.css';

/** The console's talk-time panel: the tracker, the live dashboard and the "share group view" switch. */
export function TalkTimePanel() {
  const { view } = useRoom();
  const now = useServerNow();
  const t = useT();
  const shared = view?.shared;
  const talk = shared?.staff?.talk;
  if (!view || !shared || !talk) return null;
  const metrics = talkMetrics(talk, now);
  const breakOn = !!view.session.break && now < view.session.break.endsAt;
  const names = (id: string) => (id === CROSSTALK ? t('talkStaff.crosstalk') : (talk.people[id]?.name ?? shared.roster[id]?.name ?? t('talkStaff.someone')));
  return (
    <>
      <Tracker shared={shared} breakOn={breakOn} />
      <Dashboard metrics={metrics} names={names} />
      <ShareGroupView />
    </>
  );
}

function ShareGroupView() {
  const { view } = useRoom();
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const staffTalk = view?.shared?.staff?.talk;
  if (!staffTalk) return null;
  const on = staffTalk.groupViewShared;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('talkStaff.groupView')}</h2>
      <div className="field check">
        <input
          id={`${id}-switch`}
          type="checkbox"
          role="switch"
          checked={on}
          disabled={cmd.pending}
          onChange={(e) => void cmd.run('talk:shareGroupView', { shared: e.target.checked })}
        />
        <label htmlFor={`${id}-switch`}>{t('talkStaff.shareSwitch')}</label>
      </div>
      <p className="hint">{on ? t('talkStaff.sharedOn') : t('talkStaff.sharedOff')}</p>
      {on && view?.shared?.talk ? <GroupTalkFigure group={view.shared.talk} heading={t('talkStaff.whatMembersSee')} /> : null}
      <InlineError message={cmd.error} />
    </section>
  );
}
