/** Which workbench page a path is: /briefs/new or /briefs/:id/review. */
export type Route = { page: 'new' } | { page: 'review'; briefId: string } | { page: 'none' };

export function routeOf(pathname: string): Route {
  if (/^\/briefs\/new\/?$/.test(pathname)) return { page: 'new' };
  const m = /^\/briefs\/([a-z0-9][a-z0-9-]{1,99})\/review\/?$/.exec(pathname);
  return m ? { page: 'review', briefId: m[1] as string } : { page: 'none' };
}

export const reviewPath = (briefId: string) => `/briefs/${encodeURIComponent(briefId)}/review`;
/** The explorer has no brief parameter: it opens on the whole graph, the new brief in it. */
export const explorerPath = () => '/';
