import { useId } from 'react';
import type { TrendPoint } from '../../../../shared/summary/trends';
import { useSummaryFormat } from './format';
import { LOCALES } from '../../i18n/i18n';
import { useLocale, useT } from '../../i18n/useT';

/**
 * A plain line chart of one value across sessions, with the same numbers in a
 * table beside it: the chart is a picture of the table, never the only record.
 * Time runs in the reading direction: right to left in a right-to-left language.
 */
export function TrendChart({ title, points, max, format = (v) => String(v) }: { title: string; points: TrendPoint[]; max: number; format?: (v: number) => string }) {
  const id = useId();
  const t = useT();
  const { pointLabels } = useSummaryFormat();
  const locale = useLocale();
  const rtl = LOCALES.find((l) => l.code === locale)?.dir === 'rtl';
  const W = 320;
  const H = 120;
  const pad = 16;
  const top = Math.max(max, ...points.map((p) => p.value), 1);
  const ltrX = (i: number) => (points.length === 1 ? W / 2 : pad + (i * (W - 2 * pad)) / (points.length - 1));
  const x = (i: number) => (rtl ? W - ltrX(i) : ltrX(i));
  const y = (v: number) => H - pad - (v / top) * (H - 2 * pad);
  const labels = pointLabels(points.map((p) => p.startedAt));
  const described = points.map((p, i) => t('trend.point', { label: labels[i]!, value: format(p.value) })).join('; ');
  return (
    <figure className="trend" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('trend.described', { title, points: described })} className="trend-svg">
        <line x1={pad} y1={H - pad} x2={W - pad} y2={H - pad} className="trend-axis" />
        <polyline points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')} className="trend-line" />
        {points.map((p, i) => (
          <g key={p.sessionId}>
            <circle cx={x(i)} cy={y(p.value)} r={4} className="trend-dot" />
            <text x={x(i)} y={y(p.value) - 8} textAnchor="middle" className="trend-label">
              {format(p.value)}
            </text>
          </g>
        ))}
      </svg>
      <table className="data-table sum-table trend-table">
        <thead>
          <tr>
            <th scope="col">{t('trend.session')}</th>
            <th scope="col">{title}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={p.sessionId}>
              <th scope="row">{labels[i]}</th>
              <td>{format(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
