/**
 * Builds small seeds in memory for tests whose answers must be known by construction: each
 * relationship gets its own sentence in a synthetic brief, so evidence offsets are real.
 */
import { assertValidSeed, type Seed, sha256 } from '@briefgraph/graph/seed/validate-seed';

export interface FixtureEdge {
  id: string;
  source: string;
  target: string;
  type?: string;
  modality?: 'fact' | 'assessment' | 'recommendation';
}

export function fixtureSeed(briefId: string, actorIds: string[], edges: FixtureEdge[]): Seed {
  // A recommendation quotes its modal word and names its addressee (the source), as the validator asks.
  const sentence = (e: FixtureEdge) =>
    `Fixture sentence ${e.id}: ${e.source} ${e.modality === 'recommendation' ? 'should relate' : 'relates'} to ${e.target}.`;
  const text = `${edges.map(sentence).join('\n')}\n`;
  const annotation = {
    brief: {
      id: briefId,
      textFile: `${briefId}.txt`,
      sha256: sha256(text),
      title: `Fixture ${briefId}`,
      publisher: 'Test Institute',
      authors: [{ name: 'Test Author' }],
      publishedOn: '2024-01-01',
      language: 'en',
    },
    actors: actorIds.map((id) => ({ id, name: `Actor ${id}`, kind: 'state' })),
    relationships: edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type ?? 'PARTNERSHIP',
      modality: e.modality ?? 'fact',
      evidence: [{ quote: sentence(e) }],
      ...(e.modality === 'recommendation' ? { addressee: e.source } : {}),
    })),
  };
  return assertValidSeed(annotation, text, `${briefId}.annotations.json`);
}

/** Shaped like a stored relationship of the seed brief, but no seed holds it: views naming it are refused. */
export const MADE_UP_RELATIONSHIP = {
  id: 'kor-war-usa',
  source: 'KOR',
  target: 'USA',
  type: 'WAR',
  directed: true,
  modality: 'fact',
  quadClass: 4,
  attributes: {},
  evidence: [{ briefId: 'sejong-focus-2023-04-no25', quote: 'invented', start: 0, end: 8 }],
} as const;
