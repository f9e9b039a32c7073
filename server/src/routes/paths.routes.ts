import { PathsQuery } from '@briefgraph/graph/contracts/api.contracts';
import { runGraphQuery } from '@briefgraph/graph/queries/run-graph-query';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Router } from 'express';
import { assertParsed } from '../validation.ts';

export function pathsRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/api/paths', async (req, res) => {
    const query = { kind: 'path' as const, ...assertParsed(PathsQuery, req.query, 'query') };
    const { from, to, paths } = await runGraphQuery(gateway, query);
    res.json({ from, to, paths });
  });
  return router;
}
