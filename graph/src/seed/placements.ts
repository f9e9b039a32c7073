/**
 * After a load: the whole graph's layout, computed (whole-layout.ts) and stored on the actors
 * (placement.repository.ts), so the explorer opens a large graph at stored positions. Where most
 * actors are placed already they keep their places and only the new ones are laid out; only
 * placements that changed are written. The server runs the layout in a worker thread
 * (server/src/workers/), `npm run load` and tests in process.
 */
import type { Placement } from '../domain/placement.ts';
import { layoutWholeGraph, type WholeLayout, type WholeLayoutInput } from '../drawing/whole-layout.ts';
import type { Neo4jGateway } from '../store/neo4j-gateway.ts';
import { readGraphShape, writePlacements } from '../store/placement.repository.ts';

export type WholeLayoutFn = (input: WholeLayoutInput) => Promise<WholeLayout>;

export interface PlacementsRefreshed {
  readonly actors: number;
  /** Actors laid out anew (the others kept their places). */
  readonly moved: number;
  /** Placements written (changed positions or communities). */
  readonly written: number;
}

const inProcess: WholeLayoutFn = async (input) => layoutWholeGraph(input);

export interface RefreshOptions {
  /**
   * Lay the whole graph out afresh, whatever is placed (`npm run load -- --relayout`): kept
   * places suit briefs added over time, not a graph whose ties have mostly changed since.
   */
  readonly fresh?: boolean;
}

export async function refreshPlacements(
  gateway: Neo4jGateway,
  layout: WholeLayoutFn = inProcess,
  options: RefreshOptions = {},
): Promise<PlacementsRefreshed> {
  const shape = await readGraphShape(gateway);
  const previous = options.fresh
    ? {}
    : Object.fromEntries(Object.entries(shape.placed).map(([id, p]) => [id, { x: p.x, y: p.y }]));
  const result = await layout({ actors: shape.actors, edges: shape.edges, previous });
  const changed: Array<{ id: string } & Placement> = [];
  for (const [id, p] of Object.entries(result.positions)) {
    const community = result.communities[id] ?? 0;
    const stored = shape.placed[id];
    if (stored && stored.x === p.x && stored.y === p.y && stored.community === community) continue;
    changed.push({ id, x: p.x, y: p.y, community });
  }
  const written = await writePlacements(gateway, changed);
  return { actors: shape.actors.length, moved: result.moved, written };
}
