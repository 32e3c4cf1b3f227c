import { useId } from 'react';
import type { TalkGroupView } from '../../../../shared/talk/views';
import { useTalk } from './useTalk';
import { balanceWords, percent } from './talk-format';
import { ShareBar } from '../../ui/ShareBar';
import './talktime.css';
import { useLocale, useT } from '../../i18n/useT';

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

/** The anonymous figure itself (also previewed on the console): no names, largest share first. */
export function GroupTalkFigure({ group, heading }: { group: TalkGroupView; heading?: string }) {
  const t = useT();
  const locale = useLocale();
  const fair = group.memberCount > 0 ? 1 / group.memberCount : 0;
  const max = Math.max(0.01, fair, ...group.distribution);
  return (
    <div className="talk-group">
      {heading ? <h3>{heading}</h3> : null}
      <p>
        {t('talk.balance')} <strong>{group.balanceIndex === null ? '—' : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(group.balanceIndex)}</strong>
        {group.balanceIndex === null ? ` ${t('talk.notEnough')}` : ` · ${balanceWords(t, group.balanceIndex)}`}
      </p>
      <p className="hint">{t('talk.groupHint', { fair: percent(fair, locale) })}</p>
      <ul className="talk-bars" aria-label={t('talk.barsLabel')}>
        {group.distribution.map((share, i) => (
          <li key={i} className="talk-bar-row talk-bar-row-anon">
            <ShareBar share={share} max={max} fair={fair} />
            <span className="talk-bar-text">{percent(share, locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
