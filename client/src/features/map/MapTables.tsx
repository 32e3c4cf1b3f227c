import type { MapEdge, MapFigures, MemberMix } from '../../../../shared/map/figures';
import { formatClock, formatNames, formatPercent } from '../../ui/format';
import { ScrollBox } from '../../ui/ScrollBox';
import { useLocale, useT } from '../../i18n/useT';
import type { MapEvidence } from './Sociogram';

/**
 * The map's figures in words and tables: the member-to-member share for both
 * kinds of evidence, every exchange, members never addressed and the pairs who
 * engaged most. The same figures the sociogram draws, for reading and for
 * screen readers.
 */
export function MapTables({ figures, names, idPrefix }: { figures: MapFigures; names: (id: string) => string; idPrefix: string }) {
  const t = useT();
  const locale = useLocale();
  const recorded = figures.addressed.length > 0;
  const never = figures.neverAddressed.map(names);
  return (
    <>
      <h3 id={`${idPrefix}-mix`}>{t('mapStaff.mixTitle')}</h3>
      <ScrollBox labelledBy={`${idPrefix}-mix`}>
        <table className="data-table map-table" data-testid="map-mix">
          <thead>
            <tr>
              <th scope="col">{t('mapStaff.colEvidence')}</th>
              <th scope="col">{t('mapStaff.colMemberMember')}</th>
              <th scope="col">{t('mapStaff.colMemberLeader')}</th>
              <th scope="col">{t('mapStaff.colMemberGroup')}</th>
              <th scope="col">{t('mapStaff.colShare')}</th>
            </tr>
          </thead>
          <tbody>
            <MixRow label={t('mapStaff.showAddressed')} mix={figures.addressedMix} evidence="addressed" />
            <MixRow label={t('mapStaff.showAfter')} mix={figures.afterMix} evidence="after" />
          </tbody>
        </table>
      </ScrollBox>
      <p className="hint">{t('mapStaff.shareHint')}</p>

      <h3 id={`${idPrefix}-edges`}>{t('mapStaff.edgesTitle')}</h3>
      <ScrollBox labelledBy={`${idPrefix}-edges`}>
        <table className="data-table map-table" data-testid="map-edges">
          <thead>
            <tr>
              <th scope="col">{t('mapStaff.colFrom')}</th>
              <th scope="col">{t('mapStaff.colEvidence')}</th>
              <th scope="col">{t('mapStaff.colTo')}</th>
              <th scope="col">{t('mapStaff.colCount')}</th>
              <th scope="col">{t('mapStaff.colTime')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.addressed.length + figures.after.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  {t('mapStaff.empty')}
                </td>
              </tr>
            ) : null}
            <EdgeRows edges={figures.addressed} evidence="addressed" names={names} />
            <EdgeRows edges={figures.after} evidence="after" names={names} />
          </tbody>
        </table>
      </ScrollBox>

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

function MixRow({ label, mix, evidence }: { label: string; mix: MemberMix; evidence: MapEvidence }) {
  const t = useT();
  const locale = useLocale();
  return (
    <tr data-testid={`map-mix-${evidence}`}>
      <th scope="row">{label}</th>
      <td className="num">{t('common.number', { n: mix.memberToMember })}</td>
      <td className="num">{t('common.number', { n: mix.memberToLeader })}</td>
      <td className="num">{t('common.number', { n: mix.memberToGroup })}</td>
      <td className="num" data-testid="map-share">{mix.share === null ? '—' : formatPercent(mix.share, locale)}</td>
    </tr>
  );
}

function EdgeRows({ edges, evidence, names }: { edges: readonly MapEdge[]; evidence: MapEvidence; names: (id: string) => string }) {
  const t = useT();
  const locale = useLocale();
  return edges.map((e) => (
    <tr key={`${evidence}-${e.from}>${e.to}`} data-testid={`map-edge-${evidence}`}>
      <th scope="row" className="person-name">{names(e.from)}</th>
      <td>{t('mapStaff.evidence', { evidence })}</td>
      <td className="person-name">{names(e.to)}</td>
      <td className="num">{t('common.number', { n: e.count })}</td>
      <td className="num">{evidence === 'addressed' ? formatClock(e.ms, locale) : '—'}</td>
    </tr>
  ));
}
