import type { ReactNode } from 'react';
import type { MapEdge, MapFigures, MemberMix } from '../../../../shared/map/figures';
import { formatClock, formatNames, formatPercent } from '../../ui/format';
import { ScrollBox } from '../../ui/ScrollBox';
import { useLocale, useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';

/**
 * The map's figures in words and tables: the member-to-member share for both
 * kinds of evidence, every exchange, members never addressed and the pairs who
 * engaged most. The same figures the sociogram draws, for reading and for
 * screen readers; narrow enough for a phone.
 */
export function MapTables({ figures, names, idPrefix }: { figures: MapFigures; names: (id: string) => string; idPrefix: string }) {
  const t = useT();
  const locale = useLocale();
  const recorded = figures.addressed.length > 0;
  const never = figures.neverAddressed.map(names);
  const mixRows: Array<[MessageId, (m: MemberMix) => string]> = [
    ['mapStaff.colMemberMember', (m) => t('common.number', { n: m.memberToMember })],
    ['mapStaff.colMemberLeader', (m) => t('common.number', { n: m.memberToLeader })],
    ['mapStaff.colMemberGroup', (m) => t('common.number', { n: m.memberToGroup })],
    ['mapStaff.colShare', (m) => (m.share === null ? '—' : formatPercent(m.share, locale))],
  ];
  return (
    <>
      <h3 id={`${idPrefix}-mix`}>{t('mapStaff.mixTitle')}</h3>
      <ScrollBox labelledBy={`${idPrefix}-mix`} className="map-scroll">
        <table className="data-table map-table" data-testid="map-mix">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('mapStaff.colKind')}</span>
              </th>
              <th scope="col" className="map-end">{t('mapStaff.showAddressed')}</th>
              <th scope="col" className="map-end">{t('mapStaff.showAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {mixRows.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row">{t(label)}</th>
                <td className="num" data-testid="map-mix-addressed">{cell(figures.addressedMix)}</td>
                <td className="num" data-testid="map-mix-after">{cell(figures.afterMix)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="hint">{t('mapStaff.shareHint')}</p>

      <EdgeTable id={`${idPrefix}-addressed`} title={t('mapStaff.showAddressed')} edges={figures.addressed} testId="map-edge-addressed" empty={t('mapStaff.empty')}
        columns={[t('mapStaff.colFrom'), t('mapStaff.colTo'), t('mapStaff.colCount'), t('mapStaff.colTime')]}
        cells={(e) => [names(e.from), names(e.to), t('common.number', { n: e.count }), formatClock(e.ms, locale)]} />
      <EdgeTable id={`${idPrefix}-after`} title={t('mapStaff.showAfter')} edges={figures.after} testId="map-edge-after" empty={t('mapStaff.emptyAfter')}
        columns={[t('mapStaff.colSpoke'), t('mapStaff.colAfter'), t('mapStaff.colCount')]}
        cells={(e) => [names(e.from), names(e.to), t('common.number', { n: e.count })]} />

      <h3>{t('mapStaff.neverTitle')}</h3>
      <p data-testid="map-never">{!recorded ? t('mapStaff.neverWait') : never.length === 0 ? t('mapStaff.neverNone') : formatNames(never, locale)}</p>

      <h3>{t('mapStaff.pairsTitle')}</h3>
      {figures.topPairs.length === 0 ? (
        <p className="muted">{t('mapStaff.pairsNone')}</p>
      ) : (
        <ol className="map-pairs" data-testid="map-pairs">
          {figures.topPairs.map((p) => (
            <li key={`${p.a}|${p.b}`}>{t('mapStaff.pair', { a: names(p.a), b: names(p.b), addressed: p.addressed, after: p.after })}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/** One kind of evidence as a table: the first two columns are people, the rest figures. */
function EdgeTable(props: { id: string; title: string; edges: readonly MapEdge[]; testId: string; empty: string; columns: string[]; cells: (e: MapEdge) => ReactNode[] }) {
  const { id, title, edges, testId, empty, columns, cells } = props;
  return (
    <>
      <h3 id={id}>{title}</h3>
      <ScrollBox labelledBy={id} className="map-scroll">
        <table className="data-table map-table" data-testid={`${testId}-table`}>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" className={i >= 2 ? 'map-end' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {edges.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="muted">
                  {empty}
                </td>
              </tr>
            ) : null}
            {edges.map((e) => (
              <tr key={`${e.from}>${e.to}`} data-testid={testId}>
                {cells(e).map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" dir="auto">
                      {c}
                    </th>
                  ) : (
                    <td key={i} className={i >= 2 ? 'num' : undefined} dir={i === 1 ? 'auto' : undefined}>
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
