import { describe, expect, it } from 'vitest';
import { AVOID } from './avoid.ts';
import { EDGE, edgeCurve, pointOnCurve } from './edges.ts';
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
