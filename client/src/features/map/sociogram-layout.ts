import type { MapEdge, MapNode } from '../../../../shared/map/figures';
import { MAP_GROUP } from '../../../../shared/map/state';

/**
 * Where the sociogram draws everything, in the SVG's own units. Leaders sit in a
 * row above, set apart from the members, who stand on a circle; "the group" is
 * its centre. Node size follows talk time (by area), arrow width follows the
 * count, and each arrow stops at the rim of the node it points to.
 */
export const SOCIOGRAM = { width: 360, height: 410, leaderY: 44, centreX: 180, centreY: 258, radius: 112, minR: 8, maxR: 22, groupR: 16 } as const;

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
  leader: boolean;
  /** Where the name goes: under a leader, outside the circle for a member. */
  labelX: number;
  labelY: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  count: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  /** Where the count is written, beside the arrow's middle. */
  labelX: number;
  labelY: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function placeNodes(nodes: readonly MapNode[], withGroup: boolean): PlacedNode[] {
  const { width, leaderY, centreX, centreY, radius, minR, maxR, groupR } = SOCIOGRAM;
  const most = Math.max(1, ...nodes.map((n) => n.talkMs));
  const size = (n: MapNode) => minR + (maxR - minR) * Math.sqrt(n.talkMs / most);
  const leaders = nodes.filter((n) => n.role !== 'member');
  const members = nodes.filter((n) => n.role === 'member');
  const placed: PlacedNode[] = leaders.map((n, i) => {
    const x = ((i + 1) * width) / (leaders.length + 1);
    return { id: n.id, x: round(x), y: leaderY, r: round(size(n)), leader: true, labelX: round(x), labelY: leaderY + maxR + 14 };
  });
  members.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / members.length;
    const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
    const x = centreX + radius * dx;
    const y = centreY + radius * dy;
    const out = maxR + 12;
    placed.push({ id: n.id, x: round(x), y: round(y), r: round(size(n)), leader: false, labelX: round(x + out * dx), labelY: round(y + out * dy + 4) });
  });
  if (withGroup) placed.push({ id: MAP_GROUP, x: centreX, y: centreY, r: groupR, leader: false, labelX: centreX, labelY: centreY + groupR + 14 });
  return placed;
}

export function placeEdges(edges: readonly MapEdge[], nodes: readonly PlacedNode[]): PlacedEdge[] {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const most = Math.max(1, ...edges.map((e) => e.count));
  const pairs = new Set(edges.map((e) => `${e.from}>${e.to}`));
  return edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) return [];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
    // Both directions drawn: each arrow moves aside to its own left, so neither hides the other.
    const shift = pairs.has(`${e.to}>${e.from}`) ? 5 : 0;
    const [nx, ny] = [uy, -ux];
    const x1 = a.x + ux * (a.r + 2) + nx * shift;
    const y1 = a.y + uy * (a.r + 2) + ny * shift;
    const x2 = b.x - ux * (b.r + 4) + nx * shift;
    const y2 = b.y - uy * (b.r + 4) + ny * shift;
    // The count sits on the arrow's own side, clear of the line.
    const side = shift + 9;
    return [
      {
        from: e.from,
        to: e.to,
        count: e.count,
        x1: round(x1),
        y1: round(y1),
        x2: round(x2),
        y2: round(y2),
        width: round(1.5 + (4.5 * e.count) / most),
        labelX: round((x1 + x2) / 2 + nx * side),
        labelY: round((y1 + y2) / 2 + ny * side + 4),
      },
    ];
  });
}
