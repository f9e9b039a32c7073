import { GraphQuery, RelationshipsQuery } from '@briefgraph/graph/contracts/api.contracts';
import { encodeCompactGraph } from '@briefgraph/graph/contracts/compact-graph';
import { runGraphQuery } from '@briefgraph/graph/queries/run-graph-query';
import { graphVersion } from '@briefgraph/graph/store/graph-version.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { findRelationships } from '@briefgraph/graph/store/relationships.repository';
import { Router } from 'express';
import { assertParsed } from '../validation.ts';

/** Whole-graph answers kept, the latest first: the explorer's opening request and a few more. */
const CACHED_ANSWERS = 8;
/** Only answers this large are kept: smaller ones cost little to read again. */
const CACHED_FROM_ACTORS = 1_000;

export function graphRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  // The whole graph at 10,000 actors takes seconds to read and encode, and is the same for
  // everyone until the next load or layout: a large answer is answered again from memory while
  // the graph's fingerprint (graph-version.repository.ts) is unchanged, and Express's ETag lets
  // a browser keep its copy (304). An edit made in the database by hand, outside briefgraph's
  // loads, is not in the fingerprint: a large answer shows it after the next load.
  const answers = new Map<string, { version: string; body: string }>();
  router.get('/api/graph', async (req, res) => {
    const { format, ...rest } = assertParsed(GraphQuery, req.query, 'query');
    const key = JSON.stringify([format, rest]);
    // A query that cannot answer that many actors is never kept: no fingerprint to read for it.
    const cacheable = rest.limit >= CACHED_FROM_ACTORS;
    const version = cacheable ? await graphVersion(gateway) : '';
    const kept = answers.get(key);
    let body = cacheable && kept?.version === version ? kept.body : undefined;
    if (body === undefined) {
      const result = await runGraphQuery(gateway, { kind: 'graph' as const, ...rest });
      body = JSON.stringify(
        format === 'compact' ? encodeCompactGraph(result.graph, result.placements) : result.graph,
      );
      answers.delete(key);
      if (cacheable && result.graph.nodes.length >= CACHED_FROM_ACTORS) answers.set(key, { version, body });
      for (const old of answers.keys()) {
        if (answers.size <= CACHED_ANSWERS) break;
        answers.delete(old);
      }
    }
    res.type('application/json').send(body);
  });
  // The quotes of relationships a compact graph sent without them.
  router.get('/api/relationships', async (req, res) => {
    const { ids } = assertParsed(RelationshipsQuery, req.query, 'query');
    res.json({ items: await findRelationships(gateway, ids) });
  });
  return router;
}
