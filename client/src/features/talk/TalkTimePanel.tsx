import { useId } from 'react';
import { CROSSTALK } from '../../../../shared/talk/intervals';
import { talkMetrics } from '../../../../shared/talk/metrics';
import { useBreak } from '../break/useBreak';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { RespondingTo } from '../map/RespondingTo';
import { Dashboard } from './Dashboard';
import { GroupTalkFigure } from './GroupTalkView';
import { Tracker } from './Tracker';
import { useT } from '../../i18n/useT';
import './talktime.css';
import { useTalk } from './useTalk';

/** The console's talk-time panel: the tracker with its optional second tap, the live dashboard and the "share group view" switch. */
export function TalkTimePanel() {
  const vm = useTalk();
  const { running, now } = useBreak();
  const t = useT();
  const talk = vm?.staff;
  if (!vm || !talk) return null;
  const metrics = talkMetrics(talk, now);
  const names = (id: string) => (id === CROSSTALK ? t('talkStaff.crosstalk') : (talk.people[id]?.name ?? vm.roster[id]?.name ?? t('talkStaff.someone')));
  return (
    <>
      <Tracker breakOn={running !== null} />
      <RespondingTo breakOn={running !== null} />
      <Dashboard metrics={metrics} names={names} />
      <ShareGroupView />
    </>
  );
}

function ShareGroupView() {
  const vm = useTalk();
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const staffTalk = vm?.staff;
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
      {on && vm?.group ? <GroupTalkFigure group={vm.group} heading={t('talkStaff.whatMembersSee')} /> : null}
      <InlineError message={cmd.error} />
    </section>
  );
}
