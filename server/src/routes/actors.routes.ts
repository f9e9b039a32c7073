import {
  ActorKeyParam,
  ActorListQuery,
  NeighborhoodQuery,
  SearchQuery,
} from '@briefgraph/graph/contracts/api.contracts';
import { runGraphQuery } from '@briefgraph/graph/queries/run-graph-query';
import { assertActor, listActors, searchActors } from '@briefgraph/graph/store/actors.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Router } from 'express';
import { assertParsed } from '../validation.ts';

export function actorsRoutes(gateway: Neo4jGateway): Router {
  const router = Router();

  router.get('/api/actors', async (req, res) => {
    const q = assertParsed(ActorListQuery, req.query, 'query');
    res.json(await listActors(gateway, q.limit, q.offset));
  });

  router.get('/api/actors/:id', async (req, res) => {
    const key = assertParsed(ActorKeyParam, req.params.id, 'actor id');
    res.json(await assertActor(gateway, key));
  });

  router.get('/api/actors/:id/neighborhood', async (req, res) => {
    const actor = assertParsed(ActorKeyParam, req.params.id, 'actor id');
    const query = {
      kind: 'neighborhood' as const,
      actor,
      ...assertParsed(NeighborhoodQuery, req.query, 'query'),
    };
    res.json((await runGraphQuery(gateway, query)).graph);
  });

  router.get('/api/search', async (req, res) => {
    const q = assertParsed(SearchQuery, req.query, 'query');
    res.json({ items: await searchActors(gateway, q.q, q.limit) });
  });

  return router;
}
