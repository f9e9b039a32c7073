import { describe, expect, it } from 'vitest';
import { getRelationshipType } from '../domain/vocabulary.ts';
import { BUNDLE_MIXED_COLOR, bundleClassOf, bundleRelationships } from './bundles.ts';
import { EDGE, pointOnCurve } from './edges.ts';
import { buildScene, type SceneRelationship } from './scene.ts';
import { EXPLORER_LAYOUT, SEED_ACTORS, SEED_RELATIONSHIPS, SERVER_LAYOUT } from './seed-graph.fixture.ts';

const rel = (
  id: string,
  source: string,
  target: string,
  type: string,
  modality: SceneRelationship['modality'] = 'fact',
): SceneRelationship => ({ id, source, target, type, modality });

const seedBundled = (extra: Partial<Parameters<typeof buildScene>[0]> = {}) =>
  buildScene({
    nodes: SEED_ACTORS,
    edges: SEED_RELATIONSHIPS,
    positions: SERVER_LAYOUT,
    bundle: true,
    ...extra,
  });

describe('bundleRelationships: one edge per pair, direction and class', () => {
  it('merges the undirected cooperation of South Korea and the United States, and keeps the United States’ directed ones apart', () => {
    const { bundles } = bundleRelationships(SEED_RELATIONSHIPS);
    const undirected = bundles.find((b) => b.id === 'bundle:KOR~USA:cooperation')!;
    expect(undirected.members.map((m) => m.id)).toEqual([
      'kor-alliance-usa',
      'kor-diplomacy-usa',
      'kor-partnership-usa',
      'kor-security-cooperation-usa',
      'kor-security-cooperation-usa-institutional',
    ]);
    expect([undirected.source, undirected.target, undirected.directed]).toEqual(['KOR', 'USA', false]);
    const directed = bundles.find((b) => b.id === 'bundle:USA>KOR:cooperation')!;
    expect(directed.members.map((m) => m.id)).toEqual(['usa-deployment-kor', 'usa-support-kor']);
    expect([directed.source, directed.target, directed.directed]).toEqual(['USA', 'KOR', true]);
  });

  it('draws every relationship exactly once, in a bundle or on its own', () => {
    const { bundles, single } = bundleRelationships(SEED_RELATIONSHIPS);
    const drawn = [...bundles.flatMap((b) => b.members), ...single].map((r) => r.id).sort();
    expect(drawn).toEqual(SEED_RELATIONSHIPS.map((r) => r.id).sort());
    expect(bundles.every((b) => b.members.length >= 2)).toBe(true);
  });

  it('puts undirected relationships together whichever way they were recorded', () => {
    const { bundles } = bundleRelationships([rel('x1', 'A', 'B', 'TRADE'), rel('x2', 'B', 'A', 'ALLIANCE')]);
    expect(bundles.map((b) => [b.id, b.source, b.target, b.members.length])).toEqual([
      ['bundle:A~B:cooperation', 'A', 'B', 2],
    ]);
  });

  it('splits directed relationships by their direction', () => {
    const { bundles, single } = bundleRelationships([
      rel('p1', 'A', 'B', 'PROVOCATION'),
      rel('p2', 'A', 'B', 'PROVOCATION'),
      rel('p3', 'B', 'A', 'PROVOCATION'),
    ]);
    expect(bundles.map((b) => b.id)).toEqual(['bundle:A>B:conflict']);
    expect(single.map((r) => r.id)).toEqual(['p3']);
  });

  it('splits cooperation, conflict and structural ties by CAMEO quad class', () => {
    expect([
      bundleClassOf('SUPPORT'),
      bundleClassOf('TRADE'),
      bundleClassOf('CRITICISM'),
      bundleClassOf('WAR'),
    ]).toEqual(['cooperation', 'cooperation', 'conflict', 'conflict']);
    expect(bundleClassOf('LEADERSHIP')).toBe('structural');
    const { bundles } = bundleRelationships([
      rel('s1', 'A', 'B', 'SUPPORT'),
      rel('s2', 'A', 'B', 'SUPPORT'),
      rel('o1', 'A', 'B', 'OPPOSITION'),
      rel('o2', 'A', 'B', 'CRITICISM'),
    ]);
    expect(bundles.map((b) => [b.id, b.class])).toEqual([
      ['bundle:A>B:conflict', 'conflict'],
      ['bundle:A>B:cooperation', 'cooperation'],
    ]);
  });

  it('keeps the colour of the type when all members share it, and a neutral one when they are mixed', () => {
    const { bundles } = bundleRelationships([
      rel('p1', 'A', 'B', 'PROVOCATION'),
      rel('p2', 'A', 'B', 'PROVOCATION'),
      rel('c1', 'A', 'C', 'CRITICISM'),
      rel('c2', 'A', 'C', 'OPPOSITION'),
    ]);
    const same = bundles.find((b) => b.target === 'B')!;
    const mixed = bundles.find((b) => b.target === 'C')!;
    expect([same.type, same.color]).toEqual(['PROVOCATION', getRelationshipType('PROVOCATION').color]);
    expect([mixed.type, mixed.color]).toEqual([null, BUNDLE_MIXED_COLOR]);
    const typeColours = new Set(
      ['PROVOCATION', 'CRITICISM', 'OPPOSITION', 'NEGLECT', 'ALLIANCE'].map(
        (t) => getRelationshipType(t).color,
      ),
    );
    expect(typeColours.has(BUNDLE_MIXED_COLOR)).toBe(false);
  });

  it('dashes a bundle as its firmest member: a fact solid, else an assessment', () => {
    const { bundles } = bundleRelationships([
      rel('a1', 'A', 'B', 'TRADE', 'recommendation'),
      rel('a2', 'A', 'B', 'TRADE', 'fact'),
      rel('b1', 'A', 'C', 'TRADE', 'recommendation'),
      rel('b2', 'A', 'C', 'TRADE', 'assessment'),
    ]);
    expect(bundles.map((b) => b.modality)).toEqual(['fact', 'assessment']);
  });

  it('leaves loops on their own', () => {
    const { bundles, single } = bundleRelationships([
      rel('l1', 'A', 'A', 'TRADE'),
      rel('l2', 'A', 'A', 'TRADE'),
    ]);
    expect([bundles.length, single.length]).toEqual([0, 2]);
  });
});

describe('buildScene with bundle: the seed graph', () => {
  it('draws fewer lines than relationships, each bundle with its count badge and its members’ ids', () => {
    const plain = buildScene({ nodes: SEED_ACTORS, edges: SEED_RELATIONSHIPS, positions: SERVER_LAYOUT });
    const scene = seedBundled();
    expect(plain.edges).toHaveLength(SEED_RELATIONSHIPS.length);
    expect(
      plain.edges.every((e) => e.bundle === null && e.members.length === 1 && e.members[0] === e.rel),
    ).toBe(true);
    expect(scene.edges.length).toBeLessThan(SEED_RELATIONSHIPS.length);
    expect(scene.edges.flatMap((e) => e.members).length).toBe(SEED_RELATIONSHIPS.length);
    const kor = scene.edges.find((e) => e.id === 'bundle:KOR~USA:cooperation')!;
    expect(kor.bundle).toMatchObject({ class: 'cooperation', count: 5, type: null, modality: 'fact' });
    expect(kor.bundle!.ids).toEqual(kor.members.map((m) => m.id));
    expect(kor.rel.id).toBe('kor-alliance-usa');
    expect(kor.label).toMatchObject({ text: '5 relationships', badge: true, shown: true });
    expect([kor.color, kor.dash, kor.directed, kor.curve.arrow]).toEqual([
      BUNDLE_MIXED_COLOR,
      [],
      false,
      null,
    ]);
    const provocations = scene.edges.find((e) => e.id === 'bundle:PRK>KOR:conflict')!;
    expect(provocations.color).toBe(getRelationshipType('PROVOCATION').color);
    expect(provocations.directed).toBe(true);
    expect(provocations.curve.arrow).not.toBeNull();
  });

  it('sizes actors by their relationships, bundled or not', () => {
    const plain = buildScene({ nodes: SEED_ACTORS, edges: SEED_RELATIONSHIPS, positions: SERVER_LAYOUT });
    const scene = seedBundled();
    expect(scene.nodes.map((n) => [n.id, n.size])).toEqual(plain.nodes.map((n) => [n.id, n.size]));
  });

  it('fans the bundles of one pair apart like parallel relationships', () => {
    const scene = seedBundled();
    const pair = scene.edges.filter((e) => [e.source.id, e.target.id].sort().join() === 'KOR,USA');
    expect(pair.map((e) => e.id).sort()).toEqual([
      'bundle:KOR~USA:cooperation',
      'bundle:USA>KOR:cooperation',
    ]);
    const signed = pair.map((e) => (e.source.id === 'KOR' ? e.distance : -e.distance)).sort((a, b) => a - b);
    expect(signed[1]! - signed[0]!).toBeCloseTo(EDGE.parallelStep, 9);
  });

  it('selects the bundle of a selected member, draws it thick and puts its badge first', () => {
    const scene = seedBundled({
      selected: 'kor-partnership-usa',
      keep: ['KOR', 'USA', 'kor-partnership-usa'],
    });
    const bundle = scene.edges.find((e) => e.id === 'bundle:KOR~USA:cooperation')!;
    expect([bundle.emphasis, bundle.faded, bundle.width, bundle.label.shown]).toEqual([
      'selected',
      false,
      EDGE.pathWidth,
      true,
    ]);
    // The other KOR–USA bundle has no kept member: faded, and its badge is not drawn.
    const other = scene.edges.find((e) => e.id === 'bundle:USA>KOR:cooperation')!;
    expect([other.faded, other.label.shown]).toEqual([true, false]);
  });

  it('emphasises a bundle when one of its members is on the path, or incident to the selected actor', () => {
    const path = ['USA', 'usa-support-kor', 'KOR'];
    const scene = seedBundled({ path, keep: path, incident: ['kor-alliance-usa'] });
    const onPath = scene.edges.find((e) => e.id === 'bundle:USA>KOR:cooperation')!;
    expect([onPath.emphasis, onPath.faded, onPath.z]).toEqual(['path', false, 60]);
    const incident = scene.edges.find((e) => e.id === 'bundle:KOR~USA:cooperation')!;
    expect([incident.faded, incident.width]).toEqual([true, EDGE.incidentWidth]);
  });

  it('is the same picture whatever the order of its input', () => {
    const forward = seedBundled({ positions: EXPLORER_LAYOUT });
    const backward = buildScene({
      nodes: [...SEED_ACTORS].reverse(),
      edges: [...SEED_RELATIONSHIPS].reverse(),
      positions: EXPLORER_LAYOUT,
      bundle: true,
    });
    expect(backward).toEqual(forward);
  });

  it('badges every bundle of the seed graph laid out by the server, on its line or beside it', () => {
    for (const e of seedBundled().edges.filter((x) => x.bundle)) {
      expect(e.label.shown, e.id).toBe(true);
      expect([`${e.bundle!.count} relationships`, `×${e.bundle!.count}`]).toContain(e.label.text);
    }
  });

  it('never puts a badge nearer another pair’s line than its own: where there is no such room, none', () => {
    const distance = (e: ReturnType<typeof seedBundled>['edges'][number], p: { x: number; y: number }) => {
      let best = Infinity;
      for (let i = 0; i <= 200; i++) {
        const q = pointOnCurve(e.curve, i / 200).at;
        best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
      }
      return best;
    };
    for (const positions of [SERVER_LAYOUT, EXPLORER_LAYOUT]) {
      const scene = seedBundled({ positions });
      const badges = scene.edges.filter((e) => e.bundle && e.label.shown);
      expect(badges.length).toBeGreaterThan(2);
      for (const e of badges) {
        const own = distance(e, e.label.at);
        const pair = [e.source.id, e.target.id].sort().join();
        for (const other of scene.edges) {
          if ([other.source.id, other.target.id].sort().join() === pair) continue;
          expect(distance(other, e.label.at), `${e.id} nearer ${other.id}`).toBeGreaterThanOrEqual(own - 0.5);
        }
      }
    }
  });

  it('shortens the badge of a bundle squeezed between other actors', () => {
    const nodes = ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id, kind: 'state' as const }));
    const edges = [rel('t1', 'A', 'B', 'TRADE'), rel('t2', 'A', 'B', 'ALLIANCE')];
    const badge = (length: number, gap: number) =>
      buildScene({
        nodes,
        edges,
        positions: {
          A: { x: 0, y: 0 },
          B: { x: length, y: 0 },
          C: { x: length / 2, y: -gap },
          D: { x: length / 2, y: gap },
        },
        bundle: true,
      }).edges[0]!.label;
    expect(badge(300, 200)).toMatchObject({ text: '2 relationships', shown: true });
    expect(badge(100, 40)).toMatchObject({ text: '×2', shown: true });
  });

  it('draws no badge on a straight-line (huge graph) scene, where hovering shows it', () => {
    const scene = seedBundled({ straight: true });
    expect(scene.edges.filter((e) => e.bundle).every((e) => !e.label.shown && !e.label.dropped)).toBe(true);
  });
});
