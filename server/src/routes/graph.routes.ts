import { GraphQuery } from '@briefgraph/graph/contracts/api.contracts';
import { runGraphQuery } from '@briefgraph/graph/queries/run-graph-query';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Router } from 'express';
import { assertParsed } from '../validation.ts';

export function graphRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/api/graph', async (req, res) => {
    const query = { kind: 'graph' as const, ...assertParsed(GraphQuery, req.query, 'query') };
    res.json((await runGraphQuery(gateway, query)).graph);
  });
  return router;
}
