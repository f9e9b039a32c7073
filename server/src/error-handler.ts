/**
 * The one error middleware: AppErrors become `{"error":{code,message,details}}` with their
 * status; body-parser errors become 400/413; anything else is logged and answered as a 500
 * without a stack trace.
 */
import { AppError } from '@briefgraph/graph/domain/errors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from './logger.ts';

function body(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The path as the client sent it: a handler mounted at /api still names /api/…. */
const pathOf = (req: { originalUrl: string }) => req.originalUrl.split('?')[0] ?? '/';

export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res.status(404).json(body('NOT_FOUND', `No route for ${req.method} ${pathOf(req)}.`));
  };
}

/**
 * 405 with `Allow` for a method a known path does not take. `routes` are OpenAPI path templates
 * (`/api/actors/{id}`) with their methods; HEAD goes with GET, as Express answers it.
 */
export function methodNotAllowedHandler(
  routes: ReadonlyArray<{ path: string; method: string }>,
): RequestHandler {
  const templates = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const { path, method } of routes) {
    const entry = templates.get(path) ?? {
      pattern: new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
      methods: new Set<string>(),
    };
    entry.methods.add(method.toUpperCase());
    if (method.toUpperCase() === 'GET') entry.methods.add('HEAD');
    templates.set(path, entry);
  }
  return (req, res, next) => {
    const path = pathOf(req);
    const allowed = new Set<string>();
    for (const { pattern, methods } of templates.values()) {
      if (pattern.test(path)) for (const m of methods) allowed.add(m);
    }
    if (allowed.size === 0 || allowed.has(req.method)) return next();
    const allow = [...allowed].sort().join(', ');
    res.setHeader('Allow', allow);
    res
      .status(405)
      .json(body('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path}; use ${allow}.`));
  };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof AppError) {
      if (error.status >= 500) logger.warn({ err: error.cause ?? error, path: req.path }, error.message);
      res.status(error.status).json(body(error.code, error.message, error.details));
      return;
    }
    const http = error as { type?: string; status?: number; message?: string };
    if (http.type === 'entity.too.large') {
      res.status(413).json(body('PAYLOAD_TOO_LARGE', 'The request body is larger than the limit.'));
      return;
    }
    if (http.type === 'entity.parse.failed') {
      res.status(400).json(body('MALFORMED_JSON', 'The request body is not valid JSON.'));
      return;
    }
    if (typeof http.status === 'number' && http.status >= 400 && http.status < 500) {
      res.status(http.status).json(body('BAD_REQUEST', http.message ?? 'Bad request.'));
      return;
    }
    logger.error({ err: error, path: req.path }, 'unhandled error');
    res.status(500).json(body('INTERNAL', 'Something went wrong on the server.'));
  };
}
