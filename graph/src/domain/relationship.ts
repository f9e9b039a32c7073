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
    /** Who the brief says should act: the source or the target. Set on recommendations. */
    addressee: ActorIdSchema.optional().describe(
      'Who the brief says should act (the source or the target); every recommendation has one.',
    ),
    /** Present (true) only: an end the text does not name there; `note` says why it is read so. */
    inferred: z
      .literal(true)
      .optional()
      .describe('An end the text does not name where it says this; the note says why it is read so.'),
    /**
     * Present (true) only: a negative finding ("has not been publicly discussed"). Loaded and
     * shown as such (grey, dashed, "not …"), never drawn or counted as a tie: path queries skip it.
     */
    negated: z
      .literal(true)
      .optional()
      .describe('A negative finding: the brief says this is not (or not known to be) so. Never a path hop.'),
    note: z.string().max(2000).optional().describe("The curator's note on this relationship."),
  })
  .meta({ id: 'Relationship' });
export type Relationship = z.infer<typeof RelationshipSchema>;
