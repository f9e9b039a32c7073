/**
 * Runtime schemas, one per record: the single source of truth for API payloads, seed files and
 * the OpenAPI document (server/src/openapi.ts renders these with z.toJSONSchema).
 */
import { z } from 'zod';
import { ACTOR_KINDS, MODALITIES, RELATIONSHIP_TYPE_NAMES } from './vocabulary.ts';

export const ActorIdSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'an actor id is upper-snake case (KOR, XI_JINPING)');

export const BriefIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,99}$/, 'a brief id is lower-case kebab (sejong-focus-2023-04-no25)');

export const RelationshipIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,149}$/, 'a relationship id is lower-case kebab (prk-provocation-kor)');

export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPE_NAMES);
export const ModalitySchema = z.enum(MODALITIES);
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const QuadClassSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Attribute values stay flat and plain so they can be shown, exported and stored as-is. */
export const AttributeValueSchema = z.union([
  z.string().max(500),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
]);
export const AttributesSchema = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), AttributeValueSchema);

export const ActorSchema = z
  .object({
    id: ActorIdSchema,
    name: z.string().min(1).max(200),
    kind: ActorKindSchema,
    aliases: z.array(z.string().min(1).max(200)),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
  })
  .meta({ id: 'Actor' });
export type Actor = z.infer<typeof ActorSchema>;

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

export const BriefSchema = BriefMetadataSchema.extend({
  text: z.string(),
  spans: z.array(EvidenceSpanSchema),
}).meta({ id: 'Brief' });
export type Brief = z.infer<typeof BriefSchema>;

export const GraphSchema = z
  .object({
    nodes: z.array(ActorSchema),
    edges: z.array(RelationshipSchema),
    truncated: z.boolean(),
  })
  .meta({ id: 'Graph' });
export type Graph = z.infer<typeof GraphSchema>;

export const PathSchema = z
  .object({
    /** Ordered from `from` to `to`. */
    nodes: z.array(ActorSchema).min(1),
    /** edges[i] joins nodes[i] and nodes[i+1]; its own source/target keep the stored direction. */
    edges: z.array(RelationshipSchema),
    length: z.number().int().nonnegative(),
  })
  .meta({ id: 'Path' });
export type Path = z.infer<typeof PathSchema>;

export const PathsResultSchema = z
  .object({
    from: ActorSchema,
    to: ActorSchema,
    paths: z.array(PathSchema),
  })
  .meta({ id: 'PathsResult' });
export type PathsResult = z.infer<typeof PathsResultSchema>;

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

// ---- Seed annotation files (seeds/*.annotations.json) ----

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
  note: z.string().optional(),
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

export const AnnotationFileSchema = z.strictObject({
  brief: BriefMetadataSchema.extend({ textFile: z.string().regex(/^[\w.-]+\.txt$/) }).strict(),
  actors: z.array(ActorInputSchema).min(1),
  relationships: z.array(RelationshipInputSchema),
});
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;

// ---- Snapshots (graph/src/store/snapshots.repository.ts stores them; server/src/snapshots draws them) ----

export const SNAPSHOT_LIMITS = {
  title: 200,
  caption: 1_000,
  /** Actors and relationships in one snapshot: what a server-side layout and a slide can carry. */
  nodes: 2_000,
  edges: 5_000,
} as const;

/** 128 random bits in base64url: unguessable, and safe in a URL path and a file name. */
export const SnapshotIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, 'a snapshot id is 22 base64url characters');

/** C0 controls (tab and line feeds aside) and DEL are not text, and not allowed in XML 1.0. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const SnapshotTitleSchema = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(SNAPSHOT_LIMITS.title, `must be at most ${SNAPSHOT_LIMITS.title} characters`)
  .refine((s) => !CONTROL_CHARS.test(s) && !/[\n\r\t]/.test(s), 'must be one line of plain text');

export const SnapshotCaptionSchema = z
  .string()
  .trim()
  .max(SNAPSHOT_LIMITS.caption, `must be at most ${SNAPSHOT_LIMITS.caption} characters`)
  .refine((s) => !CONTROL_CHARS.test(s), 'must be plain text');

export const PointSchema = z.object({ x: z.number(), y: z.number() });
export type Point = z.infer<typeof PointSchema>;

/** The relationship filter a view was made with, as lists of what is shown (empty: no filter). */
export const SnapshotFiltersSchema = z
  .strictObject({
    types: z.array(RelationshipTypeSchema).max(50).optional(),
    modalities: z.array(ModalitySchema).max(3).optional(),
    quadClasses: z.array(QuadClassSchema).max(4).optional(),
  })
  .meta({ id: 'SnapshotFilters' });
export type SnapshotFilters = z.infer<typeof SnapshotFiltersSchema>;

/** The same filter fields, under the same names, as the GET /api/graph, /paths, /neighborhood queries. */
const queryFilterFields = {
  types: z.array(RelationshipTypeSchema).max(50).optional(),
  modality: z.array(ModalitySchema).max(3).optional(),
  quadClass: z.array(QuadClassSchema).max(4).optional(),
};
const actorKey = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(200, 'must be at most 200 characters');
const int = (min: number, max: number, fallback: number) =>
  z.number().int().min(min).max(max).default(fallback);

/** A query the server runs and lays out itself, for snapshots made without a browser. */
export const SnapshotQuerySchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('path'),
      from: actorKey,
      to: actorKey,
      k: int(1, 10, 3),
      maxHops: int(1, 6, 4),
      direction: z.enum(['any', 'outgoing']).default('any'),
      ...queryFilterFields,
    }),
    z.strictObject({
      kind: z.literal('neighborhood'),
      actor: actorKey,
      depth: int(1, 3, 1),
      limit: int(1, SNAPSHOT_LIMITS.nodes, 500),
      ...queryFilterFields,
    }),
    z.strictObject({
      kind: z.literal('graph'),
      limit: int(1, SNAPSHOT_LIMITS.nodes, 500),
      edgeLimit: int(1, SNAPSHOT_LIMITS.edges, SNAPSHOT_LIMITS.edges),
      ...queryFilterFields,
    }),
  ])
  .meta({ id: 'SnapshotQuery' });
export type SnapshotQuery = z.infer<typeof SnapshotQuerySchema>;

/**
 * What the explorer sends: the visible elements, their positions (Cytoscape model coordinates),
 * and Cytoscape's zoom and pan in a viewport of `viewport` pixels.
 */
export const SnapshotViewSchema = z
  .strictObject({
    nodes: z
      .array(ActorSchema)
      .min(1, 'must hold at least one actor')
      .max(SNAPSHOT_LIMITS.nodes, `must hold at most ${SNAPSHOT_LIMITS.nodes} actors`),
    edges: z
      .array(RelationshipSchema)
      .max(SNAPSHOT_LIMITS.edges, `must hold at most ${SNAPSHOT_LIMITS.edges} relationships`),
    positions: z.record(ActorIdSchema, PointSchema),
    zoom: z.number().positive().max(1_000),
    pan: PointSchema,
    viewport: z
      .object({
        width: z.number().int().positive().max(20_000),
        height: z.number().int().positive().max(20_000),
      })
      .optional(),
    filters: SnapshotFiltersSchema.optional(),
    /** Ordered element ids: actor, relationship, actor, ... */
    highlightedPath: z.array(z.string().min(1).max(150)).max(25).optional(),
  })
  .superRefine((view, ctx) => {
    const nodeIds = new Set(view.nodes.map((n) => n.id));
    const edgeIds = new Set(view.edges.map((e) => e.id));
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (nodeIds.size !== view.nodes.length) problem(['nodes'], 'holds the same actor twice');
    if (edgeIds.size !== view.edges.length) problem(['edges'], 'holds the same relationship twice');
    view.edges.forEach((e, i) => {
      if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) {
        problem(['edges', i], `relationship ${e.id} joins an actor that is not in "nodes"`);
      }
    });
    for (const id of nodeIds) if (!view.positions[id]) problem(['positions'], `has no position for ${id}`);
    for (const id of Object.keys(view.positions)) {
      if (!nodeIds.has(id)) problem(['positions', id], 'is not an actor in "nodes"');
    }
    view.highlightedPath?.forEach((id, i) => {
      if (!nodeIds.has(id) && !edgeIds.has(id)) problem(['highlightedPath', i], `${id} is not in the view`);
    });
  })
  .meta({ id: 'SnapshotView' });
export type SnapshotView = z.infer<typeof SnapshotViewSchema>;

/** POST /api/snapshots: either a query for the server to run, or a view from the explorer. */
export const SnapshotRequestSchema = z
  .strictObject({
    title: SnapshotTitleSchema,
    caption: SnapshotCaptionSchema.optional(),
    query: SnapshotQuerySchema.optional(),
    view: SnapshotViewSchema.optional(),
  })
  .refine((body) => (body.query === undefined) !== (body.view === undefined), {
    message: 'give either "query" or "view" (and not both)',
  })
  .meta({ id: 'SnapshotRequest' });
export type SnapshotRequest = z.infer<typeof SnapshotRequestSchema>;

/** POST /api/render.svg|png: a view drawn as a snapshot of it would be, and not stored. */
export const RenderRequestSchema = z
  .strictObject({
    title: SnapshotTitleSchema.optional(),
    caption: SnapshotCaptionSchema.optional(),
    view: SnapshotViewSchema,
  })
  .meta({ id: 'RenderRequest' });
export type RenderRequest = z.infer<typeof RenderRequestSchema>;

/**
 * An immutable snapshot: everything needed to draw it again, copied, so it looks the same forever
 * even after the graph changes. `version` names this shape for readers of old snapshots.
 */
export const SnapshotSchema = z
  .object({
    id: SnapshotIdSchema,
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    title: SnapshotTitleSchema,
    caption: SnapshotCaptionSchema.optional(),
    /** "Source: Sejong Focus No.25, The Sejong Institute, 2023-04-03", from the evidence's briefs. */
    source: z.string().max(2_000),
    /** The query the server ran, with defaults filled in and actors resolved to ids. */
    query: SnapshotQuerySchema.optional(),
    filters: SnapshotFiltersSchema,
    highlightedPath: z.array(z.string()).optional(),
    nodes: z.array(ActorSchema).min(1).max(SNAPSHOT_LIMITS.nodes),
    edges: z.array(RelationshipSchema).max(SNAPSHOT_LIMITS.edges),
    positions: z.record(ActorIdSchema, PointSchema),
    zoom: z.number().positive(),
    pan: PointSchema,
    viewport: z
      .object({ width: z.number().int().positive(), height: z.number().int().positive() })
      .optional(),
  })
  .meta({ id: 'Snapshot' });
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const SnapshotLinksSchema = z
  .object({
    id: SnapshotIdSchema,
    /** The explorer at this view. */
    url: z.url(),
    /** The read-only page for iframes. */
    embedUrl: z.url(),
    svgUrl: z.url(),
    /** Takes ?scale=1..4 and ?background=white|transparent. */
    pngUrl: z.url(),
  })
  .meta({ id: 'SnapshotLinks' });
export type SnapshotLinks = z.infer<typeof SnapshotLinksSchema>;
