/**
 * Snapshots: the request that makes one (a graph query for the server to run and lay out, or a
 * view from the explorer), and the immutable record (store/snapshots.repository.ts stores it;
 * server/src/snapshots draws it).
 */
import { z } from 'zod';
import { GraphQuerySchema, RelationshipFilterSchema } from '../queries/graph-query.ts';
import { ActorSchema } from './actor.ts';
import { EmphasisSchema, ScopeSchema } from './emphasis.ts';
import { FrameSchema } from './frame.ts';
import { ActorIdSchema } from './primitives.ts';
import { RelationshipSchema } from './relationship.ts';

/** The shape of a stored snapshot (SnapshotSchema); older ones are read by migrateSnapshot. */
export const SNAPSHOT_VERSION = 2;

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

/**
 * Model coordinates and pan, in px. A layout of 2,000 actors spans a few thousand; the bound
 * keeps absurd geometry (1e300) out of storage, where it would break every image of it.
 */
export const COORDINATE_LIMIT = 1_000_000;
const coordinate = z
  .number()
  .min(-COORDINATE_LIMIT, `must be at least -${COORDINATE_LIMIT}`)
  .max(COORDINATE_LIMIT, `must be at most ${COORDINATE_LIMIT}`);
export const PointSchema = z.object({ x: coordinate, y: coordinate });
/** The explorer's own zoom range (client/src/graph/cy-adapter.ts), with room either side. */
export const ZOOM_LIMITS = { min: 0.01, max: 20 } as const;
const ZoomSchema = z
  .number()
  .min(ZOOM_LIMITS.min, `must be at least ${ZOOM_LIMITS.min}`)
  .max(ZOOM_LIMITS.max, `must be at most ${ZOOM_LIMITS.max}`);
export type Point = z.infer<typeof PointSchema>;

/** The relationship filter a view was made with: the query model's one filter shape. */
export const SnapshotFiltersSchema = RelationshipFilterSchema;
export type SnapshotFilters = z.infer<typeof SnapshotFiltersSchema>;

/**
 * A query the server runs and lays out itself, for snapshots made without a browser: the query
 * model, bounded by what a server-side layout and a slide can carry.
 */
export const SnapshotQuerySchema = GraphQuerySchema.superRefine((query, ctx) => {
  if (query.kind === 'path') return;
  if (query.limit > SNAPSHOT_LIMITS.nodes) {
    ctx.addIssue({
      code: 'custom',
      path: ['limit'],
      message: `must be at most ${SNAPSHOT_LIMITS.nodes} in a snapshot`,
    });
  }
  if (query.kind === 'graph' && query.edgeLimit > SNAPSHOT_LIMITS.edges) {
    ctx.addIssue({
      code: 'custom',
      path: ['edgeLimit'],
      message: `must be at most ${SNAPSHOT_LIMITS.edges} in a snapshot`,
    });
  }
});
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
    zoom: ZoomSchema,
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
    /** What else the analyst emphasised: the selection, a focus. */
    emphasis: EmphasisSchema.optional(),
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
    const selected = view.emphasis?.selected;
    if (selected && !(selected.kind === 'actor' ? nodeIds : edgeIds).has(selected.id)) {
      problem(['emphasis', 'selected', 'id'], `${selected.id} is not in the view`);
    }
    const focus = view.emphasis?.focus;
    if (focus && !nodeIds.has(focus.actorId)) {
      problem(['emphasis', 'focus', 'actorId'], `${focus.actorId} is not in the view`);
    }
  })
  .meta({ id: 'SnapshotView' });
export type SnapshotView = z.infer<typeof SnapshotViewSchema>;

/**
 * How an image of the view is drawn: its frame, whether faded elements are drawn at all, and
 * whether parallel relationships between one pair of actors merge into one edge with a count.
 */
const drawingOptions = {
  frame: FrameSchema.optional().describe('The image frame; default "16:9".'),
  scope: ScopeSchema.optional().describe(
    'all (default): faded context drawn; emphasis: only the emphasised elements.',
  ),
  bundle: z
    .boolean()
    .optional()
    .describe(
      'Merge parallel relationships of one pair and class into one edge with a count (default true).',
    ),
  corroboration: z
    .boolean()
    .optional()
    .describe('Draw a relationship wider the more briefs support it (default false).'),
};

/** POST /api/snapshots: either a query for the server to run, or a view from the explorer. */
export const SnapshotRequestSchema = z
  .strictObject({
    title: SnapshotTitleSchema,
    caption: SnapshotCaptionSchema.optional(),
    ...drawingOptions,
    query: SnapshotQuerySchema.optional(),
    view: SnapshotViewSchema.optional(),
  })
  .refine((body) => (body.query === undefined) !== (body.view === undefined), {
    message: 'give either "query" or "view" (and not both)',
  })
  // JSON Schema cannot say "exactly one of two optional fields" plainly: the document says it in words.
  .meta({
    id: 'SnapshotRequest',
    description: 'Exactly one of "query" (the server runs and lays it out) or "view" (from the explorer).',
  });
export type SnapshotRequest = z.infer<typeof SnapshotRequestSchema>;

/** POST /api/render.svg|png: a view drawn as a snapshot of it would be, and not stored. */
export const RenderRequestSchema = z
  .strictObject({
    title: SnapshotTitleSchema.optional(),
    caption: SnapshotCaptionSchema.optional(),
    ...drawingOptions,
    view: SnapshotViewSchema,
  })
  .meta({ id: 'RenderRequest' });
export type RenderRequest = z.infer<typeof RenderRequestSchema>;

/**
 * An immutable snapshot: everything needed to draw it again, copied, so it looks the same forever
 * even after the graph changes. `version` names this shape; migrateSnapshot reads older ones.
 */
export const SnapshotSchema = z
  .object({
    id: SnapshotIdSchema,
    version: z.literal(SNAPSHOT_VERSION),
    createdAt: z.iso.datetime(),
    title: SnapshotTitleSchema,
    caption: SnapshotCaptionSchema.optional(),
    /** "Source: Sejong Focus No.25, The Sejong Institute, 2023-04-03", from the evidence's briefs. */
    source: z.string().max(2_000),
    /** The query the server ran, with defaults filled in and actors resolved to ids. */
    query: SnapshotQuerySchema.optional(),
    filters: SnapshotFiltersSchema,
    /**
     * With filters: the relationships the same view holds without them, the 44 of "14 of 44":
     * the unfiltered answer of a graph or neighbourhood query, or every relationship among a
     * browser view's actors. Absent when unfiltered, and for path queries (no whole to count).
     */
    totalEdges: z.number().int().nonnegative().optional(),
    highlightedPath: z.array(z.string()).optional(),
    emphasis: EmphasisSchema.optional(),
    frame: FrameSchema,
    scope: ScopeSchema,
    bundle: z.boolean(),
    /** Lines weighted by the number of briefs that support them; absent in older snapshots (false). */
    corroboration: z.boolean().optional(),
    nodes: z.array(ActorSchema).min(1).max(SNAPSHOT_LIMITS.nodes),
    edges: z.array(RelationshipSchema).max(SNAPSHOT_LIMITS.edges),
    positions: z.record(ActorIdSchema, PointSchema),
    zoom: ZoomSchema,
    pan: PointSchema,
    viewport: z
      .object({ width: z.number().int().positive(), height: z.number().int().positive() })
      .optional(),
  })
  .meta({ id: 'Snapshot' });
export type Snapshot = z.infer<typeof SnapshotSchema>;

/**
 * Version 1 (until 2026-12) named its filter lists `modalities` and `quadClasses`; version 2 uses
 * the query model's names, `modality` and `quadClass`, as its query and the URLs do, and adds
 * the drawing options: a version 1 snapshot keeps the look it had (the content's own shape,
 * every relationship drawn on its own).
 */
function fromVersion1(stored: Record<string, unknown>): Record<string, unknown> {
  const { modalities, quadClasses, ...rest } = (stored.filters ?? {}) as Record<string, unknown>;
  const filters: Record<string, unknown> = { ...rest };
  if (modalities !== undefined) filters.modality = modalities;
  if (quadClasses !== undefined) filters.quadClass = quadClasses;
  return { frame: 'auto', scope: 'all', bundle: false, ...stored, version: 2, filters };
}

/** Reads a stored snapshot of any version into today's shape, or throws the ZodError. */
export function migrateSnapshot(stored: unknown): Snapshot {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return SnapshotSchema.parse(record.version === 1 ? fromVersion1(record) : record);
}

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
