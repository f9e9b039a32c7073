/** A source brief: its metadata, its text, and the evidence spans that point into it. */
import { z } from 'zod';
import { BriefIdSchema, ModalitySchema, RelationshipIdSchema, RelationshipTypeSchema } from './primitives.ts';
import { EvidenceSchema } from './relationship.ts';

export const AuthorSchema = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  affiliation: z.string().optional(),
});

export const BriefMetadataSchema = z
  .object({
    id: BriefIdSchema,
    title: z.string().min(1),
    series: z.string().optional(),
    number: z.string().optional(),
    publisher: z.string().min(1),
    publisherPlace: z.string().optional(),
    authors: z.array(AuthorSchema).min(1),
    publishedOn: z.iso.date(),
    language: z.string().min(2).max(10),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: 'BriefMetadata' });
export type BriefMetadata = z.infer<typeof BriefMetadataSchema>;

export const EvidenceSpanSchema = EvidenceSchema.extend({
  relationshipId: RelationshipIdSchema,
  type: RelationshipTypeSchema,
  modality: ModalitySchema,
}).meta({ id: 'EvidenceSpan' });
export type EvidenceSpan = z.infer<typeof EvidenceSpanSchema>;

/** A stretch of the brief text, as JavaScript string offsets (end exclusive). */
export const TextRangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .meta({ id: 'TextRange' });
export type TextRange = z.infer<typeof TextRangeSchema>;

export const BriefSchema = BriefMetadataSchema.extend({
  text: z.string(),
  spans: z.array(EvidenceSpanSchema),
  /**
   * Lines of the source page that are not the brief's own text (a view counter, an e-mail
   * address, the masthead): the reader shows them apart. In order, not overlapping, no evidence in them.
   */
  frontMatter: z.array(TextRangeSchema),
}).meta({ id: 'Brief' });
export type Brief = z.infer<typeof BriefSchema>;
