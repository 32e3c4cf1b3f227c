import type { MapFigures } from '../../../../shared/map/figures';
import { useT } from '../../i18n/useT';
import { MapFiguresView } from './MapFiguresView';

/** The summary's interaction map: the console's sociogram and tables, as they stood at the session's end. */
export function MapSection({ figures }: { figures: MapFigures }) {
  const t = useT();
  return (
    <section className="card sum-section" aria-labelledby="sum-map" data-testid="summary-map">
      <h2 id="sum-map">{t('mapStaff.title')}</h2>
      <MapFiguresView figures={figures} />
    </section>
  );
}
