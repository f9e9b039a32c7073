/**
 * A synthetic brief at the scale the product is designed for (PRODUCT.md: 10,000 actors and
 * 100,000 relationships), for `npm run bench`. Deterministic: the same arguments give the same
 * graph. Each relationship quotes its own sentence, so evidence offsets are real.
 */

import type { Graph } from '@briefgraph/graph/domain/schemas';
import { RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import { assertValidSeed, type Seed, sha256 } from '@briefgraph/graph/seed/validate-seed';

/** Small deterministic PRNG (mulberry32), so benchmarks compare like with like. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Actors per region, and the share of ties that stay within their source's region. */
const ACTORS_PER_REGION = 500;
const IN_REGION = 0.85;

/**
 * Briefs of `perBrief` relationships each, over one shared pool of actors: users add briefs
 * over years, and every brief stays brief-sized (the validator searches each quote in its text).
 */
export function syntheticSeeds(actors: number, relationships: number, perBrief = 1_000, seed = 7): Seed[] {
  const next = random(seed);
  const regions = Math.max(1, Math.round(actors / ACTORS_PER_REGION));
  const ids = Array.from({ length: actors }, (_, i) => `SYN_${i}`);
  const actorRecords = ids.map((id, i) => ({
    id,
    name: `Synthetic actor ${i}`,
    kind: 'state',
    aliases: [`syn${i}`],
  }));
  const seeds: Seed[] = [];
  for (let b = 0; b * perBrief < relationships; b++) {
    const sentences: string[] = [];
    const rels = [];
    for (let i = b * perBrief; i < Math.min(relationships, (b + 1) * perBrief); i++) {
      // Preferential attachment-ish: low ids are hubs, like great powers in real briefs.
      const from = Math.floor(actors * next() ** 2);
      // Most ties stay within a region, as briefs' actors do (alliances, neighbours): the
      // picture has clusters to find. Actor i is in region i % regions, so each leads one.
      const region = from % regions;
      const to =
        next() < IN_REGION
          ? region + regions * Math.floor(Math.ceil((actors - region) / regions) * next())
          : Math.floor(actors * next());
      const source = ids[from]!;
      const target = ids[to === from ? (from + 1) % actors : to]!;
      const type = RELATIONSHIP_TYPES[Math.floor(next() * RELATIONSHIP_TYPES.length)]!.name;
      const modality = (['fact', 'assessment', 'recommendation'] as const)[i % 3]!;
      // A recommendation names its addressee and quotes its modal word (seeds/README.md).
      const modal = modality === 'recommendation' ? 'should ' : '';
      const sentence = `Synthetic sentence ${i}: ${source} ${modal}${type.toLowerCase()} ${target}.`;
      sentences.push(sentence);
      rels.push({
        id: `syn-${i}`,
        source,
        target,
        type,
        modality,
        evidence: [{ quote: sentence }],
        ...(modality === 'recommendation' ? { addressee: source } : {}),
      });
    }
    const mentioned = new Set(rels.flatMap((r) => [r.source, r.target]));
    const text = `${sentences.join('\n')}\n`;
    const briefId = `synthetic-brief-${b}`;
    seeds.push(
      assertValidSeed(
        {
          brief: {
            id: briefId,
            textFile: `${briefId}.txt`,
            sha256: sha256(text),
            title: `Synthetic brief ${b}`,
            publisher: 'briefgraph bench',
            authors: [{ name: 'generator' }],
            publishedOn: '2024-01-01',
            language: 'en',
          },
          // The first brief lists the whole pool, the others what they mention; the loader
          // merges actors by id.
          actors: b === 0 ? actorRecords : actorRecords.filter((a) => mentioned.has(a.id)),
          relationships: rels,
        },
        text,
        briefId,
      ),
    );
  }
  return seeds;
}

/** The same synthetic data as one API `Graph` payload, for clients and renderers. */
export function syntheticGraph(actors: number, relationships: number): Graph {
  const seeds = syntheticSeeds(actors, relationships);
  return { nodes: seeds[0]?.actors ?? [], edges: seeds.flatMap((s) => s.relationships), truncated: false };
}
