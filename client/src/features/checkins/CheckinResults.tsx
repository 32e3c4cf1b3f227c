import type { ChoiceResults, ScaleResults, WordResults } from '../../../../shared/checkins/aggregate';
import type { CheckinView } from '../../../../shared/checkins/views';

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

const times = (n: number) => (n === 1 ? '1 answer' : `${n} answers`);

function Bars({ caption, rows, total }: { caption: string; rows: Array<{ label: string; count: number }>; total: number }) {
  const most = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="ci-bars">
      <caption>{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Answer</th>
          <th scope="col">Number of answers</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="ci-bar-wrap" aria-hidden="true">
                <span className="ci-bar" style={{ width: `${(row.count / most) * 100}%` }} />
              </span>
              <span className="ci-count">
                {row.count}
                <span className="visually-hidden"> of {total}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Scale({ r, low, high }: { r: ScaleResults; low: string; high: string }) {
  const rows = r.histogram.map((count, v) => ({ label: v === 0 ? `0 · ${low}` : v === 10 ? `10 · ${high}` : String(v), count }));
  return (
    <>
      <Bars caption={`${times(r.count)}, from 0 (${low}) to 10 (${high})`} rows={rows} total={r.count} />
      <dl className="ci-stats">
        <div>
          <dt>Average</dt>
          <dd>{r.mean}</dd>
        </div>
        <div>
          <dt>Middle value</dt>
          <dd>{r.median}</dd>
        </div>
        <div>
          <dt>Spread</dt>
          <dd>
            {r.min === r.max ? `all ${r.min}` : `${r.min} to ${r.max}`}
            <span className="visually-hidden">, </span>
            <span className="ci-sd">typically {r.sd} from the average</span>
          </dd>
        </div>
      </dl>
    </>
  );
}

function Words({ r }: { r: WordResults }) {
  return (
    <>
      <p className="ci-caption">
        {times(r.count)}, most given first
      </p>
      <ul className="ci-words" aria-label="Words and how many gave each">
        {r.words.map((w) => (
          <li key={w.word}>
            <span className="ci-word">{w.word}</span>
            <span className="ci-word-count">
              <span aria-hidden="true">×{w.count}</span>
              <span className="visually-hidden">: {times(w.count)}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Choices({ r, options }: { r: ChoiceResults; options: string[] }) {
  const rows = options.map((label, i) => ({ label, count: r.counts[i] ?? 0 }));
  return <Bars caption={times(r.count)} rows={rows} total={r.count} />;
}
