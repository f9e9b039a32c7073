import type { Path, Point, Snapshot } from '@briefgraph/graph/domain/schemas';
import { formatDate } from '../text/sentences.ts';

/**
 * Pure: a permalink (/s/:id) read back. The explorer draws a snapshot's own actors and
 * relationships at their stored positions, zoom and pan (no layout runs), and lights its path.
 */

/** The id in /s/:id, or null on any other page. Not checked here: an unknown id is the server's 404. */
export function snapshotIdFromPath(pathname: string): string | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** The highlighted path as a Path (actors and relationships in order), or null when it has none. */
export function snapshotPath(snapshot: Pick<Snapshot, 'highlightedPath' | 'nodes' | 'edges'>): Path | null {
  const ids = snapshot.highlightedPath ?? [];
  if (ids.length === 0) return null;
  const actors = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const relationships = new Map(snapshot.edges.map((e) => [e.id, e]));
  const nodes = ids.filter((_, i) => i % 2 === 0).map((id) => actors.get(id));
  const edges = ids.filter((_, i) => i % 2 === 1).map((id) => relationships.get(id));
  if (nodes.some((n) => !n) || edges.some((e) => !e)) return null;
  return { nodes: nodes.filter((n) => !!n), edges: edges.filter((e) => !!e), length: edges.length };
}

/**
 * The stored pan, moved so the stored canvas's centre stays at the centre of this one: the same
 * size draws the same picture, another size the same middle of it.
 */
export function panFor(
  snapshot: Pick<Snapshot, 'pan' | 'viewport'>,
  canvas: { width: number; height: number },
): Point {
  const stored = snapshot.viewport;
  if (!stored || canvas.width <= 0 || canvas.height <= 0) return snapshot.pan;
  return {
    x: snapshot.pan.x + (canvas.width - stored.width) / 2,
    y: snapshot.pan.y + (canvas.height - stored.height) / 2,
  };
}

/**
 * A canvas this much smaller than the stored one (or less) keeps the stored zoom: a banner
 * above it changes nothing. A phone's, much smaller, would show a corner of the picture.
 */
const KEEP_ZOOM_DOWN_TO = 0.85;

/**
 * The stored zoom and pan for this canvas (panFor); null on a canvas much smaller than the
 * stored one, which should rather fit the snapshot's actors (at a legible zoom) than show a
 * corner of the stored frame or all of it too small to read.
 */
export function viewportFor(
  snapshot: Pick<Snapshot, 'pan' | 'viewport' | 'zoom'>,
  canvas: { width: number; height: number },
): { zoom: number; pan: Point } | null {
  const pan = panFor(snapshot, canvas);
  const stored = snapshot.viewport;
  if (!stored || canvas.width <= 0 || canvas.height <= 0) return { zoom: snapshot.zoom, pan };
  const scale = Math.min(canvas.width / stored.width, canvas.height / stored.height);
  return scale >= KEEP_ZOOM_DOWN_TO ? { zoom: snapshot.zoom, pan } : null;
}

/** "Snapshot", title, "3 April 2023", caption: the banner's parts, in order. */
export function bannerParts(snapshot: Pick<Snapshot, 'title' | 'createdAt' | 'caption'>): string[] {
  return [
    'Snapshot',
    snapshot.title,
    formatDate(snapshot.createdAt.slice(0, 10)),
    snapshot.caption ?? '',
  ].filter(Boolean);
}
