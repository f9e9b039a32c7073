/**
 * Overlap removal after a layout: no actor's body or name box overlaps another actor's, and no
 * actor sits under a line it is not an end of (where the scene could not bend the line). Force
 * layouts see each actor as one box and still leave names on neighbours; the scene may also put
 * a name beside its actor rather than below. So this measures what the scene draws (sizes by
 * degree, the sides names are put on) and pushes overlapping actors apart, each pair along the
 * axis of least overlap, half each, until nothing overlaps; then draws the scene again (sides
 * may change when actors move) and repeats, a few rounds at most; an actor still under a line
 * is pushed off it, away from the line's nearest point. Actors that overlap nothing
 * do not move, so a second pass over a clean picture changes nothing. Deterministic (ids in
 * order), so a seeded layout stays repeatable.
 */
import type { Point } from '../domain/schemas.ts';
import { AVOID } from './avoid.ts';
import { type Box, BoxGrid, overlaps } from './boxes.ts';
import { pointOnCurve } from './edges.ts';
import { buildScene, type Scene, type SceneActor, type SceneRelationship } from './scene.ts';

export const SEPARATION = {
  /** Clear space kept between one actor's body or name and another's. */
  margin: 4,
  /** Scenes drawn at most (label sides measured again after each push). */
  rounds: 8,
  /** Sweeps over all pairs per round. */
  sweeps: 200,
} as const;

export interface Footprint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** What the actor covers, absolute: its body and its name box. */
  readonly boxes: readonly Box[];
}

/** An actor's body (the square around it) and its name box, as a scene draws them. */
export function footprints(scene: Pick<Scene, 'nodes'>): Footprint[] {
  return scene.nodes.map((n) => {
    const r = n.outer / 2;
    return {
      id: n.id,
      x: n.x,
      y: n.y,
      boxes: [{ x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r }, n.label.box],
    };
  });
}

/** Pairs of actors whose bodies or names overlap (with `margin`), each pair once, ids in order. */
export function overlappingPairs(prints: readonly Footprint[], margin = 0): Array<[string, string]> {
  const grid = new BoxGrid<number>();
  prints.forEach((p, i) => {
    for (const b of p.boxes) grid.add(b, i);
  });
  const pairs = new Set<string>();
  const out: Array<[string, string]> = [];
  prints.forEach((p, i) => {
    for (const b of p.boxes) {
      for (const { owner, box } of grid.hits(b, margin)) {
        if (owner === i || !overlaps(b, box, margin)) continue;
        const [a, c] = [p.id, prints[owner]!.id].sort() as [string, string];
        const key = `${a}\u0000${c}`;
        if (!pairs.has(key)) {
          pairs.add(key);
          out.push([a, c]);
        }
      }
    }
  });
  return out.sort((x, y) => (x[0] + x[1] < y[0] + y[1] ? -1 : 1));
}

interface Moving {
  readonly id: string;
  x: number;
  y: number;
  /** Boxes relative to (x, y). */
  readonly local: readonly Box[];
}

const at = (m: Moving, b: Box): Box => ({ x1: m.x + b.x1, y1: m.y + b.y1, x2: m.x + b.x2, y2: m.y + b.y2 });

/**
 * New centres for the footprints, pushed apart until no two overlap (within `margin`), or after
 * `sweeps` passes. Footprints that overlap nothing keep their place.
 */
export function pushApart(
  prints: readonly Footprint[],
  margin: number = SEPARATION.margin,
  sweeps: number = SEPARATION.sweeps,
): Map<string, Point> {
  const items: Moving[] = [...prints]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => ({
      id: p.id,
      x: p.x,
      y: p.y,
      local: p.boxes.map((b) => ({ x1: b.x1 - p.x, y1: b.y1 - p.y, x2: b.x2 - p.x, y2: b.y2 - p.y })),
    }));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const grid = new BoxGrid<number>();
    items.forEach((m, i) => {
      for (const b of m.local) grid.add(at(m, b), i);
    });
    let moved = false;
    items.forEach((a, i) => {
      for (const la of a.local) {
        for (const { owner: j } of grid.hits(at(a, la), margin)) {
          if (j <= i) continue;
          const b = items[j]!;
          for (const lb of b.local) {
            const ba = at(a, la);
            const bb = at(b, lb);
            const ox = Math.min(ba.x2, bb.x2) - Math.max(ba.x1, bb.x1) + margin;
            const oy = Math.min(ba.y2, bb.y2) - Math.max(ba.y1, bb.y1) + margin;
            if (ox <= 1e-9 || oy <= 1e-9) continue;
            // Along the axis that needs the smaller move, away from each other (b the later id on a tie).
            const alongX = ox < oy;
            const d = alongX
              ? b.x - a.x || (bb.x1 + bb.x2 - ba.x1 - ba.x2) / 2
              : b.y - a.y || (bb.y1 + bb.y2 - ba.y1 - ba.y2) / 2;
            const push = ((alongX ? ox : oy) / 2 + 1e-6) * (d < 0 ? -1 : 1);
            if (alongX) {
              a.x -= push;
              b.x += push;
            } else {
              a.y -= push;
              b.y += push;
            }
            moved = true;
          }
        }
      }
    });
    if (!moved) break;
  }
  return new Map(items.map((m) => [m.id, { x: m.x, y: m.y }]));
}

export interface SeparateInput<A extends SceneActor, R extends SceneRelationship> {
  readonly nodes: readonly A[];
  readonly edges: readonly R[];
  readonly positions: Readonly<Record<string, Point>>;
  /** The scenes to keep clean: unbundled, bundled, or both (their name sides may differ). */
  readonly bundle?: boolean | 'both';
}

/** Distance from p to the curve (as segments), sampled. */
function distanceToCurve(curve: Scene['edges'][number]['curve'], p: Point, samples = 48): number {
  let best = Infinity;
  let a = pointOnCurve(curve, 0).at;
  for (let i = 1; i <= samples; i++) {
    const b = pointOnCurve(curve, i / samples).at;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 < 1e-12 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    best = Math.min(best, Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
    a = b;
  }
  return best;
}

/**
 * Where an actor sits under a line it is not an end of (one the scene could not bend around),
 * the push that takes it off: out of the whole fan of that pair, across the pair's straight
 * line, on the side the actor is already on (a push off each curve alone would cancel out
 * between two of them), far enough to clear the outermost curve by AVOID.clearance + margin.
 */
export function pushesOffLines(scene: Pick<Scene, 'nodes' | 'edges'>, margin: number): Map<string, Point> {
  const pushes = new Map<string, Point>();
  const groups = new Map<string, Scene['edges'][number][]>();
  for (const e of scene.edges) {
    if (e.source.id === e.target.id) continue;
    const key =
      e.source.id < e.target.id ? `${e.source.id}\u0000${e.target.id}` : `${e.target.id}\u0000${e.source.id}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const at = new Map(scene.nodes.map((n) => [n.id, n]));
  for (const group of groups.values()) {
    const first = group[0]!;
    const [lowId, highId] =
      first.source.id < first.target.id
        ? [first.source.id, first.target.id]
        : [first.target.id, first.source.id];
    const a = at.get(lowId);
    const c = at.get(highId);
    if (!a || !c) continue;
    const dx = c.x - a.x;
    const dy = c.y - a.y;
    const len2 = dx * dx + dy * dy;
    if (len2 < 1e-9) continue;
    const len = Math.sqrt(len2);
    const normal = { x: -dy / len, y: dx / len };
    for (const n of scene.nodes) {
      if (n.id === lowId || n.id === highId) continue;
      // Only a line over the actor's body counts (the scene's bend keeps AVOID.clearance where
      // it can).
      if (!group.some((e) => distanceToCurve(e.curve, n) < n.outer / 2 + 1)) continue;
      // Along the pair's straight line (s, 0 at the low end, 1 at the other) and across it (o).
      const frame = (p: Point) => ({
        s: ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2,
        o: (p.x - a.x) * normal.x + (p.y - a.y) * normal.y,
      });
      const node = frame(n);
      // Each curve's offset where it passes the actor's s (curves that do not reach it left out).
      const offsets: number[] = [];
      for (const e of group) {
        let prev = frame(pointOnCurve(e.curve, 0).at);
        for (let i = 1; i <= 48; i++) {
          const next = frame(pointOnCurve(e.curve, i / 48).at);
          if ((prev.s - node.s) * (next.s - node.s) <= 0 && Math.abs(next.s - prev.s) > 1e-12) {
            offsets.push(prev.o + ((node.s - prev.s) / (next.s - prev.s)) * (next.o - prev.o));
            break;
          }
          prev = next;
        }
      }
      if (offsets.length === 0) continue;
      const own = node.o;
      const mean = offsets.reduce((sum, o) => sum + o, 0) / offsets.length;
      const reach = n.outer / 2 + AVOID.clearance + margin;
      const amount =
        own >= mean
          ? Math.max(0, Math.max(...offsets) + reach - own)
          : Math.min(0, Math.min(...offsets) - reach - own);
      if (amount === 0) continue;
      const prev = pushes.get(n.id) ?? { x: 0, y: 0 };
      pushes.set(n.id, { x: prev.x + normal.x * amount, y: prev.y + normal.y * amount });
    }
  }
  return pushes;
}

/**
 * Positions with no actor's body or name over another actor's, and no actor under a line it
 * does not end, in the scene(s) drawn from them; the positions given when nothing overlaps.
 * Actors without a position are left out.
 */
export function separateActors<A extends SceneActor, R extends SceneRelationship>(
  input: SeparateInput<A, R>,
  margin: number = SEPARATION.margin,
): Record<string, Point> {
  const nodes = input.nodes.filter((n) => input.positions[n.id]);
  let positions: Record<string, Point> = Object.fromEntries(nodes.map((n) => [n.id, input.positions[n.id]!]));
  const variants = input.bundle === 'both' ? [false, true] : [input.bundle === true];
  for (const bundle of variants) {
    for (let round = 0; round < SEPARATION.rounds; round++) {
      const scene = buildScene({ nodes, edges: input.edges, positions, bundle });
      const prints = footprints(scene);
      const overlapping = overlappingPairs(prints, margin / 2).length > 0;
      const pushes = pushesOffLines(scene, margin / 2);
      if (!overlapping && pushes.size === 0) break;
      const next = overlapping ? pushApart(prints, margin) : new Map<string, Point>();
      positions = Object.fromEntries(
        nodes.map((n) => {
          const p = next.get(n.id) ?? positions[n.id]!;
          const push = pushes.get(n.id);
          return [n.id, push ? { x: p.x + push.x, y: p.y + push.y } : p];
        }),
      );
    }
  }
  return positions;
}
