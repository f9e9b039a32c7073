import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Router } from 'express';

/** 200 while Neo4j answers, 503 while it does not; the driver reconnects by itself. */
export function healthRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/api/health', async (_req, res) => {
    try {
      const version = await gateway.serverVersion();
      res.json({ status: 'ok', neo4j: { status: 'up', version } });
    } catch {
      res.status(503).json({ status: 'degraded', neo4j: { status: 'down' } });
    }
  });
  return router;
}
