/**
 * Per-client rate limits on what costs the server most. Renders: POST /api/snapshots,
 * /api/render.svg and /api/render.png share one budget (each queries, lays out or draws a view).
 * Images: GET /api/snapshots/:id.png and .svg, which draw a snapshot once per set of options and
 * then answer from memory, but where every new set of options (scale, frame, title…) is a new
 * drawing; the budget is higher, as slide decks and pages fetch many of them.
 *
 * Counted per client address (req.ip: TRUST_PROXY decides whether it is read from
 * X-Forwarded-For; IPv6 addresses by their /56, as express-rate-limit does), in fixed windows of a
 * minute, in this process's memory: each process counts its own. A refused request gets a 429
 * with Retry-After from the one error handler, before its body is read.
 */
import { AppError } from '@briefgraph/graph/domain/errors';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

const WINDOW_MS = 60_000;

/** The routes each budget covers, as Express paths (app.ts mounts the limiters on them). */
export const RATE_LIMITED = {
  renders: {
    method: 'post',
    paths: ['/api/snapshots', '/api/render.svg', '/api/render.png', '/api/briefs/:id/draft', '/api/briefs'],
  },
  images: { method: 'get', paths: ['/api/snapshots/:id.png', '/api/snapshots/:id.svg'] },
} as const;

interface Budget {
  /** Shown in the RateLimit headers. */
  name: keyof typeof RATE_LIMITED;
  perMinute: number;
  /** The variable that sets it, named in the 429 message. */
  setting: keyof Config;
  /** "renders and snapshots", in the 429 message. */
  what: string;
}

function limiter({ name, perMinute, setting, what }: Budget, logger: Logger): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    identifier: name,
    // RateLimit and RateLimit-Policy on every answer, Retry-After on a refusal.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Its configuration checks (a trust proxy setting that does not fit the headers seen, say)
    // are warnings of the app's log, not lines on stderr.
    logger: {
      warn: (error: unknown) => logger.warn({ err: error }, 'rate limiter'),
      error: (error: unknown) => logger.warn({ err: error }, 'rate limiter'),
    },
    handler: (_req, res, next) => {
      const retryAfter = Number(res.getHeader('Retry-After') ?? WINDOW_MS / 1000);
      next(
        new AppError(
          'RATE_LIMITED',
          429,
          `Too many ${what} from this address: the limit is ${perMinute} a minute (${setting}). Try again in ${retryAfter} s.`,
          { details: { limit: perMinute, windowSeconds: WINDOW_MS / 1000, retryAfterSeconds: retryAfter } },
        ),
      );
    },
  });
}

export function rateLimiters(
  config: Pick<Config, 'RATE_LIMIT_RENDERS_PER_MINUTE' | 'RATE_LIMIT_IMAGES_PER_MINUTE'>,
  logger: Logger,
): Record<keyof typeof RATE_LIMITED, RequestHandler> {
  return {
    renders: limiter(
      {
        name: 'renders',
        perMinute: config.RATE_LIMIT_RENDERS_PER_MINUTE,
        setting: 'RATE_LIMIT_RENDERS_PER_MINUTE',
        what: 'renders, snapshots and drafts',
      },
      logger,
    ),
    images: limiter(
      {
        name: 'images',
        perMinute: config.RATE_LIMIT_IMAGES_PER_MINUTE,
        setting: 'RATE_LIMIT_IMAGES_PER_MINUTE',
        what: 'snapshot images',
      },
      logger,
    ),
  };
}
