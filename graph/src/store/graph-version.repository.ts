/**
 * A fingerprint of what the whole-graph answer depends on, cheap to read (one pass over the
 * briefs and the actors' stored layout, no relationship read): every load stamps each brief's
 * `loadedAt`, and every layout refresh changes the actors' coordinates. Two reads giving the same
 * fingerprint have seen the same graph, so the server may answer the second from what it made
 * for the first.
 */
import type { Neo4jGateway } from './neo4j-gateway.ts';

export async function graphVersion(gateway: Neo4jGateway): Promise<string> {
  const [row] = await gateway.query(
    { name: 'graph.version' },
    `CALL () { MATCH (b:Brief) RETURN count(b) AS briefs, toString(max(b.loadedAt)) AS loaded }
     CALL () { MATCH (a:Actor) RETURN count(a) AS actors, sum(a.layoutX) AS xs, sum(a.layoutY) AS ys,
                                      sum(coalesce(a.community, 0)) AS communities }
     RETURN briefs, loaded, actors, xs, ys, communities`,
  );
  return JSON.stringify([row?.briefs, row?.loaded, row?.actors, row?.xs, row?.ys, row?.communities]);
}
