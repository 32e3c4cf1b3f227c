import type { MomentsSection } from '../../../../shared/moment/summary';
import { useT } from '../../i18n/useT';
import { useSummaryFormat } from '../summary/format';
import { MomentTexts } from './MomentTexts';

/** The summary's moments, for staff: per question, the counts and the kept and shared texts (no author exists). */
export function SummaryMoments({ moments }: { moments: MomentsSection }) {
  const t = useT();
  const { timeText } = useSummaryFormat();
  if (moments.rounds.length === 0) return null;
  return (
    <section className="card sum-section moment" aria-labelledby="sum-moment">
      <h2 id="sum-moment">{t('summary.moments')}</h2>
      {moments.rounds.map((r, i) => (
        <div key={i}>
          <p dir="auto">
            <strong>{timeText(r.openedAt)}</strong> · {r.question ?? t('moment.defaultQuestion')}
          </p>
          <p>{t('summary.momentsCounts', { written: r.written, skipped: r.skipped })}</p>
          {r.shared.length + r.kept.length === 0 ? <p className="muted">{t('summary.momentsNone')}</p> : null}
          <MomentTexts title={t('summary.momentsShared')} texts={r.shared} />
          <MomentTexts title={t('summary.momentsKept')} texts={r.kept} />
        </div>
      ))}
    </section>
  );
}

