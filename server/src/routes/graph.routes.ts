import { wholeGraph } from '@briefgraph/graph/queries/whole-graph.cypher';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Router } from 'express';
import { assertParsed, toFilter } from '../validation.ts';
import { GraphQuery } from './contracts.ts';

export function graphRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/api/graph', async (req, res) => {
    const q = assertParsed(GraphQuery, req.query, 'query');
    res.json(await wholeGraph(gateway, toFilter(q), q.limit, q.edgeLimit));
  });
  return router;
}
