import type { Point } from '@briefgraph/graph/domain/schemas';

/**
 * Where each actor of a big graph is drawn, from the positions the server stored
 * (graph/src/drawing/whole-layout.ts) — no layout in the browser. Actors the server has not
 * placed yet (a brief saved a moment ago) go next to their placed neighbours, or else on a ring
 * just outside the picture; one pass over the relationships, so 10,000 actors cost milliseconds.
 * Pure and DOM-free.
 */

/** How far from its neighbours' centre an unplaced actor goes, in model pixels. */
const NEIGHBOUR_OFFSET = 40;
/** Spreads the actors placed about one spot over a spiral instead of one point. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** The ring of actors with no placed neighbour starts this far outside the placed ones. */
const RING_MARGIN = 120;
/** Room along the ring per actor. */
const RING_SPACING = 60;

/**
 * Every actor's position, or null when the server placed none of them (the caller lays the
 * graph out as before).
 */
export function presetPositions(
  actorIds: readonly string[],
  relationships: Iterable<{ readonly source: string; readonly target: string }>,
  stored: ReadonlyMap<string, Point>,
): Record<string, Point> | null {
  const out: Record<string, Point> = {};
  const unplaced: string[] = [];
  for (const id of actorIds) {
    const p = stored.get(id);
    if (p) out[id] = { x: p.x, y: p.y };
    else unplaced.push(id);
  }
  if (unplaced.length === actorIds.length) return null;
  if (unplaced.length === 0) return out;

  const waiting = new Set(unplaced);
  const sums = new Map<string, { x: number; y: number; n: number }>();
  const addNeighbour = (id: string, other: string) => {
    const p = out[other];
    if (!waiting.has(id) || !p || waiting.has(other)) return;
    const sum = sums.get(id) ?? { x: 0, y: 0, n: 0 };
    sum.x += p.x;
    sum.y += p.y;
    sum.n += 1;
    sums.set(id, sum);
  };
  for (const rel of relationships) {
    addNeighbour(rel.source, rel.target);
    addNeighbour(rel.target, rel.source);
  }

  const box = bounds(Object.values(out));
  const alone: string[] = [];
  unplaced.forEach((id, i) => {
    const sum = sums.get(id);
    if (!sum) {
      alone.push(id);
      return;
    }
    const angle = i * GOLDEN_ANGLE;
    const radius = NEIGHBOUR_OFFSET * (1 + (i % 3) / 2);
    out[id] = { x: sum.x / sum.n + radius * Math.cos(angle), y: sum.y / sum.n + radius * Math.sin(angle) };
  });

  if (alone.length) {
    const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const radius = Math.max(
      Math.hypot(box.x2 - box.x1, box.y2 - box.y1) / 2 + RING_MARGIN,
      (alone.length * RING_SPACING) / (2 * Math.PI),
    );
    alone.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / alone.length;
      out[id] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    });
  }
  return out;
}

function bounds(points: readonly Point[]): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return { x1, y1, x2, y2 };
}
