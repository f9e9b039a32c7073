import { BriefIntakeSchema, DraftAnnotationSchema } from '@briefgraph/graph/contracts/briefs.contracts';
import { NotFoundError } from '@briefgraph/graph/domain/errors';
import { BriefIdSchema } from '@briefgraph/graph/domain/schemas';
import { addBrief, deleteBrief, saveAnnotation } from '@briefgraph/graph/seed/library';
import { allActors } from '@briefgraph/graph/store/actors.repository';
import { briefSources, getBrief, listBriefs } from '@briefgraph/graph/store/briefs.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import express, { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { readBriefBody } from '../intake/upload.ts';
import type { PlacementKeeper } from '../placement-keeper.ts';
import { assertBody, assertParsed } from '../validation.ts';
import type { DraftFn } from '../workers/draft-pool.ts';
import { requireWriteToken } from '../write-token.ts';

/** An annotation file of a long brief: thousands of quotes. */
const ANNOTATION_LIMIT = '4mb';

/** `draft` runs the drafter where the app decides (a worker pool, workers/draft-pool.ts). */
export function briefsRoutes(
  gateway: Neo4jGateway,
  draft: DraftFn,
  config: Pick<Config, 'WRITE_TOKEN'>,
  placements: Pick<PlacementKeeper, 'request'>,
): Router {
  const router = Router();
  const writer = requireWriteToken(config.WRITE_TOKEN, 'Adding, saving and deleting briefs');

  // A new brief: stored with its text (NFC, once) and metadata; the graph changes at review.
  router.post('/api/briefs', writer, readBriefBody, async (req, res) => {
    const intake = assertBody(BriefIntakeSchema, req.body, 'brief');
    const brief = await addBrief(gateway, intake);
    res.status(201).location(`/api/briefs/${brief.id}`).json(brief);
  });
  // The reviewed annotation replaces this brief's part of the graph; other briefs keep theirs.
  router.put(
    '/api/briefs/:id/annotations',
    writer,
    express.json({ limit: ANNOTATION_LIMIT }),
    async (req, res) => {
      const id = assertParsed(BriefIdSchema, req.params.id, 'brief id');
      const annotation = assertBody(z.unknown(), req.body, 'annotation');
      const saved = await saveAnnotation(gateway, id, annotation);
      placements.request(`brief ${id} saved`);
      res.json(saved);
    },
  );
  router.delete('/api/briefs/:id', writer, async (req, res) => {
    const id = assertParsed(BriefIdSchema, req.params.id, 'brief id');
    await deleteBrief(gateway, id);
    placements.request(`brief ${id} deleted`);
    res.status(204).end();
  });
  router.get('/api/briefs', async (_req, res) => {
    res.json({ items: await listBriefs(gateway) });
  });
  router.get('/api/briefs/:id', async (req, res) => {
    const id = assertParsed(BriefIdSchema, req.params.id, 'brief id');
    res.json(await getBrief(gateway, id));
  });
  // A brief as a seed is made of: its text and its annotation file, byte for byte, so a brief
  // reviewed in the app can be committed to seeds/ as it is.
  router.get('/api/briefs/:id/text', async (req, res) => {
    const id = assertParsed(BriefIdSchema, req.params.id, 'brief id');
    const { text } = await briefSources(gateway, id);
    res.type('text/plain; charset=utf-8').send(text);
  });
  router.get('/api/briefs/:id/annotations.json', async (req, res) => {
    const id = assertParsed(BriefIdSchema, req.params.id, 'brief id');
    const { annotation } = await briefSources(gateway, id);
    if (annotation === null) {
      throw new NotFoundError(`Brief "${id}" was loaded without its annotation file; load the seeds again.`, {
        brief: id,
      });
    }
    res.type('application/json; charset=utf-8').send(annotation);
  });
  // A draft of the brief's actors and relationships with exact offsets, for a person to review;
  // the gazetteer knows the base list and every actor of the graph. Nothing is stored; the
  // drafting itself (seconds on a long text) runs off the main thread.
  router.post('/api/briefs/:id/draft', async (req, res) => {
    const id = assertParsed(BriefIdSchema, req.params.id, 'brief id');
    // Only the text: the brief's spans (every relationship it supports) are not needed here.
    const [{ text }, known] = await Promise.all([briefSources(gateway, id), allActors(gateway)]);
    const drafted = await draft(text, known);
    res.setHeader('Cache-Control', 'no-store');
    res.json(DraftAnnotationSchema.parse(drafted));
  });
  return router;
}
