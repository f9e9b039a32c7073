/**
 * The brief workbench's schemas: what POST /api/briefs/:id/draft answers (drafting/draft.types.ts
 * in zod, so the OpenAPI document and the integration tests hold the route to it).
 */
import { z } from 'zod';
import {
  ActorKindSchema,
  AttributesSchema,
  ModalitySchema,
  RelationshipTypeSchema,
} from '../domain/schemas.ts';

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
        attributes: AttributesSchema,
        evidence: z.array(DraftEvidenceSchema).min(1),
        confidence: z.number().min(0).max(1),
        cues: z.array(z.string()).describe('The words that gave the type, the modality, a coreference.'),
        inferred: z.boolean().describe('An end the text does not name there (a pronoun, the addressee).'),
        negated: z.boolean().describe('A negative finding ("has not been discussed"), never a positive tie.'),
        addressee: z
          .string()
          .min(1)
          .optional()
          .describe('Who should act (the source or the target): set on every drafted recommendation.'),
      }),
    ),
  })
  .meta({ id: 'DraftAnnotation' });
export type DraftAnnotation = z.infer<typeof DraftAnnotationSchema>;

/**
 * POST /api/briefs (JSON, or the same fields as multipart form fields beside a `file`): a new
 * brief's metadata and its plain text. The text is Unicode-normalised (NFC) once, here, and is
 * then the text every offset refers to.
 */
/** A one-line field: trimmed, no control characters (a line break or NUL in a title is a mistake). */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // The C0 and C1 control characters, spelled out: the OpenAPI pattern must read the same in
    // every regex dialect (a fuzzer's Python cannot read \p{Cc}). Matching them is the point here.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ranges name the characters refused
    .regex(/^[^\x00-\x1f\x7f-\x9f]*$/, 'must be one line of text, without control characters');

export const BriefIntakeSchema = z
  .strictObject({
    title: line(300),
    publisher: line(200),
    published: z.iso.date().describe('Publication date, YYYY-MM-DD.'),
    text: z
      .string()
      .max(1_000_000)
      .refine((t) => t.trim().length > 0, 'the brief text is empty')
      .describe('The brief as plain text; paragraphs separated by blank lines.'),
    author: line(200).optional(),
    series: line(200).optional(),
    number: line(50).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .optional(),
    language: z
      .string()
      .max(10, 'a short BCP 47 language tag such as en, ko or zh-Hant')
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or ko')
      .default('en'),
  })
  .meta({ id: 'BriefIntake' });
export type BriefIntake = z.infer<typeof BriefIntakeSchema>;

/** PUT /api/briefs/:id/annotations: what the graph now holds for this brief. */
export const AnnotationSavedSchema = z
  .object({
    id: z.string(),
    actors: z.number().int().nonnegative().describe("Actors in this brief's annotation."),
    relationships: z.number().int().nonnegative().describe("Relationships in this brief's annotation."),
    graph: z.object({
      briefs: z.number().int().nonnegative(),
      actors: z.number().int().nonnegative(),
      relationships: z.number().int().nonnegative(),
    }),
  })
  .meta({ id: 'AnnotationSaved' });
export type AnnotationSaved = z.infer<typeof AnnotationSavedSchema>;

/** The multipart form of POST /api/briefs: the fields above, the brief as a file instead of `text`. */
export const BriefUploadSchema = BriefIntakeSchema.partial({ title: true, text: true })
  .extend({
    file: z
      .string()
      .meta({ format: 'binary' })
      .optional()
      .describe(
        'The brief as a PDF, HTML or UTF-8 text file, at most 10 MB; its own title is used when none is given.',
      ),
  })
  .meta({ id: 'BriefUpload' });

/** PUT /api/briefs/:id/annotations takes a seed annotation file (the client may import contracts only). */
export type { AnnotationFile } from '../seed/annotation.schema.ts';
