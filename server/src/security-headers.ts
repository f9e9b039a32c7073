/**
 * The headers every answer starts with, by helmet, with its defaults but for these:
 * - framing: nothing may be framed (CSP frame-ancestors 'none', X-Frame-Options DENY). The one
 *   page meant for other sites' frames, /embed/:id, is the route that serves it replacing these
 *   (snapshots.routes.ts); deciding here from the path would let /embed/x/..%2F..%2Findex.html
 *   frame the whole explorer once the static server resolves it. The SVG images set their own
 *   stricter policy there too.
 * - no upgrade-insecure-requests: the app is served over plain HTTP (locally, in a container
 *   behind a proxy on a private network), where it would send the browser to https:// for every
 *   script and stylesheet and break the page.
 * - images and fetches may also come from PUBLIC_URL when it is another origin than the page's
 *   (the share dialog shows the snapshot's pngUrl, built from PUBLIC_URL).
 * - Strict-Transport-Security only when PUBLIC_URL is https://, the one case where the app knows
 *   it is reached over TLS; never includeSubDomains, which would pin sibling sites to HTTPS too.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from './config.ts';

export function securityHeaders(config: Pick<Config, 'PUBLIC_URL'>): RequestHandler {
  const publicOrigin = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : undefined;
  const fromPublicUrl = publicOrigin ? [publicOrigin] : [];
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:', ...fromPublicUrl],
        'connect-src': ["'self'", ...fromPublicUrl],
        'upgrade-insecure-requests': null,
      },
    },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: publicOrigin?.startsWith('https:')
      ? { maxAge: 31_536_000, includeSubDomains: false }
      : false,
  });
}
