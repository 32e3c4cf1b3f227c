import { useEffect, useId, useState } from 'react';
import type { MeasureKind } from '../../../../shared/measure/definitions';
import type { MemberMeasures } from '../../../../shared/measure/member-trends';
import type { MeasureTrend } from '../../../../shared/summary/trends';
import { useLocale, useT } from '../../i18n/useT';
import { formatDecimal } from '../../ui/format';
import { useSummaryFormat } from '../summary/format';
import { TrendChart } from '../summary/TrendChart';
import { fetchMemberMeasures } from './measures-api';
import { measureTitle } from './wording';
import './measures.css';

/** The highest score each measure's chart is drawn against. */
const SCALE_TOP: Record<MeasureKind, number> = { wellbeing: 40, session: 40, climate: 6, goals: 10 };

/** The group page's questionnaire trends: each measure's group score across sessions (chart and table). */
export function MeasureTrends({ trends }: { trends: MeasureTrend[] }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <section className="card sum-section" aria-labelledby={`${id}-t`} data-testid="measure-trends">
      <h2 id={`${id}-t`}>{t('msGroup.trendsTitle')}</h2>
      {trends.length === 0 ? <p className="muted">{t('msGroup.none')}</p> : <p className="hint">{t('msGroup.trendsHint')}</p>}
      <div className="trend-grid">
        {trends.map((s) => (
          <TrendChart
            key={`${s.kind}:${s.score}`}
            title={t('msGroup.trend', { measure: measureTitle(s.kind, t), score: s.score })}
            points={s.points}
            max={SCALE_TOP[s.kind]}
            format={(v) => formatDecimal(v, 1, locale)}
          />
        ))}
      </div>
    </section>
  );
}

/** Staff only: each member's how-I've-been totals with their flags, and their goals, across sessions. */
export function MemberMeasuresSection({ groupId, token }: { groupId: string; token: string }) {
  const t = useT();
  const id = useId();
  const [members, setMembers] = useState<MemberMeasures[] | null>(null);
  useEffect(() => {
    let live = true;
    void fetchMemberMeasures(groupId, token).then((r) => {
      if (live && r.ok) setMembers(r.data);
    });
    return () => {
      live = false;
    };
  }, [groupId, token]);
  if (!members || members.length === 0) return null;
  return (
    <section className="card sum-section" aria-labelledby={`${id}-t`} data-testid="member-measures">
      <h2 id={`${id}-t`}>{t('msGroup.membersTitle')}</h2>
      <p className="hint">{t('msGroup.membersHint')}</p>
      {members.map((m) => (
        <MemberCard key={m.participantId} member={m} />
      ))}
    </section>
  );
}

function MemberCard({ member }: { member: MemberMeasures }) {
  const t = useT();
  const locale = useLocale();
  const { compactDate } = useSummaryFormat();
  const totals = member.wellbeing.flatMap((p) => (p.total === null ? [] : [{ sessionId: p.sessionId, startedAt: p.startedAt, value: p.total }]));
  const flags = member.wellbeing.flatMap((p) => [
    ...(p.belowCutoff ? [t('msGroup.flagLowOn', { date: compactDate(p.startedAt) })] : []),
    ...(p.dropped ? [t('msGroup.flagDropOn', { date: compactDate(p.startedAt) })] : []),
  ]);
  const goalTexts = [...new Set(member.goals.flatMap((g) => g.goals.map((x) => x.text)))];
  return (
    <details className="ms-member">
      <summary>
        <span className="person-name">{member.name}</span>
        {flags.length > 0 ? (
          <span className="ms-flag-inline">
            <span aria-hidden="true"> ⚑</span> {t('msGroup.flagCount', { count: flags.length })}
          </span>
        ) : null}
      </summary>
      {flags.length > 0 ? (
        <ul className="ms-flags">
          {flags.map((f) => (
            <li key={f}>
              <span aria-hidden="true">⚑ </span>
              {f}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="trend-grid">
        {totals.length > 0 ? <TrendChart title={t('msGroup.wellbeingTrend')} points={totals} max={40} format={(v) => formatDecimal(v, 1, locale)} /> : null}
        {goalTexts.map((goal) => (
          <TrendChart
            key={goal}
            title={t('msGroup.goalTrend', { goal })}
            points={member.goals.flatMap((g) => {
              const value = g.goals.find((x) => x.text === goal)?.value;
              return typeof value === 'number' ? [{ sessionId: g.sessionId, startedAt: g.startedAt, value }] : [];
            })}
            max={10}
            format={(v) => formatDecimal(v, 0, locale)}
          />
        ))}
      </div>
    </details>
  );
}
