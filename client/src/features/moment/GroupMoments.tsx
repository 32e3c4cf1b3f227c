import type { SessionMoments } from '../../../../shared/summary/kept-moments';
import { useT } from '../../i18n/useT';
import { useSummaryFormat } from '../summary/format';
import { MomentTexts } from './MomentTexts';

/** The group page's kept moments, per session, for staff: a plain list, no author. */
export function GroupMoments({ sessions }: { sessions: SessionMoments[] }) {
  const t = useT();
  const { compactDate } = useSummaryFormat();
  return (
    <section className="card sum-section" aria-labelledby="group-moments">
      <h2 id="group-moments">{t('group.moments')}</h2>
      {sessions.length === 0 ? <p className="muted">{t('group.momentsNone')}</p> : null}
      {sessions.map((s) => (
        <MomentTexts key={s.sessionId} title={t('group.momentsSession', { date: compactDate(s.startedAt) })} texts={s.texts} />
      ))}
    </section>
  );
}
