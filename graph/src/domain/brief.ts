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
    /** Empty when the publisher gives no author (an institutional brief). */
    authors: z.array(AuthorSchema),
    publishedOn: z.iso.date(),
    language: z.string().min(2).max(10),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .meta({ id: 'BriefMetadata' });
export type BriefMetadata = z.infer<typeof BriefMetadataSchema>;

/**
 * Where a brief comes from: a file pair in seeds/ (edited there, reloaded at start-up), or the
 * app (POST /api/briefs; its reviewed annotation is kept in the database only).
 */
export const BriefOriginSchema = z.enum(['seed', 'app']);
export type BriefOrigin = z.infer<typeof BriefOriginSchema>;

/** What the API says of a brief beside its metadata. */
export const BriefStatusSchema = z.object({
  origin: BriefOriginSchema,
  reviewed: z
    .boolean()
    .describe('Its annotation is loaded: false for a brief added in the app and not yet saved from review.'),
});

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
  ...BriefStatusSchema.shape,
  text: z.string(),
  spans: z.array(EvidenceSpanSchema),
  /**
   * Lines of the source page that are not the brief's own text (a view counter, an e-mail
   * address, the masthead): the reader shows them apart. In order, not overlapping, no evidence in them.
   */
  frontMatter: z.array(TextRangeSchema),
}).meta({ id: 'Brief' });
export type Brief = z.infer<typeof BriefSchema>;
