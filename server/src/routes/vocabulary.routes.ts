import {
  ACTOR_KINDS,
  MODALITIES,
  MODALITY_DESCRIPTIONS,
  QUAD_CLASS_LABELS,
  RELATIONSHIP_TYPES,
} from '@briefgraph/graph/domain/vocabulary';
import { Router } from 'express';

export const vocabulary = {
  relationshipTypes: RELATIONSHIP_TYPES,
  modalities: MODALITIES.map((name) => ({ name, description: MODALITY_DESCRIPTIONS[name] })),
  quadClasses: Object.entries(QUAD_CLASS_LABELS).map(([value, label]) => ({ value: Number(value), label })),
  actorKinds: ACTOR_KINDS,
};

export function vocabularyRoutes(): Router {
  const router = Router();
  router.get('/api/vocabulary', (_req, res) => {
    res.json(vocabulary);
  });
  return router;
}
