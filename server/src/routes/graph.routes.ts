import { GraphQuery, RelationshipsQuery } from '@briefgraph/graph/contracts/api.contracts';
import { encodeCompactGraph } from '@briefgraph/graph/contracts/compact-graph';
import { runGraphQuery } from '@briefgraph/graph/queries/run-graph-query';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { findRelationships } from '@briefgraph/graph/store/relationships.repository';
import { Router } from 'express';
import { assertParsed } from '../validation.ts';

export function graphRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/api/graph', async (req, res) => {
    const { format, ...rest } = assertParsed(GraphQuery, req.query, 'query');
    const result = await runGraphQuery(gateway, { kind: 'graph' as const, ...rest });
    res.json(format === 'compact' ? encodeCompactGraph(result.graph, result.placements) : result.graph);
  });
  // The quotes of relationships a compact graph sent without them.
  router.get('/api/relationships', async (req, res) => {
    const { ids } = assertParsed(RelationshipsQuery, req.query, 'query');
    res.json({ items: await findRelationships(gateway, ids) });
  });
  return router;
}
