/**
 * `npm run bench`, at scale: what a load costs the database (its rate and the heap its
 * transaction holds, sampled from SHOW TRANSACTIONS while it runs), and what the explorer's
 * first request for the whole graph costs (bytes on the wire, gzip, and time), full records
 * beside the compact columns.
 */
import { request } from 'node:http';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';

/** Runs `work` while sampling the heap of the database's largest open write transaction. */
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
      await new Promise((r) => setTimeout(r, 100));
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
