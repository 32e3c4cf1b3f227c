import { useId } from 'react';
import type { TalkGroupView } from '../../../../shared/talktime/talk-views';
import { useRoom } from '../../room/useRoom';
import { balanceWords, percent } from './talk-format';
import './talktime.css';

/** Members' panel: nothing at all unless the facilitators share the whole-group view. */
export function GroupTalkView() {
  const { view } = useRoom();
  const id = useId();
  const group = view?.shared?.talk;
  if (!group) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>How the group shares the talking</h2>
      <GroupTalkFigure group={group} />
    </section>
  );
}

/** The anonymous figure itself (also previewed on the console): no names, largest share first. */
export function GroupTalkFigure({ group, heading }: { group: TalkGroupView; heading?: string }) {
  const fair = group.memberCount > 0 ? 1 / group.memberCount : 0;
  const max = Math.max(0.01, fair, ...group.distribution);
  return (
    <div className="talk-group">
      {heading ? <h3>{heading}</h3> : null}
      <p>
        Balance <strong>{group.balanceIndex === null ? '—' : group.balanceIndex.toFixed(2)}</strong>
        {group.balanceIndex === null ? ' (not enough talk yet)' : ` · ${balanceWords(group.balanceIndex)}`}
      </p>
      <p className="hint">1 means everyone has talked about the same amount. Each bar below is one member, largest share first; no names are shown. The line marks an even share ({percent(fair)}).</p>
      <ul className="talk-bars" aria-label="Shares of the talking, one per member, no names">
        {group.distribution.map((share, i) => (
          <li key={i} className="talk-bar-row talk-bar-row-anon">
            <span className="talk-bar-track" aria-hidden="true">
              <span className="talk-bar-fill" style={{ width: `${(share / max) * 100}%` }} />
              <span className="talk-bar-fair" style={{ left: `${(fair / max) * 100}%` }} />
            </span>
            <span className="talk-bar-text">{percent(share)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
