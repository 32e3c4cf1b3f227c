import { droppedSince } from '../../../../shared/measure/scoring';
import { useT } from '../../i18n/useT';
import { useMeasure } from './useMeasure';
import { usePreviousWellbeing } from './usePreviousWellbeing';
import './measures.css';

/**
 * Staff only, beside a member in the roster: their how-I've-been total from this
 * session, with a flag in words and an icon (never colour alone) when it is at
 * or below the group's cut-off, or lower than their last earlier total by more
 * than the group's threshold. Members never get the data it is made of.
 */
export function WellbeingBadge({ memberId }: { memberId: string }) {
  const vm = useMeasure();
  const t = useT();
  const run = vm?.staff?.runs.filter((r) => r.kind === 'wellbeing' && r.rows?.[memberId]).at(-1);
  const row = run?.rows?.[memberId];
  const before = usePreviousWellbeing();
  if (!row || row.total === null) return null;
  const previous = before?.previous[memberId] ?? null;
  const dropped = !!before && droppedSince(previous, row.total, before.drop);
  return (
    <span className={row.belowCutoff || dropped ? 'ms-badge ms-badge-low' : 'ms-badge'} data-testid="wellbeing-badge">
      {t('msStaff.wellbeing', { total: row.total })}
      {row.belowCutoff ? (
        <>
          <span aria-hidden="true"> ⚑</span> {t('msStaff.flag')}
        </>
      ) : null}
      {dropped ? (
        <>
          <span aria-hidden="true"> ⚑</span> {t('msStaff.dropped', { n: previous! - row.total })}
        </>
      ) : null}
    </span>
  );
}
