/**
 * Writes (snapshots, briefs) with WRITE_TOKEN set need "Authorization: Bearer <token>". Without a
 * token anyone may write; config.ts refuses that on a HOST other machines can reach, unless
 * ALLOW_ANONYMOUS_WRITES says it is meant. The check runs before the body is read, so an
 * unauthorised client cannot make the server parse, extract or draw anything.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@briefgraph/graph/domain/errors';
import type { RequestHandler } from 'express';

export function requireWriteToken(token: string | undefined, what: string): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  // Digests have equal lengths, so timingSafeEqual compares without revealing the token's length.
  const expected = createHash('sha256').update(token).digest();
  return (req, res, next) => {
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    const digest = createHash('sha256')
      .update(given ?? '')
      .digest();
    if (given === undefined || !timingSafeEqual(digest, expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="briefgraph"');
      throw new AppError(
        'UNAUTHORIZED',
        401,
        `${what} on this server needs "Authorization: Bearer <token>" with its write token.`,
      );
    }
    next();
  };
}
