import type { MapFigures } from '../../../../shared/map/figures';
import { useT } from '../../i18n/useT';
import { MapFiguresView } from './MapFiguresView';

/** The group page's interaction map: every session still on record added up, with the same sociogram and tables as a session's. */
export function GroupMap({ figures }: { figures: MapFigures | null }) {
  const t = useT();
  if (!figures) return null;
  return (
    <section className="card" aria-labelledby="group-map" data-testid="group-map">
      <h2 id="group-map">{t('group.mapTitle')}</h2>
      <p className="hint">{t('group.mapHint')}</p>
      <MapFiguresView figures={figures} />
    </section>
  );
}
