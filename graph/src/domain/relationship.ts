/** A relationship between two actors, and the evidence (verbatim quotes) it rests on. */
import { z } from 'zod';
import {
  ActorIdSchema,
  AttributesSchema,
  BriefIdSchema,
  ModalitySchema,
  QuadClassSchema,
  RelationshipIdSchema,
  RelationshipTypeSchema,
} from './primitives.ts';

export const EvidenceSchema = z
  .object({
    briefId: BriefIdSchema,
    quote: z.string().min(1),
    /** JavaScript string index into the brief text: text.slice(start, end) === quote. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RelationshipSchema = z
  .object({
    id: RelationshipIdSchema,
    source: ActorIdSchema,
    target: ActorIdSchema,
    type: RelationshipTypeSchema,
    directed: z.boolean(),
    modality: ModalitySchema,
    quadClass: QuadClassSchema.nullable(),
    attributes: AttributesSchema,
    evidence: z.array(EvidenceSchema).min(1),
  })
  .meta({ id: 'Relationship' });
export type Relationship = z.infer<typeof RelationshipSchema>;
