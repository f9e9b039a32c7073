import { BriefIdSchema } from '@briefgraph/graph/domain/schemas';
import { getBrief, listBriefs } from '@briefgraph/graph/store/briefs.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Router } from 'express';
import { assertParsed } from '../validation.ts';

export function briefsRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/api/briefs', async (_req, res) => {
    res.json({ items: await listBriefs(gateway) });
  });
  router.get('/api/briefs/:id', async (req, res) => {
    const id = assertParsed(BriefIdSchema, req.params.id, 'brief id');
    res.json(await getBrief(gateway, id));
  });
  return router;
}
