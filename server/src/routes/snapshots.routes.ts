/**
 * Snapshots: create (POST /api/snapshots), read as JSON, SVG, PNG, the embed page and oEmbed.
 *
 *   POST /api/snapshots                201 {id, url, embedUrl, svgUrl, pngUrl}
 *   GET  /api/snapshots/:id            the snapshot record (JSON)
 *   GET  /api/snapshots/:id.svg        ?title=&legend=&source=&bare=&background=&download=
 *   GET  /api/snapshots/:id.png        the same, and ?scale=1..4
 *   GET  /embed/:id                    the read-only page for iframes (?bare=1)
 *   GET  /api/oembed?url=…             oEmbed 1.0 "rich"
 *   GET  /s/:id                        the explorer (app.ts serves the client; it reads the JSON)
 *   POST /api/render.svg, /api/render.png   {title?, caption?, view}: the image of a view, drawn
 *                                      as its snapshot would be, with the same options; not stored
 *
 * Snapshots never change, so every answer about one is cacheable forever, and rendered images
 * and pages are kept in memory (render-cache.ts). Rendered views are neither cached nor stored,
 * so those routes need no write token.
 */
import {
  EmbedQuery,
  type OEmbed,
  OEmbedQuery,
  PngQuery,
  SvgQuery,
} from '@briefgraph/graph/contracts/snapshots.contracts';
import { AppError, NotFoundError, ValidationError } from '@briefgraph/graph/domain/errors';
import { type Frame, frameFromQuery, frameSlug } from '@briefgraph/graph/domain/frame';
import {
  RenderRequestSchema,
  SnapshotIdSchema,
  type SnapshotLinks,
  SnapshotRequestSchema,
} from '@briefgraph/graph/domain/schemas';
import { createSnapshotFrom, draftSnapshot, type LayoutFn } from '@briefgraph/graph/snapshots/draft-snapshot';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { assertSnapshot, findSnapshot } from '@briefgraph/graph/store/snapshots.repository';
import express, { type Request, type Response, Router } from 'express';
import type { Config } from '../config.ts';
import { EMBED_CSP, renderEmbedPage } from '../snapshots/embed-page.ts';
import { queryLayout } from '../snapshots/query-layout.ts';
import { RenderCache } from '../snapshots/render-cache.ts';
import { type RenderedPng, renderPng } from '../snapshots/render-png.ts';
import { type RenderedSvg, renderSnapshotSvg, type SvgOptions } from '../snapshots/render-svg.ts';
import { socialMeta } from '../snapshots/social-meta.ts';
import { escapeXml } from '../snapshots/xml.ts';
import { assertBody, assertParsed } from '../validation.ts';
import { requireWriteToken } from '../write-token.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A standalone SVG document may run nothing and load nothing. */
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export interface SnapshotsDeps {
  gateway: Neo4jGateway;
  config: Pick<Config, 'PUBLIC_URL' | 'WRITE_TOKEN'>;
  /** The built client's index.html, served at /s/:id with the snapshot's preview tags; absent when not built. */
  clientIndexHtml?: () => string | undefined;
  /** Lays out query snapshots: the worker pool in the app, in process where nothing else waits. */
  layout?: LayoutFn;
}

/** A malformed id cannot name a snapshot: 404, like an unknown one. */
function assertSnapshotId(value: unknown): string {
  const parsed = SnapshotIdSchema.safeParse(value);
  if (!parsed.success) throw new NotFoundError(`No snapshot has the id "${String(value)}".`);
  return parsed.data;
}

function baseUrl(req: Request, config: SnapshotsDeps['config']): string {
  return (config.PUBLIC_URL ?? `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '');
}

/**
 * How long a page holding absolute links may be kept. Without PUBLIC_URL the links come from
 * the request's Host header, which the client chooses: such a page is kept five minutes, never
 * forever, so a forged Host cannot live on in a cache. With PUBLIC_URL it never changes.
 */
function linkedPageCache(config: SnapshotsDeps['config'], immutable: string): string {
  return config.PUBLIC_URL ? immutable : 'public, max-age=300';
}

export function snapshotLinks(base: string, id: string): SnapshotLinks {
  return {
    id,
    url: `${base}/s/${id}`,
    embedUrl: `${base}/embed/${id}`,
    svgUrl: `${base}/api/snapshots/${id}.svg`,
    pngUrl: `${base}/api/snapshots/${id}.png`,
  };
}

/** The snapshot id in any of its URLs: /s/:id, /embed/:id, /api/snapshots/:id[.svg|.png]. */
export function snapshotIdFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /^\/(?:s|embed|api\/snapshots)\/([A-Za-z0-9_-]{22})(?:\.(?:svg|png))?\/?$/.exec(path);
  return match?.[1] ?? null;
}

/** Largest JSON body: a 2,000-actor view with its relationships and quotes. */
const BODY_LIMIT = '2mb';

/**
 * What one unsaved render may draw. A render is not stored and costs the same every time it is
 * asked, so it is held to less than a snapshot (SNAPSHOT_LIMITS), which is drawn once and cached.
 */
export const RENDER_LIMITS = { nodes: 1_000, edges: 2_500 } as const;

function assertRenderBudget(view: { nodes: readonly unknown[]; edges: readonly unknown[] }): void {
  if (view.nodes.length > RENDER_LIMITS.nodes || view.edges.length > RENDER_LIMITS.edges) {
    throw new AppError(
      'RENDER_TOO_LARGE',
      413,
      `A rendered view may hold at most ${RENDER_LIMITS.nodes} actors and ${RENDER_LIMITS.edges} relationships; this one has ${view.nodes.length} and ${view.edges.length}. Share it as a snapshot instead, or show less.`,
      { details: { limits: RENDER_LIMITS, nodes: view.nodes.length, edges: view.edges.length } },
    );
  }
}

function publicImmutable(res: Response): void {
  res.setHeader('Cache-Control', IMMUTABLE);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

/** An image with what its file is named after: a snapshot has an id, a rendered view has none. */
type Named<T> = T & { title: string; id?: string; frame: Frame };

/**
 * briefgraph-<title>-<id>-2x-16x9.png for a snapshot, briefgraph-<title>-2x-16x9.png for a
 * rendered view (an SVG has no scale): downloads at 1x, 2x and 4x never overwrite each other.
 */
function fileName(image: Named<unknown>, extension: string, scale?: number): string {
  const slug = image.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const id = image.id ? `-${image.id.slice(0, 6)}` : '';
  const size = `${scale === undefined ? '' : `-${Math.round(scale * 100) / 100}x`}-${frameSlug(image.frame)}`;
  return `briefgraph-${slug || (image.id ? 'snapshot' : 'view')}${id}${size.replace('.', '_')}.${extension}`;
}

/** `name` is ASCII letters, digits and dashes (fileName), so it needs no quoting rules. */
function disposition(res: Response, name: string, download: boolean): void {
  res.setHeader('Content-Disposition', `${download ? 'attachment' : 'inline'}; filename="${name}"`);
}

function svgOptions(q: {
  title: boolean;
  legend: boolean;
  source: boolean;
  bare: boolean;
  background: 'white' | 'transparent';
}): Required<SvgOptions> {
  return {
    title: q.title && !q.bare,
    legend: q.legend && !q.bare,
    source: q.source,
    background: q.background,
  };
}

function sendSvg(res: Response, image: Named<RenderedSvg>, download: boolean): void {
  res.setHeader('Content-Security-Policy', SVG_CSP);
  disposition(res, fileName(image, 'svg'), download);
  res.type('image/svg+xml').send(image.svg);
}

/** The scale may be lower than asked for a very large image (render-png.ts): the header says which. */
function sendPng(res: Response, image: Named<RenderedPng>, download: boolean): void {
  res.setHeader('X-Snapshot-Scale', String(Math.round(image.scale * 1000) / 1000));
  res.setHeader('Access-Control-Expose-Headers', 'X-Snapshot-Scale, Content-Disposition');
  disposition(res, fileName(image, 'png', image.scale), download);
  res.type('image/png').send(image.png);
}

const optionKey = (o: Required<SvgOptions>) => `${+o.title}${+o.legend}${+o.source}${o.background}`;

interface FrameQuery {
  frame?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

export function snapshotsRoutes({
  gateway,
  config,
  clientIndexHtml,
  layout = queryLayout,
}: SnapshotsDeps): Router {
  const router = Router();
  const svgs = new RenderCache<Named<RenderedSvg>>(32 * 2 ** 20, (v) => v.svg.length);
  const pngs = new RenderCache<Named<RenderedPng>>(96 * 2 ** 20, (v) => v.png.length);
  const pages = new RenderCache<string>(32 * 2 ** 20, (v) => v.length);

  /** A stored snapshot drawn in `frame` (from the URL), or in the frame it was made with. */
  /**
   * A stored snapshot drawn in the frame its URL asks for, or in the one it was made with. The
   * snapshot is read only on a cache miss: the key names the frame as asked, checked first.
   */
  const svgOf = (id: string, options: Required<SvgOptions>, query: FrameQuery = {}) => {
    const asked =
      query.frame !== undefined || query.width !== undefined || query.height !== undefined
        ? frameFromQuery(query, 'auto')
        : null;
    return svgs.get(`${id}:${optionKey(options)}:${asked ? frameSlug(asked) : 'stored'}`, async () => {
      const snapshot = await assertSnapshot(gateway, id);
      const frame = asked ?? snapshot.frame;
      return { ...renderSnapshotSvg({ ...snapshot, frame }, options), title: snapshot.title, id, frame };
    });
  };

  // Only these three routes take a body. Creating a snapshot stores it: the token is checked
  // before the body is read. Rendering a view stores nothing and draws only what the database
  // holds, so the explorer's Export works on a server with a token; its rate limit and render
  // budget bound what it costs.
  const json = express.json({ limit: BODY_LIMIT });
  const guarded = [requireWriteToken(config.WRITE_TOKEN, 'Creating snapshots and rendering views'), json];

  router.post('/api/snapshots', ...guarded, async (req, res) => {
    const request = assertBody(SnapshotRequestSchema, req.body, 'snapshot');
    const snapshot = await createSnapshotFrom(gateway, request, layout);
    const base = baseUrl(req, config);
    res.status(201).location(`${base}/api/snapshots/${snapshot.id}`).json(snapshotLinks(base, snapshot.id));
  });

  router.get('/api/snapshots/:id.svg', async (req, res) => {
    const id = assertSnapshotId(req.params.id);
    const q = assertParsed(SvgQuery, req.query, 'query');
    const image = await svgOf(id, svgOptions(q), q);
    publicImmutable(res);
    sendSvg(res, image, q.download);
  });

  router.get('/api/snapshots/:id.png', async (req, res) => {
    const id = assertSnapshotId(req.params.id);
    const q = assertParsed(PngQuery, req.query, 'query');
    const options = svgOptions(q);
    const svg = await svgOf(id, options, q);
    const image = await pngs.get(
      `${id}:${optionKey(options)}:${frameSlug(svg.frame)}:${q.scale}`,
      async () => ({
        ...(await renderPng(svg, { scale: q.scale, background: q.background })),
        title: svg.title,
        id,
        frame: svg.frame,
      }),
    );
    publicImmutable(res);
    sendPng(res, image, q.download);
  });

  /** The view, re-read from the database and drawn as its snapshot would be, dated now. */
  const svgOfView = async (body: unknown, options: Required<SvgOptions>, query: FrameQuery) => {
    const request = assertBody(RenderRequestSchema, body, 'render request');
    assertRenderBudget(request.view);
    const draft = await draftSnapshot(gateway, request, layout);
    const frame = frameFromQuery(query, draft.frame);
    const drawable = { ...draft, frame, createdAt: new Date().toISOString() };
    return { ...renderSnapshotSvg(drawable, options), title: drawable.title, frame };
  };

  router.post('/api/render.svg', json, async (req, res) => {
    const q = assertParsed(SvgQuery, req.query, 'query');
    const image = await svgOfView(req.body, svgOptions(q), q);
    res.setHeader('Cache-Control', 'no-store');
    sendSvg(res, image, q.download);
  });

  router.post('/api/render.png', json, async (req, res) => {
    const q = assertParsed(PngQuery, req.query, 'query');
    const svg = await svgOfView(req.body, svgOptions(q), q);
    const image = await renderPng(svg, { scale: q.scale, background: q.background });
    res.setHeader('Cache-Control', 'no-store');
    sendPng(res, { ...image, title: svg.title, frame: svg.frame }, q.download);
  });

  router.get('/api/snapshots/:id', async (req, res) => {
    const snapshot = await assertSnapshot(gateway, assertSnapshotId(req.params.id));
    publicImmutable(res);
    res.json(snapshot);
  });

  // The explorer at a snapshot, with the tags that make its link unfurl as the picture. The
  // page changes with each client build, so it is cached briefly, not forever.
  router.get('/s/:id', async (req, res, next) => {
    const index = clientIndexHtml?.();
    if (!index) return next();
    const parsed = SnapshotIdSchema.safeParse(req.params.id);
    const snapshot = parsed.success ? await findSnapshot(gateway, parsed.data) : null;
    res.setHeader('Cache-Control', 'public, max-age=300');
    // An unknown id still opens the explorer, which says so; robots are told with the status.
    if (!snapshot) return void res.status(404).type('html').send(index);
    const base = baseUrl(req, config);
    const links = snapshotLinks(base, snapshot.id);
    const oembedUrl = `${base}/api/oembed?format=json&url=${encodeURIComponent(links.url)}`;
    const meta = socialMeta(snapshot, links, oembedUrl);
    const html = index
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(snapshot.title)} · briefgraph</title>`)
      .replace('</head>', `${meta}\n</head>`);
    res.type('html').send(html);
  });

  router.get('/embed/:id', async (req, res) => {
    const id = assertSnapshotId(req.params.id);
    const q = assertParsed(EmbedQuery, req.query, 'query');
    const base = baseUrl(req, config);
    const html = await pages.get(`${id}:${+q.bare}:${base}`, async () => {
      const links = snapshotLinks(base, id);
      const oembedUrl = `${base}/api/oembed?format=json&url=${encodeURIComponent(links.url)}`;
      return renderEmbedPage(await assertSnapshot(gateway, id), { bare: q.bare, links, oembedUrl });
    });
    // The one page meant for other sites' frames: it replaces app.ts's frame-forbidding headers.
    res.setHeader('Content-Security-Policy', EMBED_CSP);
    res.removeHeader('X-Frame-Options');
    res.setHeader('Cache-Control', linkedPageCache(config, IMMUTABLE));
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.type('html').send(html);
  });

  router.get('/api/oembed', async (req, res) => {
    const q = assertParsed(OEmbedQuery, req.query, 'query');
    // An empty format is the default, json; xml is the one other format oEmbed 1.0 defines,
    // and a provider without it answers 501 (section 2.3.4). Anything else is not a format.
    if (q.format === 'xml') throw new AppError('NOT_IMPLEMENTED', 501, 'Only format=json is offered.');
    if (q.format !== 'json' && q.format !== '') {
      throw new ValidationError('Invalid query: format: must be json (or xml, which is not offered).');
    }
    const id = snapshotIdFromUrl(q.url);
    if (!id) throw new NotFoundError('The url is not the URL of a snapshot (/s/:id or /embed/:id).');
    const image = await svgOf(
      id,
      svgOptions({ title: true, legend: true, source: true, bare: false, background: 'white' }),
    );
    const links = snapshotLinks(baseUrl(req, config), id);
    // The page is the image's layout with a smaller header: the image's proportions fit it.
    const width = Math.min(q.maxwidth, Math.max(480, Math.min(960, image.width)));
    const height = Math.min(
      q.maxheight,
      Math.max(320, Math.min(900, Math.round((width * image.height) / image.width))),
    );
    const body: OEmbed = {
      version: '1.0',
      type: 'rich',
      provider_name: 'briefgraph',
      provider_url: `${baseUrl(req, config)}/`,
      title: image.title,
      html: `<iframe src="${escapeXml(links.embedUrl)}" width="${width}" height="${height}" title="${escapeXml(image.title)}" loading="lazy" style="border:0;max-width:100%" allowfullscreen></iframe>`,
      width,
      height,
      cache_age: 31_536_000,
      thumbnail_url: `${links.pngUrl}?scale=1`,
      thumbnail_width: image.width,
      thumbnail_height: image.height,
    };
    res.setHeader('Cache-Control', linkedPageCache(config, 'public, max-age=86400'));
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.json(body);
  });

  return router;
}
