import { useId } from 'react';
import type { TalkGroupView } from '../../../../shared/talk/views';
import { useTalk } from './useTalk';
import { kindBalanceWords } from './talk-format';
import './talk-plain.css';
import './talktime.css';
import { useT } from '../../i18n/useT';

/** Members' panel: nothing at all unless the facilitators share the whole-group view. */
export function GroupTalkView() {
  const group = useTalk()?.group;
  const id = useId();
  const t = useT();
  if (!group) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('talk.groupTitle')}</h2>
      <GroupTalkFigure group={group} />
    </section>
  );
}

/**
 * What members see (also previewed on the console): how the group shares the
 * time, in kind words only. No figure per member and no bars: in a small group
 * the largest bar is recognisable to the person it belongs to.
 */
export function GroupTalkFigure({ group, heading }: { group: TalkGroupView; heading?: string }) {
  const t = useT();
  return (
    <div className="talk-group">
      {heading ? <h3>{heading}</h3> : null}
      <p className="talk-group-words" data-testid="group-balance-words">
        {group.balanceIndex === null ? t('talk.kindNotYet') : kindBalanceWords(t, group.balanceIndex)}
      </p>
      <p className="hint">{t('talk.groupHintKind')}</p>
    </div>
  );
}
