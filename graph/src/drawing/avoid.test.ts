import { describe, expect, it } from 'vitest';
import { AVOID, type AvoidingEdge, bendAroundActors } from './avoid.ts';
import { segmentCrossesBox, segmentDistance } from './boxes.ts';
import { EDGE, type EndFrame, edgeCurve, pointOnCurve } from './edges.ts';
import { buildScene, type Scene, type SceneActor, type SceneRelationship } from './scene.ts';
import { EXPLORER_LAYOUT, SEED_ACTORS, SEED_RELATIONSHIPS, SERVER_LAYOUT } from './seed-graph.fixture.ts';

const actor = (id: string, kind: SceneActor['kind'] = 'state'): SceneActor => ({ id, name: id, kind });
const rel = (id: string, source: string, target: string, type = 'TRADE'): SceneRelationship => ({
  id,
  source,
  target,
  type,
  modality: 'fact',
});

/** How close the curve comes to the actor's centre, less its radius: negative runs through it. */
function clearanceFrom(scene: Scene, edgeId: string, actorId: string): number {
  const edge = scene.edges.find((e) => e.id === edgeId)!;
  const node = scene.nodes.find((n) => n.id === actorId)!;
  let best = Infinity;
  for (let i = 0; i <= 400; i++) {
    const p = pointOnCurve(edge.curve, i / 400).at;
    best = Math.min(best, Math.hypot(p.x - node.x, p.y - node.y));
  }
  return best - node.outer / 2;
}

/** Every curve of the scene against every actor it does not join. */
function crossings(scene: Scene): string[] {
  const out: string[] = [];
  for (const e of scene.edges) {
    for (const n of scene.nodes) {
      if (n.id === e.source.id || n.id === e.target.id) continue;
      if (clearanceFrom(scene, e.id, n.id) < 0) out.push(`${e.id} through ${n.id}`);
    }
  }
  return out;
}

describe('edges bent around the actors they would run through', () => {
  const line = { A: { x: 0, y: 0 }, B: { x: 150, y: 0 }, C: { x: 300, y: 0 } };

  it('bends A–C around B, which stands on the straight line between them', () => {
    const scene = buildScene({
      nodes: [actor('A'), actor('B'), actor('C')],
      edges: [rel('a-c', 'A', 'C'), rel('a-b', 'A', 'B')],
      positions: line,
    });
    const ac = scene.edges.find((e) => e.id === 'a-c')!;
    expect(ac.distance).not.toBe(0);
    expect(clearanceFrom(scene, 'a-c', 'B')).toBeGreaterThanOrEqual(AVOID.clearance - 0.5);
    // The smallest bend that clears: one step less would still come too close to B.
    expect(Math.abs(ac.distance) % AVOID.step).toBe(0);
    const frame = (id: string) => {
      const n = scene.nodes.find((x) => x.id === id)!;
      return { x: n.x, y: n.y, shape: n.shape, outer: n.outer };
    };
    const b = frame('B');
    const lessBent = edgeCurve(
      frame('A'),
      frame('C'),
      ac.distance - Math.sign(ac.distance) * AVOID.step,
      ac.width,
      false,
    );
    let nearest = Infinity;
    for (let i = 0; i <= 400; i++) {
      const p = pointOnCurve(lessBent, i / 400).at;
      nearest = Math.min(nearest, Math.hypot(p.x - b.x, p.y - b.y));
    }
    expect(nearest).toBeLessThan(b.outer / 2 + AVOID.clearance);
    // A–B ends at B: nothing to avoid.
    expect(scene.edges.find((e) => e.id === 'a-b')!.distance).toBe(0);
  });

  it('shifts the relationships of a pair together, keeping their fan', () => {
    const scene = buildScene({
      nodes: [actor('A'), actor('B'), actor('C')],
      edges: [rel('ac1', 'A', 'C'), rel('ac2', 'C', 'A', 'ALLIANCE'), rel('ac3', 'A', 'C', 'DIPLOMACY')],
      positions: line,
    });
    for (const id of ['ac1', 'ac2', 'ac3']) expect(clearanceFrom(scene, id, 'B')).toBeGreaterThan(0);
    // Along A → C's normal the three are still one step apart, in id order.
    const signed = ['ac1', 'ac2', 'ac3'].map((id) => {
      const e = scene.edges.find((x) => x.id === id)!;
      return e.source.id === 'A' ? e.distance : -e.distance;
    });
    expect(signed[1]! - signed[0]!).toBeCloseTo(EDGE.parallelStep, 9);
    expect(signed[2]! - signed[1]!).toBeCloseTo(EDGE.parallelStep, 9);
  });

  it('bends away from an actor a little off the line, round a square one too', () => {
    for (const kind of ['state', 'organization'] as const) {
      const scene = buildScene({
        nodes: [actor('A'), actor('B', kind), actor('C')],
        edges: [rel('a-c', 'A', 'C')],
        positions: { ...line, B: { x: 140, y: 6 } },
      });
      const ac = scene.edges[0]!;
      // B is below the line (+y); the curve goes over it (its apex at −y).
      expect(ac.curve.mid.y).toBeLessThan(0);
      expect(crossings(scene)).toEqual([]);
    }
  });

  it('leaves an edge that passes clear of everyone straight', () => {
    const scene = buildScene({
      nodes: [actor('A'), actor('B'), actor('C')],
      edges: [rel('a-c', 'A', 'C')],
      positions: { ...line, B: { x: 150, y: 80 } },
    });
    expect(scene.edges[0]!.distance).toBe(0);
  });

  it('does not bend a straight-line (huge graph) scene', () => {
    const scene = buildScene({
      nodes: [actor('A'), actor('B'), actor('C')],
      edges: [rel('a-c', 'A', 'C')],
      positions: line,
      straight: true,
    });
    expect(scene.edges[0]!.distance).toBe(0);
  });

  for (const [name, layout] of [
    ['the server layout', SERVER_LAYOUT],
    ['the explorer layout', EXPLORER_LAYOUT],
  ] as const) {
    for (const bundle of [false, true]) {
      it(`runs no curve of the seed graph through a third actor (${name}${bundle ? ', bundled' : ''})`, () => {
        const scene = buildScene({
          nodes: SEED_ACTORS,
          edges: SEED_RELATIONSHIPS,
          positions: layout,
          bundle,
        });
        expect(crossings(scene)).toEqual([]);
      });
    }
  }
});

describe('the search skips only bodies a curve cannot reach', () => {
  type Shape = EndFrame['shape'];
  const SHAPES: readonly Shape[] = [
    'ellipse',
    'round-rectangle',
    'diamond',
    'hexagon',
    'triangle',
    'barrel',
    'tag',
  ];

  /** mulberry32: repeatable scenes. */
  function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /**
   * The rule stated plainly: every shift on the lattice, every other actor's body, every segment,
   * with the same patience. Slow, and independent of the windows and caps that make it fast.
   */
  function reference(
    edges: readonly AvoidingEdge[],
    frames: ReadonlyMap<string, EndFrame>,
    distances: ReadonlyMap<string, number>,
    patience: number,
  ): Map<string, number> {
    const out = new Map(distances);
    const groups = new Map<string, AvoidingEdge[]>();
    for (const e of edges) {
      if (e.source === e.target) continue;
      const key = [e.source, e.target].sort().join('|');
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const crossedBy = (curve: ReturnType<typeof edgeCurve>, ends: readonly string[]) => {
      let n = 0;
      for (const [id, f] of frames) {
        if (ends.includes(id)) continue;
        const r = f.outer / 2 + AVOID.clearance;
        const box = { x1: f.x - r, y1: f.y - r, x2: f.x + r, y2: f.y + r };
        for (let i = 1; i <= AVOID.samples; i++) {
          const a = i === 1 ? curve.start : pointOnCurve(curve, (i - 1) / AVOID.samples).at;
          const b = i === AVOID.samples ? curve.end : pointOnCurve(curve, i / AVOID.samples).at;
          const touches =
            box.x1 < Math.max(a.x, b.x) &&
            Math.min(a.x, b.x) < box.x2 &&
            box.y1 < Math.max(a.y, b.y) &&
            Math.min(a.y, b.y) < box.y2;
          if (!touches) continue;
          const through = f.shape === 'ellipse' ? segmentDistance(f, a, b) < r : segmentCrossesBox(a, b, box);
          if (through) {
            n++;
            break;
          }
        }
      }
      return n;
    };
    for (const group of groups.values()) {
      const [low, high] = [group[0]!.source, group[0]!.target].sort() as [string, string];
      const s = frames.get(low)!;
      const t = frames.get(high)!;
      const count = (shift: number) =>
        group.reduce((sum, e) => {
          const d = (distances.get(e.id) ?? 0) + (e.source === low ? 1 : -1) * shift;
          const curve = edgeCurve(frames.get(e.source)!, frames.get(e.target)!, d, e.width, e.directed);
          return sum + crossedBy(curve, [low, high]);
        }, 0);
      let best = { shift: 0, count: count(0) };
      const limit = Math.min(
        AVOID.maxShift,
        Math.max(4 * AVOID.step, 1.2 * Math.hypot(t.x - s.x, t.y - s.y)),
      );
      let improvedAt = 0;
      for (let k = 1; k * AVOID.step <= limit && best.count > 0 && k - improvedAt <= patience; k++) {
        for (const shift of [k * AVOID.step, -k * AVOID.step]) {
          const c = count(shift);
          if (c < best.count) {
            best = { shift, count: c };
            improvedAt = k;
          }
          if (c === 0) break;
        }
      }
      if (best.shift === 0) continue;
      for (const e of group) {
        out.set(e.id, (distances.get(e.id) ?? 0) + (e.source === low ? 1 : -1) * best.shift);
      }
    }
    return out;
  }

  for (const seed of [1, 2, 3, 4]) {
    it(`bends every pair as the exhaustive search does (random dense scene ${seed})`, () => {
      const rand = random(seed);
      const frames = new Map<string, EndFrame>();
      for (let i = 0; i < 45; i++) {
        frames.set(`N${i}`, {
          x: rand() * 900,
          y: rand() * 600,
          shape: SHAPES[Math.floor(rand() * SHAPES.length)]!,
          outer: 24 + rand() * 36,
        });
      }
      const edges: AvoidingEdge[] = [];
      const distances = new Map<string, number>();
      for (let i = 0; i < 100; i++) {
        const a = `N${Math.floor(rand() * 45)}`;
        const b = `N${Math.floor(rand() * 45)}`;
        if (a === b) continue;
        const id = `e${i}`;
        edges.push({ id, source: a, target: b, width: 1 + rand() * 4, directed: rand() < 0.7 });
        // Fans of parallel relationships start off the straight line.
        distances.set(id, rand() < 0.3 ? (rand() - 0.5) * 80 : 0);
      }
      // Every step (a scene this small), and with the patience of a large scene.
      for (const patience of [Number.POSITIVE_INFINITY, AVOID.patience]) {
        const fast = bendAroundActors(edges, frames, distances, patience);
        const slow = reference(edges, frames, distances, patience);
        expect([...fast].filter(([id, d]) => d !== distances.get(id)).length).toBeGreaterThan(10);
        expect(Object.fromEntries(fast)).toEqual(Object.fromEntries(slow));
      }
    });
  }
});
