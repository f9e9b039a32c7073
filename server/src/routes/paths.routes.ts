import { findPaths } from '@briefgraph/graph/queries/paths.cypher';
import { assertActor } from '@briefgraph/graph/store/actors.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Router } from 'express';
import { assertParsed, toFilter } from '../validation.ts';
import { PathsQuery } from './contracts.ts';

export function pathsRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/api/paths', async (req, res) => {
    const q = assertParsed(PathsQuery, req.query, 'query');
    const [from, to] = await Promise.all([assertActor(gateway, q.from), assertActor(gateway, q.to)]);
    const { degree: _fromDegree, ...fromActor } = from;
    const { degree: _toDegree, ...toActor } = to;
    const paths = await findPaths(gateway, {
      ...toFilter(q),
      from: from.id,
      to: to.id,
      k: q.k,
      maxHops: q.maxHops,
      direction: q.direction,
    });
    res.json({ from: fromActor, to: toActor, paths });
  });
  return router;
}
