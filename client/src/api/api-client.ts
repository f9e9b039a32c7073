import type {
  ActorDetail,
  BriefListItem,
  HealthStatus,
  SearchHit,
  Vocabulary,
} from '@briefgraph/graph/contracts/api.contracts';
import type {
  AnnotationFile,
  AnnotationSaved,
  BriefIntake,
  DraftAnnotation,
} from '@briefgraph/graph/contracts/briefs.contracts';
import {
  COMPACT_GRAPH_FORMAT,
  type CompactGraph,
  type DecodedGraph,
  decodeCompactGraph,
} from '@briefgraph/graph/contracts/compact-graph';
import type {
  Brief,
  ErrorBody,
  Graph,
  PathsResult,
  Relationship,
  RenderRequest,
  Snapshot,
  SnapshotLinks,
  SnapshotRequest,
} from '@briefgraph/graph/domain/schemas';
import type { PathQueryInput, RelationshipFilterInput } from '@briefgraph/graph/queries/graph-query';

export type {
  ActorDetail,
  AnnotationSaved,
  BriefIntake,
  DraftAnnotation,
  HealthStatus,
  SearchHit,
  Vocabulary,
};

/**
 * PUT /api/briefs/:id/annotations: a seed annotation file. `inferred`, `negated` and `addressee`
 * are being added to the annotation schema; the workbench sends them only when set.
 */
export type AnnotationBody = Omit<AnnotationFile, 'relationships'> & {
  relationships: Array<
    AnnotationFile['relationships'][number] & { inferred?: true; negated?: true; addressee?: string }
  >;
};

/** POST /api/briefs, either as JSON (pasted text) or as a form with the uploaded `file`. */
export type BriefIntakeRequest =
  | { readonly kind: 'json'; readonly body: Partial<BriefIntake> }
  | { readonly kind: 'upload'; readonly fields: Readonly<Record<string, string>>; readonly file: File };

/**
 * The explorer's only door to the server: same-origin JSON with a timeout, one quiet retry for
 * GETs that failed on the way (network, 502-504), and every failure turned into an ApiError
 * whose message a person can read. Types only from the schemas: no zod in the bundle.
 */

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status, or 0 when no answer came back. */
    readonly status: number,
    /** The server's error code, or NETWORK / TIMEOUT / BAD_RESPONSE. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** Worth trying again without changing anything. */
  get transient(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** The query model's filter (graph/src/queries/graph-query.ts), as the explorer passes it. */
export type GraphFilterParams = {
  readonly [K in keyof RelationshipFilterInput]?: readonly NonNullable<RelationshipFilterInput[K]>[number][];
};

/** The query model's path query, every bound filled in by the caller. */
export type PathParams = GraphFilterParams &
  Readonly<Required<Pick<PathQueryInput, 'from' | 'to' | 'k' | 'maxHops' | 'direction'>>>;

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export interface ApiClientOptions {
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  readonly retryDelayMs?: number;
  readonly fetch?: typeof fetch;
}

type Query = Record<string, string | number | readonly (string | number)[] | undefined>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const s = params.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as ErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.message === 'string';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readJson<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  if (body === undefined) throw new ApiError(response.status, 'BAD_RESPONSE', 'The server sent no JSON.');
  return body as T;
}

/** The options of an image drawn by the server, as in GET /api/snapshots/:id.png. */
export interface ImageOptions {
  readonly title: boolean;
  readonly legend: boolean;
  readonly source: boolean;
  readonly background: 'white' | 'transparent';
}

export interface RenderedImage {
  readonly blob: Blob;
  /** The PNG scale the server used (X-Snapshot-Scale), lower than asked for a very large image. */
  readonly scale: number | null;
  /** The file name the server gave it (Content-Disposition), carrying scale and frame. */
  readonly fileName: string | null;
}

/** `attachment; filename="briefgraph-…-2x-16x9.png"` → the name; the server writes ASCII only. */
export function dispositionFileName(header: string | null): string | null {
  return /filename="([^"]+)"/.exec(header ?? '')?.[1] ?? null;
}

/** What a request sends: JSON (the default) or a form, by POST (the default), PUT or DELETE. */
interface Send {
  readonly body?: unknown;
  readonly method?: 'POST' | 'PUT' | 'DELETE';
  /** WRITE_TOKEN, when the server asked for one (401). */
  readonly token?: string | null;
}

function sendInit(send: Send): RequestInit {
  const headers: Record<string, string> = { accept: 'application/json, image/*' };
  if (send.token) headers.authorization = `Bearer ${send.token}`;
  const init: RequestInit = { method: send.method ?? 'POST', headers };
  if (send.body instanceof FormData) init.body = send.body;
  else if (send.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(send.body);
  }
  return init;
}

/** Drafting a long brief, or saving a review (the graph is rebuilt), takes seconds on a busy machine. */
const DRAFT_TIMEOUT_MS = 60_000;

/** Server-side drawing takes a while for a big graph at 4x. */
const RENDER_TIMEOUT_MS = 60_000;

/** 10,000 actors and 25,000 relationships are read, encoded and sent in seconds on a busy machine. */
const WHOLE_GRAPH_TIMEOUT_MS = 60_000;

/** The first quotes read from a cold database of 25,000 relationships took 13 s on this machine. */
const QUOTES_TIMEOUT_MS = 30_000;

/** GET /api/relationships takes at most this many ids per request. */
export const RELATIONSHIPS_PER_REQUEST = 500;

/**
 * The whole graph's answer decoded: a compact graph (quotes left out, stored positions), or, from
 * a server that does not know `format=compact`, a plain Graph with its quotes and no positions.
 */
export function decodeWholeGraph(body: CompactGraph | Graph): DecodedGraph {
  return 'format' in body && body.format === COMPACT_GRAPH_FORMAT
    ? decodeCompactGraph(body)
    : { graph: body as Graph, placements: new Map() };
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const defaultTimeout = options.timeoutMs ?? 15_000;
  const retryDelay = options.retryDelayMs ?? 400;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  /** One request: the answer read by `read` when it is a 2xx, an ApiError otherwise. */
  async function once<T>(
    path: string,
    request: RequestOptions,
    read: (response: Response) => Promise<T> = readJson,
    send?: Send,
  ): Promise<T> {
    const controller = new AbortController();
    const timeoutMs = request.timeoutMs ?? defaultTimeout;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}${path}`, {
          signal: controller.signal,
          ...(send ? sendInit(send) : { headers: { accept: 'application/json' } }),
        });
      } catch (cause) {
        if (request.signal?.aborted) throw cause;
        if (timedOut) {
          throw new ApiError(
            0,
            'TIMEOUT',
            `The server did not answer within ${Math.round(timeoutMs / 1000)} s.`,
          );
        }
        throw new ApiError(0, 'NETWORK', 'Cannot reach the briefgraph server. Check that it is running.');
      }
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => undefined);
        if (isErrorBody(body)) {
          throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
        }
        throw new ApiError(response.status, 'HTTP_ERROR', `The server answered ${response.status}.`);
      }
      return await read(response);
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
  }

  async function get<T>(path: string, request: RequestOptions = {}): Promise<T> {
    try {
      return await once<T>(path, request);
    } catch (error) {
      if (!(error instanceof ApiError) || !error.transient || request.signal?.aborted) throw error;
      await sleep(retryDelay);
      return once<T>(path, request);
    }
  }

  const filterQuery = (p: GraphFilterParams): Query => ({
    types: p.types,
    modality: p.modality,
    quadClass: p.quadClass,
    briefs: p.briefs,
  });

  return {
    health: (o?: RequestOptions) => get<HealthStatus>('/api/health', o),
    graph: (p: GraphFilterParams & { limit?: number } = {}, o?: RequestOptions) =>
      get<Graph>(`/api/graph${queryString({ ...filterQuery(p), limit: p.limit })}`, o),
    /** The whole graph up to the limits, compact: evidence without quotes, stored positions. */
    wholeGraph: async (
      p: GraphFilterParams & { limit: number; edgeLimit: number },
      o: RequestOptions = {},
    ): Promise<DecodedGraph> =>
      decodeWholeGraph(
        await get<CompactGraph | Graph>(
          `/api/graph${queryString({ format: 'compact', ...filterQuery(p), limit: p.limit, edgeLimit: p.edgeLimit })}`,
          { timeoutMs: WHOLE_GRAPH_TIMEOUT_MS, ...o },
        ),
      ),
    /** Full records, quotes included, of at most RELATIONSHIPS_PER_REQUEST ids; unknown ids are left out. */
    relationships: (ids: readonly string[], o?: RequestOptions) => {
      if (ids.length > RELATIONSHIPS_PER_REQUEST)
        throw new RangeError(`at most ${RELATIONSHIPS_PER_REQUEST} ids per request, not ${ids.length}`);
      return get<{ items: Relationship[] }>(`/api/relationships${queryString({ ids })}`, {
        timeoutMs: QUOTES_TIMEOUT_MS,
        ...o,
      });
    },
    actor: (id: string, o?: RequestOptions) => get<ActorDetail>(`/api/actors/${encodeURIComponent(id)}`, o),
    neighborhood: (id: string, p: GraphFilterParams & { depth?: number } = {}, o?: RequestOptions) =>
      get<Graph>(
        `/api/actors/${encodeURIComponent(id)}/neighborhood${queryString({ ...filterQuery(p), depth: p.depth })}`,
        o,
      ),
    paths: (p: PathParams, o?: RequestOptions) =>
      get<PathsResult>(
        `/api/paths${queryString({
          from: p.from,
          to: p.to,
          k: p.k,
          maxHops: p.maxHops,
          direction: p.direction,
          ...filterQuery(p),
        })}`,
        o,
      ),
    search: (q: string, limit: number, o?: RequestOptions) =>
      get<{ items: SearchHit[] }>(`/api/search${queryString({ q, limit })}`, o),
    briefs: (o?: RequestOptions) => get<{ items: BriefListItem[] }>('/api/briefs', o),
    brief: (id: string, o?: RequestOptions) => get<Brief>(`/api/briefs/${encodeURIComponent(id)}`, o),
    vocabulary: (o?: RequestOptions) => get<Vocabulary>('/api/vocabulary', o),
    /** The brief's reviewed annotation, as a seed file (only once it was saved or seeded). */
    annotations: (id: string, o?: RequestOptions) =>
      get<AnnotationFile>(`/api/briefs/${encodeURIComponent(id)}/annotations.json`, o),
    /** A draft of the brief's actors and relationships; stores nothing, so not retried either way. */
    draft: (id: string, o: RequestOptions = {}) =>
      once<DraftAnnotation>(
        `/api/briefs/${encodeURIComponent(id)}/draft`,
        { timeoutMs: DRAFT_TIMEOUT_MS, ...o },
        readJson,
        { body: {} },
      ),
    /** Not retried: a second POST would store a second brief. */
    createBrief: (request: BriefIntakeRequest, token: string | null, o: RequestOptions = {}) => {
      let body: unknown = request.kind === 'json' ? request.body : undefined;
      if (request.kind === 'upload') {
        const form = new FormData();
        for (const [key, value] of Object.entries(request.fields)) form.set(key, value);
        form.set('file', request.file, request.file.name);
        body = form;
      }
      return once<BriefListItem>('/api/briefs', { timeoutMs: DRAFT_TIMEOUT_MS, ...o }, readJson, {
        body,
        token,
      });
    },
    /** Not retried either; the server rebuilds the graph in one transaction, which takes a while. */
    saveAnnotations: (id: string, body: AnnotationBody, token: string | null, o: RequestOptions = {}) =>
      once<AnnotationSaved>(
        `/api/briefs/${encodeURIComponent(id)}/annotations`,
        { timeoutMs: DRAFT_TIMEOUT_MS, ...o },
        readJson,
        {
          body,
          method: 'PUT',
          token,
        },
      ),
    deleteBrief: (id: string, token: string | null, o: RequestOptions = {}) =>
      once<void>(`/api/briefs/${encodeURIComponent(id)}`, o, async () => undefined, {
        method: 'DELETE',
        token,
      }),
    snapshot: (id: string, o?: RequestOptions) =>
      get<Snapshot>(`/api/snapshots/${encodeURIComponent(id)}`, o),
    /** Not retried: a second POST would store a second snapshot. */
    createSnapshot: (body: SnapshotRequest, o: RequestOptions = {}) =>
      once<SnapshotLinks>('/api/snapshots', o, readJson, { body }),
    /** The view drawn as its snapshot would be (POST /api/render.svg|png); nothing is stored. */
    render: (
      format: 'svg' | 'png',
      body: RenderRequest,
      image: ImageOptions & { scale?: number },
      o: RequestOptions = {},
    ) => {
      const flag = (on: boolean) => (on ? 1 : 0);
      const query = queryString({
        scale: format === 'png' ? image.scale : undefined,
        background: image.background,
        title: flag(image.title),
        legend: flag(image.legend),
        source: flag(image.source),
      });
      return once<RenderedImage>(
        `/api/render.${format}${query}`,
        { timeoutMs: RENDER_TIMEOUT_MS, ...o },
        async (response) => {
          const scale = Number(response.headers.get('X-Snapshot-Scale'));
          return {
            blob: await response.blob(),
            scale: Number.isFinite(scale) && scale > 0 ? scale : null,
            fileName: dispositionFileName(response.headers.get('Content-Disposition')),
          };
        },
        { body },
      );
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
