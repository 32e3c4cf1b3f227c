import type { MapEdge, MapNode } from '../../../../shared/map/figures';
import { MAP_GROUP } from '../../../../shared/map/state';

/**
 * Where the sociogram draws everything, in the SVG's own units. Leaders sit in a
 * row above, set apart from the members, who stand on a circle; "the group" is
 * its centre. Node size follows talk time (by area), arrow width follows the
 * count, and each arrow, a gentle curve, stops at the rim of the node it points to.
 */
export const SOCIOGRAM = { width: 360, height: 410, leaderY: 44, centreX: 180, centreY: 258, radius: 112, minR: 8, maxR: 22, groupR: 26 } as const;

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
  /** SVG path data: a quadratic curve from rim to rim. */
  path: string;
  width: number;
  /** Where the count is written: the curve's middle. */
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
    // Half a step off the top, so no member sits right under the leaders or in line with the group and another member.
    const step = (2 * Math.PI) / members.length;
    const angle = -Math.PI / 2 + step / 2 + step * i;
    const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
    const x = centreX + radius * dx;
    const y = centreY + radius * dy;
    const out = maxR + 12;
    placed.push({ id: n.id, x: round(x), y: round(y), r: round(size(n)), leader: false, labelX: round(x + out * dx), labelY: round(y + out * dy + 4) });
  });
  // The group's name is written inside its circle, where no arrow passes.
  if (withGroup) placed.push({ id: MAP_GROUP, x: centreX, y: centreY, r: groupR, leader: false, labelX: centreX, labelY: centreY + 4 });
  return placed;
}

export function placeEdges(edges: readonly MapEdge[], nodes: readonly PlacedNode[]): PlacedEdge[] {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const most = Math.max(1, ...edges.map((e) => e.count));
  return edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) return [];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // Every arrow bends to its own left: the two directions of a pair stay apart,
    // and an arrow between two members passes by "the group" in the middle, not through it.
    // A quadratic curve's apex is half its control point's offset: 35 units clears the group's circle.
    const bend = Math.min(70, len * 0.3);
    const cx = (a.x + b.x) / 2 + ((b.y - a.y) / len) * bend;
    const cy = (a.y + b.y) / 2 - ((b.x - a.x) / len) * bend;
    const [x1, y1] = rim(a, cx, cy, a.r + 2);
    const [x2, y2] = rim(b, cx, cy, b.r + 4);
    // The curve's middle, where the count is written.
    const mx = 0.25 * x1 + 0.5 * cx + 0.25 * x2;
    const my = 0.25 * y1 + 0.5 * cy + 0.25 * y2;
    return [
      {
        from: e.from,
        to: e.to,
        count: e.count,
        path: `M${round(x1)},${round(y1)} Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`,
        width: round(1.5 + (4.5 * e.count) / most),
        labelX: round(mx),
        labelY: round(my + 4),
      },
    ];
  });
}

/** The point on a node's rim (at `gap` from its centre) facing the control point. */
function rim(n: PlacedNode, cx: number, cy: number, gap: number): [number, number] {
  const d = Math.hypot(cx - n.x, cy - n.y) || 1;
  return [n.x + ((cx - n.x) / d) * gap, n.y + ((cy - n.y) / d) * gap];
}
