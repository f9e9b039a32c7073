/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes parse with
 * (graph/src/contracts, graph/src/queries and graph/src/domain/schemas.ts). OpenAPI 3.1 uses JSON Schema 2020-12, which
 * is what z.toJSONSchema emits, so component schemas go in as they are.
 */

import {
  ActorDetailSchema,
  ActorKeyParam,
  ActorListQuery,
  ActorPageSchema,
  BriefListItemSchema,
  BriefListSchema,
  CompactGraphSchema,
  GraphQuery,
  HealthSchema,
  NeighborhoodQuery,
  PathsQuery,
  RelationshipListSchema,
  RelationshipsQuery,
  SearchQuery,
  SearchResultSchema,
  VocabularySchema,
} from '@briefgraph/graph/contracts/api.contracts';
import {
  AnnotationSavedSchema,
  BriefIntakeSchema,
  BriefUploadSchema,
  DraftAnnotationSchema,
} from '@briefgraph/graph/contracts/briefs.contracts';
import {
  EmbedQuery,
  OEmbedQuery,
  OEmbedSchema,
  PngQuery,
  SvgQuery,
} from '@briefgraph/graph/contracts/snapshots.contracts';
import {
  BriefIdSchema,
  BriefSchema,
  ErrorBodySchema,
  GraphSchema,
  PathsResultSchema,
  RenderRequestSchema,
  SnapshotIdSchema,
  SnapshotLinksSchema,
  SnapshotRequestSchema,
  SnapshotSchema,
} from '@briefgraph/graph/domain/schemas';
import { AnnotationFileSchema } from '@briefgraph/graph/seed/annotation.schema';
import { z } from 'zod';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  pathParams?: Record<string, { description: string; schema: z.ZodType }>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The same operation's multipart/form-data body, beside the JSON one. */
  formBody?: z.ZodType;
  responses: Record<
    number,
    {
      description: string;
      schema?: z.ZodType;
      contentType?: string;
      /** 'input': a document as written (a file), whose defaulted fields may be absent. */
      io?: 'input' | 'output';
    }
  >;
}

const errors = {
  400: { description: 'Malformed or out-of-range input.', schema: ErrorBodySchema },
  404: { description: 'Unknown actor or brief.', schema: ErrorBodySchema },
  503: { description: 'The database is unreachable or the query timed out.', schema: ErrorBodySchema },
};

/** A client over its per-minute budget (server/src/rate-limits.ts); Retry-After says when to come back. */
const rateLimited = {
  description: 'Too many requests from this address this minute (RATE_LIMIT_* settings); see Retry-After.',
  schema: ErrorBodySchema,
};

const unauthorised = {
  description: 'WRITE_TOKEN is set and the bearer token is missing or wrong.',
  schema: ErrorBodySchema,
};

/** What POST /api/snapshots and /api/render.* answer when the body or view is wrong. */
const viewErrors = {
  400: errors[400],
  404: {
    description: 'Unknown actor, no path, or a view naming unknown elements.',
    schema: ErrorBodySchema,
  },
  413: { description: 'The body or the snapshot is larger than the limit.', schema: ErrorBodySchema },
  429: rateLimited,
  503: errors[503],
};

export const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness of the API and its Neo4j.',
    responses: {
      200: { description: 'Up.', schema: HealthSchema },
      503: { description: 'Neo4j down.', schema: HealthSchema },
    },
  },
  {
    method: 'get',
    path: '/api/vocabulary',
    summary: 'Relationship types, modalities, CAMEO quad classes and actor kinds.',
    responses: { 200: { description: 'The vocabulary.', schema: VocabularySchema } },
  },
  {
    method: 'get',
    path: '/api/actors',
    summary: 'Actors, paginated, by name.',
    query: ActorListQuery,
    responses: { 200: { description: 'A page of actors.', schema: ActorPageSchema }, 400: errors[400] },
  },
  {
    method: 'get',
    path: '/api/actors/{id}',
    summary: 'One actor by id, name or alias (case-insensitive).',
    pathParams: {
      id: { description: 'Actor id, name or alias (KOR, ROK, dprk, U.S.).', schema: ActorKeyParam },
    },
    responses: { 200: { description: 'The actor.', schema: ActorDetailSchema }, 404: errors[404] },
  },
  {
    method: 'get',
    path: '/api/actors/{id}/neighborhood',
    summary: 'Actors within n hops and the relationships among them.',
    pathParams: { id: { description: 'Actor id, name or alias.', schema: ActorKeyParam } },
    query: NeighborhoodQuery,
    responses: {
      200: { description: 'A subgraph.', schema: GraphSchema },
      400: errors[400],
      404: errors[404],
    },
  },
  {
    method: 'get',
    path: '/api/graph',
    summary: 'The whole graph, or its most connected actors when larger than the limit.',
    query: GraphQuery,
    responses: {
      200: {
        description: 'A graph: records (format=full) or columns with the stored layout (format=compact).',
        schema: z.union([GraphSchema, CompactGraphSchema]),
      },
      400: errors[400],
    },
  },
  {
    method: 'get',
    path: '/api/relationships',
    summary: 'Relationships by id, with their quotes; unknown ids are left out.',
    query: RelationshipsQuery,
    responses: {
      200: { description: 'The relationships found, in the order asked.', schema: RelationshipListSchema },
      400: errors[400],
    },
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'Up to k shortest simple paths between two actors, each hop with its evidence.',
    query: PathsQuery,
    responses: {
      200: { description: 'Paths, shortest first.', schema: PathsResultSchema },
      400: errors[400],
      404: errors[404],
      503: errors[503],
    },
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Actors ranked by name or alias match (exact, prefix, fuzzy).',
    query: SearchQuery,
    responses: { 200: { description: 'Ranked actors.', schema: SearchResultSchema }, 400: errors[400] },
  },
  {
    method: 'get',
    path: '/api/briefs',
    summary: 'Loaded briefs.',
    responses: { 200: { description: 'Brief metadata.', schema: BriefListSchema } },
  },
  {
    method: 'get',
    path: '/api/briefs/{id}',
    summary: 'A brief: metadata, full text and the evidence spans in it.',
    pathParams: { id: { description: 'Brief id.', schema: BriefIdSchema } },
    responses: {
      200: { description: 'The brief.', schema: BriefSchema },
      400: errors[400],
      404: errors[404],
    },
  },
  {
    method: 'get',
    path: '/api/briefs/{id}/text',
    summary: "The brief's text, byte for byte as loaded: every evidence offset points into it.",
    pathParams: { id: { description: 'Brief id.', schema: BriefIdSchema } },
    responses: {
      200: { description: 'UTF-8 text.', schema: z.string(), contentType: 'text/plain' },
      400: errors[400],
      404: errors[404],
    },
  },
  {
    method: 'get',
    path: '/api/briefs/{id}/annotations.json',
    summary:
      "The brief's annotation file as loaded, byte for byte (the seeds/*.annotations.json format): with the text, a brief can be committed as a seed.",
    pathParams: { id: { description: 'Brief id.', schema: BriefIdSchema } },
    responses: {
      200: {
        description: 'The annotation file as written: fields with defaults may be absent.',
        schema: AnnotationFileSchema,
        io: 'input',
      },
      400: errors[400],
      404: errors[404],
    },
  },
  {
    method: 'post',
    path: '/api/briefs',
    summary:
      'Adds a brief: its metadata and plain text (JSON), or a PDF, HTML or text file with the same fields (multipart). The text is Unicode-normalised (NFC) once, here; it is reviewed before anything enters the graph.',
    body: BriefIntakeSchema,
    formBody: BriefUploadSchema,
    responses: {
      201: { description: 'Stored, awaiting review; Location names it.', schema: BriefListItemSchema },
      400: errors[400],
      401: unauthorised,
      409: { description: 'The same text is already a brief.', schema: ErrorBodySchema },
      413: { description: 'The body or the file is larger than the limit.', schema: ErrorBodySchema },
      415: {
        description: 'Not JSON or multipart, or a file that is not PDF, HTML or text.',
        schema: ErrorBodySchema,
      },
      422: { description: 'A file that cannot be read (no text layer, not UTF-8).', schema: ErrorBodySchema },
      429: rateLimited,
    },
  },
  {
    method: 'put',
    path: '/api/briefs/{id}/annotations',
    summary:
      "Saves the reviewed annotation of a brief added in the app (the seeds/*.annotations.json format), validated with the loader's rules and messages; it replaces this brief's relationships only, in one transaction.",
    pathParams: { id: { description: 'Brief id.', schema: BriefIdSchema } },
    body: AnnotationFileSchema,
    responses: {
      200: { description: 'Saved; the graph now holds it.', schema: AnnotationSavedSchema },
      400: { description: 'Refused, with every problem; nothing changed.', schema: ErrorBodySchema },
      401: unauthorised,
      404: errors[404],
      409: { description: 'A seed brief: it is edited in seeds/.', schema: ErrorBodySchema },
    },
  },
  {
    method: 'delete',
    path: '/api/briefs/{id}',
    summary:
      'Deletes a brief added in the app, its evidence, and the relationships and actors no other brief supports.',
    pathParams: { id: { description: 'Brief id.', schema: BriefIdSchema } },
    responses: {
      204: { description: 'Deleted.' },
      401: unauthorised,
      404: errors[404],
      409: { description: 'A seed brief: it is removed from seeds/.', schema: ErrorBodySchema },
    },
  },
  {
    method: 'post',
    path: '/api/briefs/{id}/draft',
    summary:
      "A draft of the brief's actors and relationships (seed annotation shapes, evidence with exact offsets, confidence and cues), for review; nothing is stored, no write token needed.",
    pathParams: { id: { description: 'Brief id.', schema: BriefIdSchema } },
    responses: {
      200: { description: 'The draft.', schema: DraftAnnotationSchema },
      400: errors[400],
      404: errors[404],
      429: rateLimited,
    },
  },
  {
    method: 'post',
    path: '/api/snapshots',
    summary:
      'Saves an immutable snapshot, from a query the server runs and lays out, or from a view sent by the explorer.',
    body: SnapshotRequestSchema,
    responses: {
      201: { description: 'Stored; its links.', schema: SnapshotLinksSchema },
      ...viewErrors,
      401: unauthorised,
    },
  },
  {
    method: 'get',
    path: '/api/snapshots/{id}',
    summary: 'A snapshot: its elements with their evidence, positions, zoom, pan, filters and path.',
    pathParams: { id: { description: 'Snapshot id (22 characters).', schema: SnapshotIdSchema } },
    responses: {
      200: { description: 'The snapshot; cacheable forever.', schema: SnapshotSchema },
      404: { description: 'Unknown snapshot.', schema: ErrorBodySchema },
    },
  },
  {
    method: 'get',
    path: '/api/snapshots/{id}.svg',
    summary: 'The snapshot as an SVG image drawn on the server, with title, legend and source line.',
    pathParams: { id: { description: 'Snapshot id.', schema: SnapshotIdSchema } },
    query: SvgQuery,
    responses: {
      200: { description: 'SVG; text as text.', schema: z.string(), contentType: 'image/svg+xml' },
      404: { description: 'Unknown snapshot.', schema: ErrorBodySchema },
      429: rateLimited,
    },
  },
  {
    method: 'get',
    path: '/api/snapshots/{id}.png',
    summary: 'The snapshot as a PNG image drawn on the server (1x..4x), with title, legend and source line.',
    pathParams: { id: { description: 'Snapshot id.', schema: SnapshotIdSchema } },
    query: PngQuery,
    responses: {
      200: { description: 'PNG.', schema: z.string().meta({ format: 'binary' }), contentType: 'image/png' },
      400: errors[400],
      404: { description: 'Unknown snapshot.', schema: ErrorBodySchema },
      429: rateLimited,
    },
  },
  {
    method: 'post',
    path: '/api/render.svg',
    summary:
      'A view from the explorer as an SVG image, drawn as its snapshot would be (elements re-read from the database); nothing is stored, no write token needed.',
    query: SvgQuery,
    body: RenderRequestSchema,
    responses: {
      200: { description: 'SVG; text as text.', schema: z.string(), contentType: 'image/svg+xml' },
      ...viewErrors,
    },
  },
  {
    method: 'post',
    path: '/api/render.png',
    summary:
      'A view from the explorer as a PNG image (1x..4x), drawn as its snapshot would be; nothing is stored, no write token needed.',
    query: PngQuery,
    body: RenderRequestSchema,
    responses: {
      200: { description: 'PNG.', schema: z.string().meta({ format: 'binary' }), contentType: 'image/png' },
      ...viewErrors,
    },
  },
  {
    method: 'get',
    path: '/embed/{id}',
    summary:
      'A light read-only page of the snapshot for iframes: pan, zoom, hover a relationship to read its quote.',
    pathParams: { id: { description: 'Snapshot id.', schema: SnapshotIdSchema } },
    query: EmbedQuery,
    responses: {
      200: { description: 'HTML; may be framed by any site.', schema: z.string(), contentType: 'text/html' },
      404: { description: 'Unknown snapshot.', schema: ErrorBodySchema },
    },
  },
  {
    method: 'get',
    path: '/api/oembed',
    summary: 'oEmbed 1.0 (type "rich") for a snapshot URL: the iframe of its embed page.',
    query: OEmbedQuery,
    responses: {
      200: { description: 'oEmbed response.', schema: OEmbedSchema },
      400: errors[400],
      404: { description: 'Not a snapshot URL, or an unknown snapshot.', schema: ErrorBodySchema },
      501: { description: 'format=xml: only json is offered.', schema: ErrorBodySchema },
    },
  },
];

type JsonSchema = Record<string, unknown>;

const REF_PREFIX = '#/components/schemas/';

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // A schema that is itself a registered component is referenced, not inlined.
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `${REF_PREFIX}${id}` };
  const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  // Registered sub-schemas come out as local $defs; every one of them is also a component.
  delete json.$defs;
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${REF_PREFIX}`));
}

/** A regular-expression alternative for each value an enum or a union of literals allows. */
function itemValues(item: JsonSchema): string[] | null {
  if (Array.isArray(item.enum)) return item.enum.map(String);
  const options = (item.anyOf ?? item.oneOf) as JsonSchema[] | undefined;
  if (options?.every((o) => 'const' in o)) return options.map((o) => String(o.const));
  return null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The parameter as a query string carries it. Query-string schemas read text (numbers from
 * digits, lists from comma-separated values), so their input side says nothing: their output
 * side does. A list is a string whose pattern names its items; empty means no filter.
 */
function queryParameterSchema(field: z.ZodType): JsonSchema {
  const output = schemaOf(field, 'output');
  if (output.type !== 'array') return output;
  const values = itemValues((output.items ?? {}) as JsonSchema);
  if (!values) return { type: 'string' };
  const one = `(${values.map(escapeRegExp).join('|')})`;
  return { type: 'string', pattern: `^(${one}(,${one})*)?$` };
}

function queryParameters(query: z.ZodObject) {
  return Object.entries(query.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    return {
      name,
      in: 'query',
      required: !f.safeParse(undefined).success,
      description: f.description,
      schema: { ...queryParameterSchema(f), ...(f.description ? { description: f.description } : {}) },
    };
  });
}

/** Answers any operation can give, added where an operation does not declare its own. */
function commonResponses(op: Operation): Operation['responses'] {
  const usesDatabase = !['/api/vocabulary', '/api/openapi.json'].includes(op.path);
  const takesInput = Boolean(op.query || op.body || op.pathParams);
  const common: Operation['responses'] = {
    431: { description: 'The request headers are larger than the server accepts.' },
  };
  if (takesInput) common[400] = errors[400];
  if (op.body) common[413] = viewErrors[413];
  if (usesDatabase) common[503] = errors[503];
  return { ...common, ...op.responses };
}

export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters = [
      ...Object.entries(op.pathParams ?? {}).map(([name, param]) => ({
        name,
        in: 'path',
        required: true,
        description: param.description,
        schema: schemaOf(param.schema, 'input'),
      })),
      ...(op.query ? queryParameters(op.query) : []),
    ];
    const responses = Object.fromEntries(
      Object.entries(commonResponses(op)).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.schema
            ? {
                content: {
                  [r.contentType ?? 'application/json']: { schema: schemaOf(r.schema, r.io ?? 'output') },
                },
              }
            : {}),
        },
      ]),
    );
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        summary: op.summary,
        operationId: `${op.method}${op.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())}`,
        ...(parameters.length ? { parameters } : {}),
        ...(op.body
          ? {
              requestBody: {
                required: true,
                content: {
                  'application/json': { schema: schemaOf(op.body, 'input') },
                  ...(op.formBody
                    ? { 'multipart/form-data': { schema: schemaOf(op.formBody, 'input') } }
                    : {}),
                },
              },
            }
          : {}),
        responses,
      },
    };
  }
  const components = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `${REF_PREFIX}${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const s of Object.values(components.schemas)) delete s.$schema;
  return {
    openapi: '3.1.0',
    info: {
      title: 'briefgraph API',
      version: '0.1.0',
      description:
        'Evidence-linked knowledge graph of foreign-policy briefs: actors, relationships with verbatim evidence, paths.',
    },
    paths,
    components: { schemas: components.schemas },
  };
}
