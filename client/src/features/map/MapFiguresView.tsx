import { useId, useState } from 'react';
import type { MapFigures } from '../../../../shared/map/figures';
import { MAP_GROUP } from '../../../../shared/map/state';
import { useT } from '../../i18n/useT';
import { MapTables } from './MapTables';
import { Sociogram } from './Sociogram';
import type { MapEvidence } from './Sociogram';
import '../../styles/console.css';
import './map.css';

/** Reads an id as a name: a person in the map, "the group", or someone no longer in it. */
export function useMapNames(figures: MapFigures): (id: string) => string {
  const t = useT();
  const byId = new Map(figures.nodes.map((n) => [n.id, n.name]));
  return (id) => (id === MAP_GROUP ? t('mapStaff.group') : (byId.get(id) ?? t('mapStaff.someone')));
}

/**
 * The sociogram with its choice of evidence, then the same figures as tables.
 * Used live in the console and, with the figures kept at the end, in the summary
 * (which is why it brings the console's styles for its choice of evidence).
 */
export function MapFiguresView({ figures }: { figures: MapFigures }) {
  const id = useId();
  const t = useT();
  const names = useMapNames(figures);
  const [evidence, setEvidence] = useState<MapEvidence>('addressed');
  return (
    <>
      <p className="hint">{t('mapStaff.hint')}</p>
      <fieldset className="choices">
        <legend>{t('mapStaff.show')}</legend>
        {(['addressed', 'after'] as const).map((e) => (
          <label key={e} className="choice">
            <input type="radio" name={`${id}-evidence`} checked={evidence === e} onChange={() => setEvidence(e)} />{' '}
            {t(e === 'addressed' ? 'mapStaff.showAddressed' : 'mapStaff.showAfter')}
          </label>
        ))}
      </fieldset>
      <figure className="map-figure">
        <Sociogram figures={figures} evidence={evidence} names={names} />
        <figcaption className="hint">{t('mapStaff.legend')}</figcaption>
      </figure>
      <MapTables figures={figures} names={names} idPrefix={id} />
    </>
  );
}
