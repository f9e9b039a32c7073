/**
 * `npm run bench`, at scale: what a load costs the database (its rate and the heap its
 * transaction holds, sampled from SHOW TRANSACTIONS while it runs), and what the explorer's
 * first request for the whole graph costs (bytes on the wire, gzip, and time), full records
 * beside the compact columns.
 */
import { request } from 'node:http';
import {
  actorCreations,
  actorRow,
  pipelined,
  relationshipCreations,
  relationshipRow,
} from '@briefgraph/graph/seed/load-statements';
import { mergeActors, mergeRelationships } from '@briefgraph/graph/seed/merge';
import type { Seed } from '@briefgraph/graph/seed/validate-seed';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';

/**
 * Runs `work` while sampling the heap of the database's largest open write transaction, once a
 * second (a load's heap only grows until it commits).
 */
export async function withPeakTransactionHeap<T>(
  gateway: Neo4jGateway,
  work: () => Promise<T>,
): Promise<{ result: T; peakHeapBytes: number }> {
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        const rows = await gateway.query(
          { name: 'bench.heap', timeoutMs: 5_000 },
          `SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, metaData
           WHERE metaData.query = 'seed.load' RETURN max(heap) AS heap`,
        );
        peak = Math.max(peak, Number(rows[0]?.heap ?? 0));
      } catch {
        // A sample lost to a busy database is just a sample fewer.
      }
      // Every sample makes the database list the load's locks (hundreds of thousands): seldom.
      await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  try {
    const result = await work();
    return { result, peakHeapBytes: peak };
  } finally {
    sampling = false;
    await sampler;
  }
}

/** One GET with Accept-Encoding: bytes as sent (compressed) and decoded, and milliseconds. */
function getBytes(url: string, encoding: string): Promise<{ wire: number; body: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let wire = 0;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        wire += chunk.length;
        chunks.push(chunk);
      });
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
        else resolve({ wire, body: Buffer.concat(chunks).length, ms: performance.now() - started });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(10);

/** The explorer's whole-graph request at this size, full beside compact, gzip and identity. */
export async function benchWholeGraph(baseUrl: string, actors: number, relationships: number, runs = 5) {
  console.log(
    `\n== whole graph for the explorer: ${actors} actors, ${relationships} relationships (${runs} runs, p50)`,
  );
  console.log(`${'format'.padEnd(12)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'gzip p50'.padStart(12)}`);
  const sizes: Record<string, number> = {};
  for (const format of ['full', 'compact']) {
    const url = `${baseUrl}/api/graph?limit=${actors}&edgeLimit=${relationships}&format=${format}`;
    const raw = await getBytes(url, 'identity');
    const times: number[] = [];
    let gzip = 0;
    for (let i = 0; i < runs; i++) {
      const got = await getBytes(url, 'gzip');
      gzip = got.wire;
      times.push(got.ms);
    }
    sizes[format] = gzip;
    console.log(
      `${format.padEnd(12)}${kb(raw.body)}${kb(gzip)}${`${median(times).toFixed(0)} ms`.padStart(12)}`,
    );
  }
  console.log(`compact / full (gzip bytes): ${((sizes.compact ?? 0) / (sizes.full ?? 1)).toFixed(2)}x`);
}

/**
 * Empties the database of actors, aliases and briefs in transactions of a few thousand records
 * (untimed), so that a load can be measured again from nothing.
 */
export async function removeGraph(gateway: Neo4jGateway): Promise<void> {
  for (const label of ['Alias', 'Actor', 'Brief']) {
    for (;;) {
      const [row] = await gateway.write({ name: 'bench.empty', timeoutMs: 600_000 }, (run) =>
        run(`MATCH (n:${label}) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS deleted`),
      );
      if (Number(row?.deleted ?? 0) === 0) break;
    }
  }
}

/**
 * The database's own rate here: as many actors (each with its three :Alias keys) and
 * relationships, with properties of the loader's shape and size, made by UNWIND inside the
 * database in one transaction: nothing is sent, compared or checked. A load cannot be faster
 * than this on the same machine; the loader's rate is printed as a share of it. Removed after.
 */
export async function loadFloor(
  gateway: Neo4jGateway,
  actors: number,
  relationships: number,
): Promise<number> {
  const t = performance.now();
  await gateway.write({ name: 'bench.floor', timeoutMs: 600_000 }, async (run) => {
    await run(
      `UNWIND range(0, $actors - 1) AS i
       CREATE (a:Actor {id: 'FLOOR_' + i, name: 'Floor actor ' + i, kind: 'state', aliases: ['flr' + i],
                        keys: ['floor_' + i, 'floor actor ' + i, 'flr' + i], aliasText: 'flr' + i,
                        briefIds: ['floor-brief-' + (i % 100)]})
       WITH a UNWIND a.keys AS key CREATE (:Alias {key: key, actorId: a.id})`,
      { actors },
    );
    await run(
      `UNWIND range(0, $relationships - 1) AS i
       MATCH (s:Actor {id: 'FLOOR_' + (i % $actors)}), (t:Actor {id: 'FLOOR_' + ((i * 7919 + 1) % $actors)})
       CREATE (s)-[:ALLIANCE {id: 'floor-' + i, briefIds: ['floor-brief-' + (i / 1000)], modality: 'fact',
                              attributesJson: '{}',
                              evidenceJson: '[{"briefId":"floor-brief-' + (i / 1000) + '","quote":"Synthetic sentence ' + i + ': SYN_1 leadership SYN_619.","start":0,"end":47}]'}]->(t)`,
      { actors, relationships },
    );
  });
  const ms = performance.now() - t;
  await removeFloor(gateway);
  return ms;
}

/**
 * The database's rate here for what a load must send: the seeds' actors (with their :Alias keys)
 * and relationships, under other ids, as the loader's rows, in batches of 1,000 pipelined in one
 * transaction, as the loader sends them; nothing read, compared or checked, no briefs. Between
 * loadFloor and a load: what the data's trip costs, and what the loader adds. Removed after.
 */
export async function sentFloor(gateway: Neo4jGateway, seeds: readonly Seed[]): Promise<number> {
  // The loader's own rows, under other ids and keys.
  const actors = mergeActors(seeds)
    .map(actorRow)
    .map((a) => ({
      id: `FLOOR_${a.id}`,
      props: { ...a.props, id: `FLOOR_${a.id}`, keys: a.props.keys.map((k) => `floor:${k}`) },
    }));
  const relationships = mergeRelationships(seeds)
    .map(relationshipRow)
    .map((r) => ({
      ...r,
      source: `FLOOR_${r.source}`,
      target: `FLOOR_${r.target}`,
      props: { ...r.props, id: `floor-${r.props.id}` },
    }));
  const t = performance.now();
  await gateway.write({ name: 'bench.sent-floor', timeoutMs: 600_000 }, async (run) => {
    await pipelined(run, actorCreations(actors));
    await pipelined(run, relationshipCreations(relationships));
  });
  const ms = performance.now() - t;
  await removeFloor(gateway);
  return ms;
}

async function removeFloor(gateway: Neo4jGateway): Promise<void> {
  await gateway.write({ name: 'bench.floor-remove', timeoutMs: 600_000 }, async (run) => {
    await run("MATCH (k:Alias) WHERE k.actorId STARTS WITH 'FLOOR_' DELETE k");
    await run("MATCH (a:Actor) WHERE a.id STARTS WITH 'FLOOR_' DETACH DELETE a");
  });
}
