/**
 * Edges bent around the actors they would run through. A curve between A and C that passes over
 * B's disc reads as two relationships (A–B, B–C); the scene moves its control point instead,
 * so every renderer draws the bend (the explorer hands Cytoscape the new control-point
 * distance, the SVG writes the same quadratic).
 *
 * All the curves of one pair shift together, by the smallest amount (in steps, either side)
 * that clears every other actor's body by AVOID.clearance; their fan keeps its order and
 * spacing. When no shift up to AVOID.maxShift clears them all, the one crossing fewest actors
 * wins (ties: the smaller shift); in a large scene the search gives up AVOID.patience steps past
 * the last shift that improved. Loops, and straight (haystack) scenes, are left alone.
 *
 * Cost: the exact test (the curve cut into segments, each against a body) runs only for the
 * bodies a curve can reach at that shift (shiftWindow), and a shift's count stops as soon as
 * it cannot beat the best so far. avoid.test.ts holds the result to the plain exhaustive search.
 */
import { type Box, BoxGrid, boxAround, segmentCrossesBox, segmentDistance, union } from './boxes.ts';
import { arrowGap, type EdgeCurve, type EndFrame, edgeCurve, quadAt } from './edges.ts';

export const AVOID = {
  /** Clear space kept between a curve and an actor it passes. */
  clearance: 4,
  /** Shifts tried, in control-point distance: one step, two steps… either side. */
  step: 6,
  maxShift: 360,
  /**
   * In a scene of more than `exhaustiveUpTo` relationships, the steps either side tried past the
   * last one that crossed fewer actors. In a dense graph most pairs cannot be cleared at all; a
   * bend far beyond the best one so far only bows the curve across more of the picture, and the
   * search would cost most of a 500-actor scene. Smaller scenes try every step, so a pair that
   * clears only far out (the seed graph has such) is bent that far.
   */
  patience: 12,
  exhaustiveUpTo: 300,
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

interface Body {
  readonly id: string;
  readonly frame: EndFrame;
  readonly box: Box;
}

/** The actors' bodies in a grid, each grown by the clearance. */
class Bodies {
  private readonly grid = new BoxGrid<Body>();

  constructor(frames: ReadonlyMap<string, EndFrame>) {
    for (const [id, frame] of frames) {
      const r = frame.outer / 2 + AVOID.clearance;
      const box = boxAround(frame.x, frame.y, r, r);
      this.grid.add(box, { id, frame, box });
    }
  }

  /** The bodies touching `area` other than `ends`: the only ones a curve inside it can cross. */
  near(area: Box, ends: readonly string[]): Body[] {
    return this.grid
      .hits(area)
      .map((entry) => entry.owner)
      .filter((body) => !ends.includes(body.id));
  }
}

/** The box around a quadratic curve's control polygon, which holds the curve. */
function hullBox(curve: EdgeCurve): Box {
  const c = curve.controls[0]!;
  return {
    x1: Math.min(curve.start.x, c.x, curve.end.x),
    y1: Math.min(curve.start.y, c.y, curve.end.y),
    x2: Math.max(curve.start.x, c.x, curve.end.x),
    y2: Math.max(curve.start.y, c.y, curve.end.y),
  };
}

/** A body an edge's curve may cross, and the curve's segments (1-based, inclusive) that may reach it. */
interface Near {
  readonly body: Body;
  readonly first: number;
  readonly last: number;
}

/**
 * How many of `near` the curve runs through, cut into AVOID.samples segments; counting stops at
 * `cap` (the caller only asks "fewer than cap?"). A segment is tested against a body only when
 * its box overlaps the body's, as a grid query would find them.
 */
function countCrossed(curve: EdgeCurve, near: readonly Near[], cap: number): number {
  const { start: p0, end: p1 } = curve;
  const c = curve.controls[0]!;
  // The sample points, x then y, filled in as the bodies' segment ranges ask for them.
  const xs = new Float64Array(AVOID.samples + 1).fill(Number.NaN);
  const ys = new Float64Array(AVOID.samples + 1);
  let count = 0;
  for (const { body, first, last } of near) {
    const f = body.frame;
    const box = body.box;
    for (let i = first - 1; i <= last; i++) {
      if (!Number.isNaN(xs[i]!)) continue;
      const p = i === 0 ? p0 : i === AVOID.samples ? p1 : quadAt(p0, c, p1, i / AVOID.samples);
      xs[i] = p.x;
      ys[i] = p.y;
    }
    for (let i = first; i <= last; i++) {
      const ax = xs[i - 1]!;
      const ay = ys[i - 1]!;
      const bx = xs[i]!;
      const by = ys[i]!;
      // overlaps(body.box, segment's box), inline: this loop is the scene's hottest.
      if (!(box.x1 < Math.max(ax, bx) && Math.min(ax, bx) < box.x2)) continue;
      if (!(box.y1 < Math.max(ay, by) && Math.min(ay, by) < box.y2)) continue;
      const a = { x: ax, y: ay };
      const b = { x: bx, y: by };
      const through =
        f.shape === 'ellipse'
          ? segmentDistance(f, a, b) < f.outer / 2 + AVOID.clearance
          : segmentCrossesBox(a, b, box);
      if (through) {
        count++;
        break;
      }
    }
    if (count >= cap) break;
  }
  return count;
}

/**
 * The shifts (in control-point distance, along the group's low → high normal) at which an edge's
 * curve may come near a body: outside them it cannot cross it, so the exact test skips it there.
 *
 * In the edge's own frame (origin at the source's centre, u towards the target, v along the
 * normal edgeCurve bends along), the curve at parameter t is (tL, 2t(1-t)D) plus the ends' border
 * offsets, which stay within ρ: the control point sits on the perpendicular bisector, D away. The
 * sampled chords stay within a pixel of it. So the curve passes within R of the body's centre
 * (ou, ov) only for t in [(ou-R)/L, (ou+R)/L] and D·2t(1-t) within R of ov: one interval of D.
 */
function shiftWindow(
  e: AvoidingEdge,
  frames: ReadonlyMap<string, EndFrame>,
  base: number,
  sign: number,
  body: Body,
): { lo: number; hi: number; first: number; last: number } | null {
  const s = frames.get(e.source)!;
  const t = frames.get(e.target)!;
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const L = Math.hypot(dx, dy) || 1e-6;
  const ou = ((body.frame.x - s.x) * dx + (body.frame.y - s.y) * dy) / L;
  const ov = ((body.frame.x - s.x) * -dy + (body.frame.y - s.y) * dx) / L;
  const reach = (body.box.x2 - body.box.x1) / 2;
  const bodyReach = body.frame.shape === 'ellipse' ? reach : Math.SQRT2 * reach;
  // Border offsets of the two ends: the start within ρs of the source's centre, the (pulled
  // back) end within ρe of the target's; at parameter t they move the curve by at most
  // (1-t)²ρs + t²ρe. First over the whole curve, then over the t range that leaves.
  const rhoS = Math.SQRT1_2 * s.outer;
  const rhoE = Math.SQRT1_2 * t.outer + arrowGap(e.width);
  let t1 = 0;
  let t2 = 1;
  let R = bodyReach + Math.max(rhoS, rhoE) + 1;
  for (let pass = 0; pass < 2; pass++) {
    t1 = Math.max(t1, (ou - R) / L);
    t2 = Math.min(t2, (ou + R) / L);
    if (t1 > t2) return null;
    R = bodyReach + (1 - t1) * (1 - t1) * rhoS + t2 * t2 * rhoE + 1;
  }
  // The segments whose parameter range meets [t1, t2], one more either side.
  const first = Math.max(1, Math.floor(t1 * AVOID.samples));
  const last = Math.min(AVOID.samples, Math.ceil(t2 * AVOID.samples) + 1);
  const k = (x: number) => 2 * x * (1 - x);
  const kMax = t1 <= 0.5 && t2 >= 0.5 ? 0.5 : Math.max(k(t1), k(t2));
  const kMin = Math.min(k(t1), k(t2));
  if (kMin <= 1e-9) {
    // Near an end the bend hardly moves the curve: near the body at every shift, or at none.
    if (Math.abs(ov) <= R) {
      return { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, first, last };
    }
    if (kMax <= 1e-9) return null;
  }
  const ends = [(ov - R) / kMax, (ov + R) / kMax];
  if (kMin > 1e-9) ends.push((ov - R) / kMin, (ov + R) / kMin);
  else ends.push(ov > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
  // D = base + sign·shift, so shift = (D - base)·sign.
  const shifts = ends.map((d) => (d - base) * sign);
  return { lo: Math.min(...shifts), hi: Math.max(...shifts), first, last };
}

/**
 * Control-point distances with every pair's curves shifted off the actors they crossed.
 * `distances` are the fanned ones (parallelDistances), along each edge's own normal.
 */
export function bendAroundActors(
  edges: readonly AvoidingEdge[],
  frames: ReadonlyMap<string, EndFrame>,
  distances: ReadonlyMap<string, number>,
  patience: number = edges.length > AVOID.exhaustiveUpTo ? AVOID.patience : Number.POSITIVE_INFINITY,
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
    const limit = Math.min(AVOID.maxShift, Math.max(4 * AVOID.step, 1.2 * length));
    const curveAt = (e: AvoidingEdge, shift: number) => {
      const sign = e.source === low ? 1 : -1;
      const distance = (distances.get(e.id) ?? 0) + sign * shift;
      return edgeCurve(frames.get(e.source)!, frames.get(e.target)!, distance, e.width, e.directed);
    };
    // Every curve the search can try lies in this box: the ends' bodies and the control points'
    // track from -limit to +limit. Bodies outside it can never be crossed.
    const sweep = union(
      group.flatMap((e) => [
        hullBox(curveAt(e, -limit)),
        hullBox(curveAt(e, limit)),
        boxAround(s.x, s.y, s.outer / 2, s.outer / 2),
        boxAround(t.x, t.y, t.outer / 2, t.outer / 2),
      ]),
    )!;
    const obstacles = bodies.near(sweep, [low, high]);
    if (obstacles.length === 0) continue;
    const windows = group.map((e) => {
      const sign = e.source === low ? 1 : -1;
      const base = distances.get(e.id) ?? 0;
      return obstacles.flatMap((body) => {
        const w = shiftWindow(e, frames, base, sign, body);
        return w ? [{ body, ...w }] : [];
      });
    });
    /** Actors crossed by the group's curves shifted by `shift` (along low → high's normal), up to `cap`. */
    const crossings = (shift: number, cap = Number.POSITIVE_INFINITY) => {
      let count = 0;
      for (let i = 0; i < group.length && count < cap; i++) {
        const near: Near[] = [];
        for (const w of windows[i]!) if (w.lo <= shift && shift <= w.hi) near.push(w);
        if (near.length > 0) count += countCrossed(curveAt(group[i]!, shift), near, cap - count);
      }
      return count;
    };
    let best = { shift: 0, count: crossings(0) };
    if (best.count === 0) continue;
    let improvedAt = 0;
    for (let k = 1; k * AVOID.step <= limit && best.count > 0 && k - improvedAt <= patience; k++) {
      for (const shift of [k * AVOID.step, -k * AVOID.step]) {
        const count = crossings(shift, best.count);
        if (count < best.count) {
          best = { shift, count };
          improvedAt = k;
        }
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
