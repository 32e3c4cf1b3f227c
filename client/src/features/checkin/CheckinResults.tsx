import type { ChoiceResults, ScaleResults, WordResults } from '../../../../shared/checkin/aggregate';
import type { CheckinView } from '../../../../shared/checkin/views';
import type { Translate } from '../../i18n/useT';
import { useLocale, useT } from '../../i18n/useT';

/**
 * The revealed aggregate, the same on every screen. Charts are tables with
 * numbers in words; the bars only repeat what the numbers say (not colour alone).
 */
export function CheckinResults({ checkin }: { checkin: CheckinView }) {
  const r = checkin.results;
  if (!r) return null;
  const f = checkin.format;
  return (
    <div className="ci-results" data-testid="checkin-results">
      {r.kind === 'scale' && f.kind === 'scale' ? <Scale r={r} low={f.low} high={f.high} /> : null}
      {r.kind === 'word' ? <Words r={r} /> : null}
      {r.kind === 'choice' && f.kind === 'choice' ? <Choices r={r} options={f.options} /> : null}
    </div>
  );
}

const times = (t: Translate, n: number) => t('checkin.answers', { count: n });

function Bars({ caption, rows, total }: { caption: string; rows: Array<{ label: string; count: number }>; total: number }) {
  const t = useT();
  const most = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="ci-bars">
      <caption>{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('checkin.answerColumn')}</th>
          <th scope="col">{t('checkin.countColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="ci-bar-wrap" aria-hidden="true">
                <span className="ci-bar" style={{ inlineSize: `${(row.count / most) * 100}%` }} />
              </span>
              <span className="ci-count">
                {t('common.number', { n: row.count })}
                <span className="visually-hidden"> {t('checkin.ofTotal', { total })}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Scale({ r, low, high }: { r: ScaleResults; low: string; high: string }) {
  const t = useT();
  const locale = useLocale();
  const num = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  const rows = r.histogram.map((count, v) => ({ label: v === 0 ? t('checkin.scaleEnd', { value: 0, label: low }) : v === 10 ? t('checkin.scaleEnd', { value: 10, label: high }) : num(v), count }));
  return (
    <>
      <Bars caption={t('checkin.scaleCaption', { answers: times(t, r.count), low, high })} rows={rows} total={r.count} />
      <dl className="ci-stats">
        <div>
          <dt>{t('checkin.average')}</dt>
          <dd>{num(r.mean)}</dd>
        </div>
        <div>
          <dt>{t('checkin.median')}</dt>
          <dd>{num(r.median)}</dd>
        </div>
        <div>
          <dt>{t('checkin.spread')}</dt>
          <dd>
            {r.min === r.max ? t('checkin.allSame', { value: num(r.min) }) : t('checkin.range', { min: num(r.min), max: num(r.max) })}
            <span className="visually-hidden">, </span>
            <span className="ci-sd">{t('checkin.typically', { sd: num(r.sd) })}</span>
          </dd>
        </div>
      </dl>
    </>
  );
}

function Words({ r }: { r: WordResults }) {
  const t = useT();
  return (
    <>
      <p className="ci-caption">{t('checkin.wordsCaption', { answers: times(t, r.count) })}</p>
      <ul className="ci-words" aria-label={t('checkin.wordsLabel')}>
        {r.words.map((w) => (
          <li key={w.word}>
            <span className="ci-word">{w.word}</span>
            <span className="ci-word-count">
              <span aria-hidden="true">{t('checkin.timesShort', { count: w.count })}</span>
              <span className="visually-hidden">: {times(t, w.count)}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Choices({ r, options }: { r: ChoiceResults; options: string[] }) {
  const t = useT();
  const rows = options.map((label, i) => ({ label, count: r.counts[i] ?? 0 }));
  return <Bars caption={times(t, r.count)} rows={rows} total={r.count} />;
}
