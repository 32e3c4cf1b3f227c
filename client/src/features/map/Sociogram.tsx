import { useId } from 'react';
import type { MapFigures } from '../../../../shared/map/figures';
import { MAP_GROUP } from '../../../../shared/map/state';
import { useT } from '../../i18n/useT';
import { SOCIOGRAM, placeEdges, placeNodes } from './sociogram-layout';

export type MapEvidence = 'addressed' | 'after';

/** Names longer than this are cut in the picture; the tables below carry them whole. */
const NAME_MAX = 14;
const short = (name: string) => (name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name);

/**
 * The sociogram: people as nodes (size by talk time), arrows weighted by the
 * number of exchanges, each count also written on its arrow, leaders in their own
 * row and drawn as squares, so nothing is told by colour or thickness alone. The
 * picture repeats the tables below it, which are what assistive technology reads.
 */
export function Sociogram({ figures, evidence, names }: { figures: MapFigures; evidence: MapEvidence; names: (id: string) => string }) {
  const t = useT();
  // useId gives ":r1:"; a marker's url(#…) wants a plain name.
  const arrow = `map-arrow-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const edges = figures[evidence];
  const nodes = placeNodes(figures.nodes, edges.some((e) => e.to === MAP_GROUP));
  const placed = placeEdges(edges, nodes);
  const count = edges.reduce((a, e) => a + e.count, 0);
  return (
    <svg
      viewBox={`0 0 ${SOCIOGRAM.width} ${SOCIOGRAM.height}`}
      className="map-svg"
      role="img"
      aria-label={t('mapStaff.figure', { people: figures.nodes.length, count })}
      data-testid="sociogram"
    >
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="map-arrowhead" />
        </marker>
      </defs>
      <text x={SOCIOGRAM.width / 2} y={12} textAnchor="middle" className="map-row-label">
        {t('mapStaff.leaders')}
      </text>
      <line x1={8} x2={SOCIOGRAM.width - 8} y1={98} y2={98} className="map-divider" />
      {placed.map((e) => (
        <g key={`${e.from}>${e.to}`} data-testid="sociogram-edge" data-from={e.from} data-to={e.to} data-count={e.count}>
          <path d={e.path} strokeWidth={e.width} markerEnd={`url(#${arrow})`} className={`map-edge map-edge-${evidence}`} />
          <text x={e.labelX} y={e.labelY} textAnchor="middle" className="map-count">
            {e.count}
          </text>
        </g>
      ))}
      {nodes.map((n) => (
        <g key={n.id} className={`map-node${n.leader ? ' map-leader' : ''}${n.id === MAP_GROUP ? ' map-group' : ''}`}>
          <title>{names(n.id)}</title>
          {n.leader ? <rect x={n.x - n.r} y={n.y - n.r} width={2 * n.r} height={2 * n.r} rx={4} /> : <circle cx={n.x} cy={n.y} r={n.r} />}
          <text x={n.labelX} y={n.labelY} textAnchor="middle" className={n.id === MAP_GROUP ? 'map-group-name' : 'map-name'}>
            {short(names(n.id))}
          </text>
        </g>
      ))}
    </svg>
  );
}
