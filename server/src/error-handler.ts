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

export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res.status(404).json(body('NOT_FOUND', `No route for ${req.method} ${req.path}.`));
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
