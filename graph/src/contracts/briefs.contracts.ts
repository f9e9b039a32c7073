/**
 * The brief workbench's schemas: what POST /api/briefs/:id/draft answers (drafting/draft.types.ts
 * in zod, so the OpenAPI document and the integration tests hold the route to it).
 */
import { z } from 'zod';
import { ActorKindSchema, ModalitySchema, RelationshipTypeSchema } from '../domain/schemas.ts';

const DraftEvidenceSchema = z.object({
  quote: z.string().min(1),
  start: z.number().int().nonnegative().describe('text.slice(start, end) === quote, in the brief text.'),
  end: z.number().int().positive(),
});

export const DraftAnnotationSchema = z
  .object({
    actors: z.array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        kind: ActorKindSchema,
        iso3: z.string().optional(),
        aliases: z.array(z.string()),
        isNew: z.boolean().describe('Not a known actor: the reviewer creates it or links it to one.'),
      }),
    ),
    relationships: z.array(
      z.object({
        id: z.string().min(1),
        source: z.string().min(1),
        target: z.string().min(1),
        type: RelationshipTypeSchema,
        modality: ModalitySchema,
        attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
        evidence: z.array(DraftEvidenceSchema).min(1),
        confidence: z.number().min(0).max(1),
        cues: z.array(z.string()).describe('The words that gave the type, the modality, a coreference.'),
        inferred: z.boolean().describe('An end the text does not name there (a pronoun, the addressee).'),
        negated: z.boolean().describe('A negative finding ("has not been discussed"), never a positive tie.'),
      }),
    ),
  })
  .meta({ id: 'DraftAnnotation' });
