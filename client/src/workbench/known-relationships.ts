/**
 * The relationships other briefs hold around the accepted cards' sources, by id, so that the PUT
 * body reuses an id for the same relationship (corroboration) and never for another one
 * (annotation-body.ts relationshipIds). Each source is asked once, for the types it is saved with.
 */
import type { ApiClient } from '../api/api-client.ts';
import { type KnownRelationship, orderedEnds } from './annotation-body.ts';
import type { RelationshipType, Review } from './review-model.ts';

export async function knownRelationships(
  api: Pick<ApiClient, 'neighborhood'>,
  review: Review,
  briefId: string,
  undirected: ReadonlySet<string>,
): Promise<Map<string, KnownRelationship>> {
  const typesBySource = new Map<string, Set<RelationshipType>>();
  for (const card of review.cards) {
    if (card.status !== 'accepted') continue;
    const { source } = orderedEnds(card, undirected);
    if (review.actors[source]?.isNew === true) continue;
    typesBySource.set(source, (typesBySource.get(source) ?? new Set()).add(card.type));
  }
  const graphs = await Promise.all(
    [...typesBySource].map(([id, types]) =>
      // An actor the graph does not hold yet (404), or a slow answer: nothing known, the server
      // still checks the ids and says which to change.
      api.neighborhood(id, { depth: 1, types: [...types] }, { timeoutMs: 30_000 }).catch(() => null),
    ),
  );
  const known = new Map<string, KnownRelationship>();
  for (const edge of graphs.flatMap((g) => g?.edges ?? [])) {
    if (edge.evidence.some((e) => e.briefId !== briefId)) known.set(edge.id, edge);
  }
  return known;
}
