import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { MapFiguresView } from './MapFiguresView';
import { useMap } from './useMap';

/** The console's interaction map, live: who speaks to whom, for the facilitator and co-facilitators only. */
export function MapPanel() {
  const id = useId();
  const t = useT();
  const map = useMap();
  if (!map) return null;
  return (
    <section className="card map-panel" aria-labelledby={`${id}-title`} data-testid="map-panel">
      <h2 id={`${id}-title`}>{t('mapStaff.title')}</h2>
      <MapFiguresView figures={map.figures} />
    </section>
  );
}
