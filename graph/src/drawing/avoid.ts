/**
 * Edges bent around the actors they would run through. A curve between A and C that passes over
 * B's disc reads as two relationships (A–B, B–C); the scene moves its control point instead,
 * so every renderer draws the bend (the explorer hands Cytoscape the new control-point
 * distance, the SVG writes the same quadratic).
 *
 * All the curves of one pair shift together, by the smallest amount (in steps, either side)
 * that clears every other actor's body by AVOID.clearance; their fan keeps its order and
 * spacing. When no shift up to AVOID.maxShift clears them all, the one crossing fewest actors
 * wins (ties: the smaller shift). Loops, and straight (haystack) scenes, are left alone.
 */
import { BoxGrid, boxAround, segmentCrossesBox, segmentDistance } from './boxes.ts';
import { type EdgeCurve, type EndFrame, edgeCurve, pointOnCurve } from './edges.ts';

export const AVOID = {
  /** Clear space kept between a curve and an actor it passes. */
  clearance: 4,
  /** Shifts tried, in control-point distance: one step, two steps… either side. */
  step: 6,
  maxShift: 360,
  /** Segments a curve is cut into for the test. */
  samples: 24,
} as const;

export interface AvoidingEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly width: number;
  readonly directed: boolean;
}

const pairKey = (e: { source: string; target: string }) =>
  e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;

/** The actors' bodies in a grid, each grown by the clearance. */
class Bodies {
  private readonly grid = new BoxGrid<string>();

  constructor(private readonly frames: ReadonlyMap<string, EndFrame>) {
    for (const [id, f] of frames) {
      const r = f.outer / 2 + AVOID.clearance;
      this.grid.add(boxAround(f.x, f.y, r, r), id);
    }
  }

  /** The actors other than the curve's own ends that it runs through. */
  crossed(curve: EdgeCurve, ends: readonly string[]): Set<string> {
    const hit = new Set<string>();
    let a = curve.start;
    for (let i = 1; i <= AVOID.samples; i++) {
      const b = i === AVOID.samples ? curve.end : pointOnCurve(curve, i / AVOID.samples).at;
      const box = {
        x1: Math.min(a.x, b.x),
        y1: Math.min(a.y, b.y),
        x2: Math.max(a.x, b.x),
        y2: Math.max(a.y, b.y),
      };
      for (const { owner, box: body } of this.grid.hits(box)) {
        if (hit.has(owner) || ends.includes(owner)) continue;
        const f = this.frames.get(owner)!;
        const through =
          f.shape === 'ellipse'
            ? segmentDistance(f, a, b) < f.outer / 2 + AVOID.clearance
            : segmentCrossesBox(a, b, body);
        if (through) hit.add(owner);
      }
      a = b;
    }
    return hit;
  }
}

/**
 * Control-point distances with every pair's curves shifted off the actors they crossed.
 * `distances` are the fanned ones (parallelDistances), along each edge's own normal.
 */
export function bendAroundActors(
  edges: readonly AvoidingEdge[],
  frames: ReadonlyMap<string, EndFrame>,
  distances: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map(distances);
  const groups = new Map<string, AvoidingEdge[]>();
  for (const e of edges) {
    if (e.source === e.target || !frames.has(e.source) || !frames.has(e.target)) continue;
    const key = pairKey(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const bodies = new Bodies(frames);
  for (const group of groups.values()) {
    const first = group[0]!;
    const [low, high] =
      first.source < first.target ? [first.source, first.target] : [first.target, first.source];
    const s = frames.get(low)!;
    const t = frames.get(high)!;
    const length = Math.hypot(t.x - s.x, t.y - s.y);
    /** Actors crossed by the group's curves with every distance shifted by `shift` (along low → high's normal). */
    const crossings = (shift: number) => {
      let count = 0;
      for (const e of group) {
        const sign = e.source === low ? 1 : -1;
        const distance = (distances.get(e.id) ?? 0) + sign * shift;
        const curve = edgeCurve(frames.get(e.source)!, frames.get(e.target)!, distance, e.width, e.directed);
        count += bodies.crossed(curve, [e.source, e.target]).size;
      }
      return count;
    };
    let best = { shift: 0, count: crossings(0) };
    if (best.count === 0) continue;
    const limit = Math.min(AVOID.maxShift, Math.max(4 * AVOID.step, 1.2 * length));
    for (let k = 1; k * AVOID.step <= limit && best.count > 0; k++) {
      for (const shift of [k * AVOID.step, -k * AVOID.step]) {
        const count = crossings(shift);
        if (count < best.count) best = { shift, count };
        if (count === 0) break;
      }
    }
    if (best.shift === 0) continue;
    for (const e of group) {
      const sign = e.source === low ? 1 : -1;
      out.set(e.id, (distances.get(e.id) ?? 0) + sign * best.shift);
    }
  }
  return out;
}
