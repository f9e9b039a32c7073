/** Seed annotation files (seeds/*.annotations.json): what a curator writes for one brief. */
import { z } from 'zod';
import { BriefMetadataSchema } from '../domain/brief.ts';
import {
  ActorIdSchema,
  ActorKindSchema,
  AttributesSchema,
  ModalitySchema,
  RelationshipIdSchema,
  RelationshipTypeSchema,
} from '../domain/primitives.ts';

export const EvidenceInputSchema = z.strictObject({
  quote: z.string().min(1),
  /** 1-based; required when the quote occurs more than once in the brief text. */
  occurrence: z.number().int().positive().optional(),
});

export const RelationshipInputSchema = z.strictObject({
  id: RelationshipIdSchema,
  source: ActorIdSchema,
  target: ActorIdSchema,
  type: RelationshipTypeSchema,
  modality: ModalitySchema,
  attributes: AttributesSchema.default({}),
  evidence: z.array(EvidenceInputSchema).min(1),
  /** Who should act: the source or the target. Every recommendation names one (validate-seed.ts). */
  addressee: ActorIdSchema.optional(),
  /**
   * An end the text does not name there (a pronoun from afar, an agentless sentence): needs
   * `note`. `false` is taken as absent (a review form may send it), and not kept.
   */
  inferred: z.boolean().optional(),
  /** A negative finding ("has not been publicly discussed"): loaded and shown, never a tie. `false` as absent. */
  negated: z.boolean().optional(),
  /** Kept and shown with the relationship (the explorer's details, exports). */
  note: z.string().trim().min(1).max(2000).optional(),
});

export const ActorInputSchema = z.strictObject({
  id: ActorIdSchema,
  name: z.string().min(1).max(200),
  kind: ActorKindSchema,
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  aliases: z.array(z.string().min(1).max(200)).default([]),
  note: z.string().optional(),
});

/**
 * Lines of the text file (1-based, inclusive, lines split at LF) that are the source page's
 * furniture rather than the brief: the reader shows them apart, collapsed. The text itself is
 * never edited to drop them (it stays byte-exact).
 */
export const FrontMatterInputSchema = z.strictObject({
  fromLine: z.number().int().positive(),
  toLine: z.number().int().positive(),
  note: z.string().optional(),
});

export const AnnotationFileSchema = z.strictObject({
  brief: BriefMetadataSchema.extend({ textFile: z.string().regex(/^[\w.-]+\.txt$/) }).strict(),
  frontMatter: z.array(FrontMatterInputSchema).default([]),
  actors: z.array(ActorInputSchema).min(1),
  relationships: z.array(RelationshipInputSchema),
});
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;
