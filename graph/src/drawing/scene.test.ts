import { describe, expect, it } from 'vitest';
import { NEGATED_STYLE } from '../domain/style-tokens.ts';
import { type Box, overlaps } from './boxes.ts';
import { EDGE, pointOnCurve } from './edges.ts';
import { nodeSize } from './nodes.ts';
import { buildScene, FADED_OPACITY, type Scene, type SceneInput, Z } from './scene.ts';
import { EXPLORER_LAYOUT, SEED_ACTORS, SEED_RELATIONSHIPS, SERVER_LAYOUT } from './seed-graph.fixture.ts';

const seed = (positions: SceneInput['positions'], extra: Partial<SceneInput> = {}): Scene =>
  buildScene({ nodes: SEED_ACTORS, edges: SEED_RELATIONSHIPS, positions, ...extra });

/** The two-hop path whose verbs came out under "Russia" and over "South Korea" before. */
const DEPLOYMENT_PATH = ['KOR', 'usa-deployment-kor', 'USA', 'rus-opposition-usa', 'RUS'];

function bodyBox(n: Scene['nodes'][number]): Box {
  return { x1: n.x - n.outer / 2, y1: n.y - n.outer / 2, x2: n.x + n.outer / 2, y2: n.y + n.outer / 2 };
}

function distanceToCurve(e: Scene['edges'][number], p: { x: number; y: number }): number {
  let best = Infinity;
  for (let i = 0; i <= 200; i++) {
    const q = pointOnCurve(e.curve, i / 200).at;
    best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return best;
}

/** No verb shown covers an actor, an actor's name or another verb, and each is by its own line. */
function expectVerbsClear(scene: Scene): void {
  const verbs = scene.edges.filter((e) => e.label.shown);
  for (const e of verbs) {
    for (const n of scene.nodes) {
      expect(overlaps(e.label.box, n.label.box), `${e.id} over the name of ${n.id}`).toBe(false);
      expect(overlaps(e.label.box, bodyBox(n)) && n.shape !== 'ellipse', `${e.id} over ${n.id}`).toBe(false);
    }
    for (const other of verbs) {
      if (other !== e) expect(overlaps(e.label.box, other.label.box), `${e.id} over ${other.id}`).toBe(false);
    }
    const own = distanceToCurve(e, e.label.at);
    for (const other of scene.edges) {
      const samePair =
        (other.rel.source === e.rel.source && other.rel.target === e.rel.target) ||
        (other.rel.source === e.rel.target && other.rel.target === e.rel.source);
      if (samePair || other.faded) continue;
      expect(distanceToCurve(other, e.label.at), `${e.id} nearer to ${other.id}`).toBeGreaterThanOrEqual(
        own - 0.5,
      );
    }
  }
}

describe('buildScene on the seed graph', () => {
  for (const [name, layout] of [
    ['the server layout', SERVER_LAYOUT],
    ['the explorer layout', EXPLORER_LAYOUT],
  ] as const) {
    it(`draws both verbs of the deployment path clear of every name, by their own edges (${name})`, () => {
      const scene = seed(layout, { path: DEPLOYMENT_PATH, keep: DEPLOYMENT_PATH });
      const shown = scene.edges.filter((e) => e.label.shown).map((e) => e.label.text);
      expect(shown.sort()).toEqual(['deploys forces for', 'opposes']);
      expectVerbsClear(scene);
    });

    it(`shows the verb of any one relationship as a path, or leaves it out, never over a name (${name})`, () => {
      let dropped = 0;
      for (const rel of SEED_RELATIONSHIPS) {
        const path = [rel.source, rel.id, rel.target];
        const scene = seed(layout, { path, keep: path });
        expectVerbsClear(scene);
        if (!scene.edges.find((e) => e.id === rel.id)!.label.shown) dropped++;
      }
      // On the seed graph every verb finds a place; a drop is allowed, an overlap never.
      expect(dropped).toBe(0);
    });
  }

  it('sizes actors by their degree among the relationships drawn', () => {
    const scene = seed(SERVER_LAYOUT);
    const kor = scene.nodes.find((n) => n.id === 'KOR')!;
    const degree = SEED_RELATIONSHIPS.filter((r) => r.source === 'KOR' || r.target === 'KOR').length;
    expect(kor.size).toBe(nodeSize(degree));
    expect(kor.outer).toBe(kor.size + 2);
  });

  it('fans the relationships between South Korea and the United States out symmetrically', () => {
    const scene = seed(SERVER_LAYOUT);
    const pair = scene.edges.filter((e) => [e.rel.source, e.rel.target].sort().join() === 'KOR,USA');
    expect(pair.length).toBeGreaterThan(3);
    // Signed along the KOR → USA normal, the control distances are −k … +k, one step apart.
    const signed = pair.map((e) => (e.rel.source === 'KOR' ? e.distance : -e.distance)).sort((a, b) => a - b);
    signed.forEach((d, i) => {
      expect(d).toBeCloseTo((i - (pair.length - 1) / 2) * EDGE.parallelStep, 9);
    });
  });

  it('paints faded elements first, the path last, and actors over relationships in each', () => {
    const scene = seed(SERVER_LAYOUT, { path: DEPLOYMENT_PATH, keep: DEPLOYMENT_PATH });
    const zs = scene.edges.map((e) => e.z);
    expect([...zs].sort((a, b) => a - b)).toEqual(zs);
    expect(scene.edges.at(-1)!.z).toBe(Z.path);
    expect(scene.edges[0]!.opacity).toBe(FADED_OPACITY);
    expect(
      scene.nodes
        .filter((n) => n.emphasis === 'path')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['KOR', 'RUS', 'USA']);
    expect(scene.nodes.at(-1)!.z).toBe(Z.path);
  });

  it('is the same picture whatever the order of its input', () => {
    const forward = seed(SERVER_LAYOUT, { path: DEPLOYMENT_PATH });
    const backward = buildScene({
      nodes: [...SEED_ACTORS].reverse(),
      edges: [...SEED_RELATIONSHIPS].reverse(),
      positions: SERVER_LAYOUT,
      path: DEPLOYMENT_PATH,
    });
    expect(backward).toEqual(forward);
  });

  it('holds every actor, name, curve and verb shown within its bounds', () => {
    const scene = seed(EXPLORER_LAYOUT, { path: DEPLOYMENT_PATH });
    const inside = (b: Box) =>
      b.x1 >= scene.bounds.x1 - 1e-9 &&
      b.y1 >= scene.bounds.y1 - 1e-9 &&
      b.x2 <= scene.bounds.x2 + 1e-9 &&
      b.y2 <= scene.bounds.y2 + 1e-9;
    for (const n of scene.nodes) {
      expect(inside(n.label.box)).toBe(true);
      expect(inside(bodyBox(n))).toBe(true);
    }
    for (const e of scene.edges) {
      expect(inside({ x1: e.curve.mid.x, y1: e.curve.mid.y, x2: e.curve.mid.x, y2: e.curve.mid.y })).toBe(
        true,
      );
      if (e.label.shown) expect(inside(e.label.box)).toBe(true);
    }
  });

  it('draws the selected relationship’s verb first, and the selection at full strength', () => {
    const scene = seed(EXPLORER_LAYOUT, { selected: 'kor-alliance-usa', keep: ['KOR', 'USA'] });
    const selected = scene.edges.find((e) => e.id === 'kor-alliance-usa')!;
    expect(selected.emphasis).toBe('selected');
    expect(selected.faded).toBe(false);
    expect(selected.label.shown).toBe(true);
    expect(selected.width).toBe(EDGE.pathWidth);
  });
});

describe('a negative finding in the scene', () => {
  const positions = { CHN: { x: 0, y: 0 }, RUS: { x: 200, y: 0 } };
  const nodes = SEED_ACTORS.filter((a) => a.id === 'CHN' || a.id === 'RUS');
  const finding = {
    id: 'chn-support-rus',
    source: 'CHN',
    target: 'RUS',
    type: 'SUPPORT',
    modality: 'fact' as const,
    negated: true,
  };
  const tie = { id: 'chn-trade-rus', source: 'CHN', target: 'RUS', type: 'TRADE', modality: 'fact' as const };
  const support = { ...finding, id: 'chn-support-rus-2', negated: undefined };

  it('is drawn grey and dash-dot with "not" in its verb, and makes no actor bigger', () => {
    const scene = buildScene({ nodes, edges: [finding, tie], positions, path: ['chn-support-rus'] });
    const edge = scene.edges.find((e) => e.id === 'chn-support-rus')!;
    expect([edge.color, edge.dash, edge.label.text]).toEqual([
      NEGATED_STYLE.color,
      [12, 4, 2, 4],
      'does not support',
    ]);
    expect(scene.nodes.find((n) => n.id === 'CHN')?.size).toBe(nodeSize(1));
    const modal = buildScene({
      nodes,
      edges: [finding],
      positions,
      path: ['chn-support-rus'],
      modalVerbs: true,
    });
    expect(modal.edges[0]?.label.text).toBe('does not support');
  });

  it('is never merged into a bundle with the ties of its pair', () => {
    const other = { ...support, id: 'chn-support-rus-3' };
    const scene = buildScene({ nodes, edges: [finding, support, other], positions, bundle: true });
    expect(scene.edges.map((e) => [e.id, e.members.length])).toEqual(
      expect.arrayContaining([
        ['chn-support-rus', 1],
        ['bundle:CHN>RUS:cooperation', 2],
      ]),
    );
    expect(scene.edges).toHaveLength(2);
  });
});
