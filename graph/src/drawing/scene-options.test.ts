import { describe, expect, it } from 'vitest';
import { buildScene } from './scene.ts';
import { SEED_ACTORS, SEED_RELATIONSHIPS, SERVER_LAYOUT } from './seed-graph.fixture.ts';

const PATH = ['KOR', 'chn-diplomacy-kor', 'CHN'];
const seed = (extra: object = {}) =>
  buildScene({
    nodes: SEED_ACTORS,
    edges: SEED_RELATIONSHIPS,
    positions: SERVER_LAYOUT,
    path: PATH,
    ...extra,
  });

describe('scene options for images', () => {
  it('reads a verb as its modality does when asked (a recommendation: "should …")', () => {
    const verb = (scene: ReturnType<typeof seed>) =>
      scene.edges.find((e) => e.id === 'chn-diplomacy-kor')!.label;
    expect(verb(seed()).text).toBe('holds talks with');
    expect(verb(seed({ modalVerbs: true })).text).toBe('should hold talks with');
  });

  it('draws names and verbs bigger with a text scale, and the actors and curves as they were', () => {
    const one = seed();
    const two = seed({ textScale: 2 });
    for (const [a, b] of one.nodes.map((n, i) => [n, two.nodes[i]!] as const)) {
      expect(b.id).toBe(a.id);
      expect([b.size, b.x, b.y]).toEqual([a.size, a.x, a.y]);
      expect(b.label.size).toBe(2 * a.label.size);
      expect(b.label.lineHeight).toBe(2 * a.label.lineHeight);
    }
    const curve = (s: ReturnType<typeof seed>) => s.edges.find((e) => e.id === 'chn-diplomacy-kor')!;
    expect(curve(two).curve).toEqual(curve(one).curve);
    expect(curve(two).label.size).toBe(2 * curve(one).label.size);
  });

  it('weights lines by corroboration when asked: wider steps for 2 and 3+ briefs, emphasis kept', () => {
    const briefs: Record<string, number> = { 'chn-diplomacy-kor': 2, [SEED_RELATIONSHIPS[0]!.id]: 5 };
    const of = (rel: { id: string }) => briefs[rel.id] ?? 1;
    const plain = seed();
    const weighted = seed({ corroborationOf: of });
    const width = (s: ReturnType<typeof seed>, id: string) => s.edges.find((e) => e.id === id)!.width;
    // The path's relationship keeps its path width, 1.6x for its 2 briefs.
    expect(width(weighted, 'chn-diplomacy-kor')).toBeCloseTo(width(plain, 'chn-diplomacy-kor') * 1.6);
    expect(width(weighted, SEED_RELATIONSHIPS[0]!.id)).toBeCloseTo(
      width(plain, SEED_RELATIONSHIPS[0]!.id) * 2.2,
    );
    const single = SEED_RELATIONSHIPS.find((r) => !(r.id in briefs))!;
    expect(width(weighted, single.id)).toBe(width(plain, single.id));
  });
});
