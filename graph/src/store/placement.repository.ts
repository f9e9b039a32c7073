/**
 * The whole graph's stored layout: each actor's position and community, kept on the :Actor
 * node as `layoutX`, `layoutY` and `community` (whole-layout.ts computes them). The loader
 * leaves these properties alone (it compares and writes only its own), so a brief saved into
 * a large graph moves nobody who was placed.
 */
import type { Placement } from '../domain/placement.ts';
import type { Neo4jGateway } from './neo4j-gateway.ts';

export const PLACEMENT_KEYS = ['layoutX', 'layoutY', 'community'] as const;

/** Cypher columns of an actor's placement, for a query that returns actors bound to `v`. */
export const placementColumns = (v: string) =>
  `${v}.layoutX AS layoutX, ${v}.layoutY AS layoutY, ${v}.community AS community`;

/** A row's placement (its placementColumns), or null when the actor has none yet. */
export function toPlacement(row: Readonly<Record<string, unknown>>): Placement | null {
  const { layoutX: x, layoutY: y, community } = row;
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  return { x, y, community: typeof community === 'number' ? community : 0 };
}

/** What a layout needs: every actor (with its stored position, if any) and every actor pair. */
export interface StoredGraphShape {
  readonly actors: string[];
  readonly edges: Array<{ source: string; target: string }>;
  readonly placed: Record<string, Placement>;
}

export async function readGraphShape(gateway: Neo4jGateway): Promise<StoredGraphShape> {
  return gateway.read({ name: 'placement.shape', timeoutMs: 120_000 }, async (run) => {
    const actors = await run(`MATCH (a:Actor) RETURN a.id AS id, ${placementColumns('a')}`);
    // One pair per connected couple, whichever way and however many relationships.
    const pairs = await run(
      `MATCH (s:Actor)-[]->(t:Actor) WHERE s.id <> t.id
       WITH CASE WHEN s.id < t.id THEN [s.id, t.id] ELSE [t.id, s.id] END AS pair
       RETURN DISTINCT pair[0] AS source, pair[1] AS target`,
    );
    const placed: Record<string, Placement> = {};
    for (const row of actors) {
      const p = toPlacement(row);
      if (p) placed[String(row.id)] = p;
    }
    return {
      actors: actors.map((r) => String(r.id)),
      edges: pairs.map((r) => ({ source: String(r.source), target: String(r.target) })),
      placed,
    };
  });
}

/**
 * Stores these placements, in batches, in one transaction; an actor deleted meanwhile is
 * skipped (MATCH, not MERGE). Returns how many actors were written.
 */
export async function writePlacements(
  gateway: Neo4jGateway,
  placements: ReadonlyArray<{ id: string } & Placement>,
): Promise<number> {
  if (placements.length === 0) return 0;
  return gateway.write({ name: 'placement.write', timeoutMs: 120_000 }, async (run) => {
    let written = 0;
    for (let i = 0; i < placements.length; i += 5_000) {
      const rows = await run(
        `UNWIND $batch AS row MATCH (a:Actor {id: row.id})
         SET a.layoutX = row.x, a.layoutY = row.y, a.community = row.community
         RETURN count(a) AS written`,
        { batch: placements.slice(i, i + 5_000).map((p) => ({ ...p })) },
      );
      written += Number(rows[0]?.written ?? 0);
    }
    return written;
  });
}
