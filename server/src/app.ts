/**
 * Builds the Express app: request logging, security headers, rate limits, the API routes, the
 * OpenAPI document, the built client, and the one error handler. No listening here (main.ts),
 * so tests can mount it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { LayoutFn } from '@briefgraph/graph/snapshots/draft-snapshot';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Config } from './config.ts';
import { errorHandler, methodNotAllowedHandler, notFoundHandler } from './error-handler.ts';
import type { Logger } from './logger.ts';
import { buildOpenApiDocument, operations } from './openapi.ts';
import { createPlacementKeeper, type PlacementKeeper } from './placement-keeper.ts';
import { RATE_LIMITED, rateLimiters } from './rate-limits.ts';
import { actorsRoutes } from './routes/actors.routes.ts';
import { briefsRoutes } from './routes/briefs.routes.ts';
import { graphRoutes } from './routes/graph.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { pathsRoutes } from './routes/paths.routes.ts';
import { snapshotsRoutes } from './routes/snapshots.routes.ts';
import { vocabularyRoutes } from './routes/vocabulary.routes.ts';
import { securityHeaders } from './security-headers.ts';
import { createDraftPool, type DraftFn } from './workers/draft-pool.ts';
import { createLayoutPool } from './workers/layout-pool.ts';
import { createWholeLayoutPool } from './workers/whole-layout-pool.ts';

export interface AppDeps {
  config: Config;
  gateway: Neo4jGateway;
  logger: Logger;
  /** Folder of the built client (client/dist); a placeholder page is served when missing. */
  clientDir: string;
  /** Where query snapshots are laid out; by default a pool of worker threads (workers/). */
  layout?: LayoutFn;
  /** Where briefs are drafted; by default a worker thread of its own (workers/draft-pool.ts). */
  draft?: DraftFn;
  /** Refreshes the whole graph's stored layout after a load; by default in a worker thread. */
  placements?: PlacementKeeper;
}

export function createApp({
  config,
  gateway,
  logger,
  clientDir,
  layout = createLayoutPool().layout,
  draft = createDraftPool().draft,
  placements = createPlacementKeeper(gateway, createWholeLayoutPool().layout, logger),
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Which address is the client's (rate limits count by it): the socket's, unless TRUST_PROXY
  // names the proxies in front, whose X-Forwarded-For is then believed.
  app.set('trust proxy', config.TRUST_PROXY);

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    next();
  });
  // gzip or brotli, as the client accepts, for text (JSON, SVG, HTML, scripts) over 1 KB;
  // PNGs are already compressed and are sent as they are. gzip at its fastest level: the whole
  // 10k-actor graph is 9% larger (539 KB, not 493 KB) and compressed in 11 ms, not 41 ms.
  app.use(compression({ level: 1 }));
  // Nothing may be framed but the embed page, whose route replaces these (security-headers.ts).
  app.use(securityHeaders(config));
  // Before the routes, so a refused request is not read, parsed or drawn.
  const limits = rateLimiters(config, logger);
  app.post([...RATE_LIMITED.renders.paths], limits.renders);
  app.get([...RATE_LIMITED.images.paths], limits.images);

  const openapi = buildOpenApiDocument();
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(healthRoutes(gateway));
  app.use(vocabularyRoutes());
  app.use(actorsRoutes(gateway));
  app.use(graphRoutes(gateway));
  app.use(pathsRoutes(gateway));
  app.use(briefsRoutes(gateway, draft, config, placements));
  // Read again when a rebuild replaced it (npm run build while the server runs), else cached.
  const indexFile = `${clientDir}/index.html`;
  let indexHtml: { text: string; mtimeMs: number } | undefined;
  const clientIndexHtml = () => {
    const mtimeMs = existsSync(indexFile) ? statSync(indexFile).mtimeMs : undefined;
    if (mtimeMs === undefined) return undefined;
    if (indexHtml?.mtimeMs !== mtimeMs) indexHtml = { text: readFileSync(indexFile, 'utf8'), mtimeMs };
    return indexHtml.text;
  };
  app.use(snapshotsRoutes({ gateway, config, clientIndexHtml, layout }));
  // Only now: a known path asked with the wrong method, then unknown /api paths.
  app.use(methodNotAllowedHandler(operations));
  app.use('/api', notFoundHandler());

  if (existsSync(`${clientDir}/index.html`)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Deep links (/?actor=KOR) and permalinks (/s/:id) open the explorer.
    app.get(['/', '/s/:id'], (_req, res) => {
      res.sendFile(`${clientDir}/index.html`);
    });
    // The brief workbench is a page of its own (client/briefs.html), without the graph's bundle.
    app.get(['/briefs/new', '/briefs/:id/review'], (_req, res, next) => {
      if (!existsSync(`${clientDir}/briefs.html`)) return next();
      res.sendFile(`${clientDir}/briefs.html`);
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><title>briefgraph</title><h1>briefgraph</h1><p>The web client is not built yet: run <code>npm run build</code>. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>',
        );
    });
  }
  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  return app;
}
