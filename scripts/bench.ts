/**
 * `npm run bench`: timings measured side by side in one run, printed as a table with ratios.
 * Not a test: nothing here passes or fails. Uses NEO4J_URI, or a local Neo4j of its own
 * (port 7691, .neo4j/bench) so it never touches the dev database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SnapshotRequestSchema } from '@briefgraph/graph/domain/schemas';
import { RELATIONSHIP_TYPE_NAMES } from '@briefgraph/graph/domain/vocabulary';
import { pathStatement } from '@briefgraph/graph/queries/paths.cypher';
import { runGraphQuery } from '@briefgraph/graph/queries/run-graph-query';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { createSnapshotFrom } from '@briefgraph/graph/snapshots/draft-snapshot';
import { findActor, searchActors } from '@briefgraph/graph/store/actors.repository';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { type LocalNeo4j, startLocalNeo4j } from '@briefgraph/neo4j-local';
import { queryLayout } from '../server/src/snapshots/query-layout.ts';
import { renderPng } from '../server/src/snapshots/render-png.ts';
import { renderSnapshotSvg } from '../server/src/snapshots/render-svg.ts';
import { startTestServer } from '../tests/support/http.ts';
import { benchClient } from './bench-client.ts';
import { syntheticSeeds } from './synthetic-graph.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(fn: () => Promise<unknown>, iterations = ITERATIONS) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`.padStart(10);

/** Server-side snapshot rendering: query + layout once, then SVG and 2x PNG, repeated. */
async function benchSnapshot(
  gateway: Neo4jGateway,
  label: string,
  limit: number,
  runs: number,
): Promise<void> {
  let t = performance.now();
  const request = SnapshotRequestSchema.parse({ title: `Bench ${label}`, query: { kind: 'graph', limit } });
  const snapshot = await createSnapshotFrom(gateway, request, queryLayout);
  const build = performance.now() - t;
  const svg = await measure(async () => renderSnapshotSvg(snapshot), runs);
  const rendered = renderSnapshotSvg(snapshot);
  const png = await measure(() => renderPng(rendered, { scale: 2, background: 'white' }), runs);
  t = performance.now();
  const sample = await renderPng(rendered, { scale: 2, background: 'white' });
  const once = performance.now() - t;
  console.log(
    `${label.padEnd(30)}${String(snapshot.nodes.length).padStart(7)}  ${fmt(build)}  ${fmt(svg.p50)}  ${fmt(png.p50)}  ${fmt(png.p99)}  ${sample.width}px (scale ${sample.scale.toFixed(2)}, ${once.toFixed(0)} ms)`,
  );
}

const SNAPSHOT_HEADER = `${'snapshot'.padEnd(30)}${'actors'.padStart(7)}${'query+layout'.padStart(12)}${'SVG p50'.padStart(12)}${'2x PNG p50'.padStart(12)}${'2x PNG p99'.padStart(12)}  output`;

interface Case {
  name: string;
  api: () => Promise<unknown>;
  driver: () => Promise<unknown>;
}

/** Each case through the driver, then over HTTP, same process; ratio of the p50s. */
async function compare(title: string, cases: Case[], iterations: number): Promise<void> {
  console.log(`\n== API over HTTP vs the same queries through the driver (${title})`);
  console.log(
    `${'case'.padEnd(30)}${'HTTP p50'.padStart(10)}${'HTTP p99'.padStart(10)}${'driver p50'.padStart(12)}${'driver p99'.padStart(12)}  ratio p50`,
  );
  for (const c of cases) {
    const driver = await measure(c.driver, iterations);
    const api = await measure(c.api, iterations);
    console.log(
      `${c.name.padEnd(30)}${fmt(api.p50)}${fmt(api.p99)}  ${fmt(driver.p50)}  ${fmt(driver.p99)}  ${(api.p50 / driver.p50).toFixed(2)}x`,
    );
  }
}

async function main() {
  let local: LocalNeo4j | undefined;
  if (!process.env.NEO4J_URI) {
    // One transaction for 100k relationships needs more than the dev default heap.
    local = await startLocalNeo4j({
      home: `${repoRoot}.neo4j/bench`,
      port: 7691,
      heapMb: 2048,
      pageCacheMb: 512,
      log: console.log,
    });
  }
  const uri = process.env.NEO4J_URI ?? local!.uri;
  const gateway = new Neo4jGateway({ uri, transactionTimeoutMs: 30_000 });
  try {
    const seeds = await readSeedFolder(`${repoRoot}seeds`);
    let t = performance.now();
    await loadSeeds(gateway, seeds);
    const firstLoad = performance.now() - t;
    t = performance.now();
    await loadSeeds(gateway, seeds);
    const reload = performance.now() - t;
    console.log('\n== seed load (one transaction, schema ensured first)');
    console.log(`first load ${fmt(firstLoad)}   reload ${fmt(reload)}`);

    // The app serves client/dist only if it exists when the app is created.
    if (!existsSync(`${repoRoot}client/dist/index.html`)) {
      execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    }
    const server = await startTestServer(gateway);
    const http = async (path: string) => {
      const res = await fetch(`${server.baseUrl}${path}`);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      await res.arrayBuffer();
    };
    // The driver alone, without the runner's transaction function: the floor to compare with.
    const rawStatement = (st: { name: string; cypher: string; params: Readonly<Record<string, unknown>> }) =>
      gateway.query({ name: st.name }, st.cypher, { ...st.params });
    const cases: Case[] = [
      {
        name: 'paths KOR→RUS k=3',
        api: () => http('/api/paths?from=KOR&to=RUS&k=3&maxHops=4'),
        driver: () =>
          rawStatement(
            pathStatement({ k: 3, maxHops: 4, direction: 'any' }, RELATIONSHIP_TYPE_NAMES, {
              from: 'KOR',
              to: 'RUS',
            }),
          ),
      },
      {
        name: 'paths ROK→Russia (aliases)',
        api: () => http('/api/paths?from=ROK&to=Russia&k=3&maxHops=4'),
        driver: () =>
          runGraphQuery(gateway, {
            kind: 'path',
            from: 'ROK',
            to: 'Russia',
            k: 3,
            maxHops: 4,
            direction: 'any',
          }),
      },
      {
        name: 'neighborhood PRK depth 2',
        api: () => http('/api/actors/PRK/neighborhood?depth=2'),
        driver: () => runGraphQuery(gateway, { kind: 'neighborhood', actor: 'PRK', depth: 2, limit: 500 }),
      },
      {
        name: 'search "kor"',
        api: () => http('/api/search?q=kor'),
        driver: () => searchActors(gateway, 'kor', 10),
      },
    ];
    await compare(`seed graph, ${ITERATIONS} runs each`, cases, ITERATIONS);

    await benchClient(server.baseUrl, `${repoRoot}client/dist`);

    console.log(`\n== server-side snapshot images (${Math.max(5, ITERATIONS / 20)} runs each)`);
    console.log(SNAPSHOT_HEADER);
    await benchSnapshot(gateway, 'seed graph', 500, Math.max(5, ITERATIONS / 20));

    // At the scale the product is designed for: 10,000 actors, 100,000 relationships.
    const [actorCount, relCount] = (process.env.BENCH_SCALE ?? '10000x100000').split('x').map(Number) as [
      number,
      number,
    ];
    t = performance.now();
    const synthetic = syntheticSeeds(actorCount, relCount);
    const generated = performance.now() - t;
    t = performance.now();
    await loadSeeds(gateway, synthetic);
    console.log(`\n== scale: ${actorCount} actors, ${relCount} relationships in ${synthetic.length} briefs`);
    console.log(`generate+validate ${fmt(generated)}   load (one transaction) ${fmt(performance.now() - t)}`);
    console.log(SNAPSHOT_HEADER);
    await benchSnapshot(gateway, '500 most connected actors', 500, 3);
    const far = `SYN_${actorCount - 1}`;
    const middle = `SYN_${Math.floor(actorCount / 2)}`;
    const alias = `syn${Math.floor(actorCount * 0.9876)}`;
    const scaleRuns = Math.max(10, Math.floor(ITERATIONS / 4));
    await compare(
      `scale, ${scaleRuns} runs each`,
      [
        {
          name: 'graph (top 500 actors)',
          api: () => http('/api/graph?limit=500'),
          driver: () => runGraphQuery(gateway, { kind: 'graph', limit: 500, edgeLimit: 5_000 }),
        },
        {
          name: `paths SYN_0→${far} k=3`,
          api: () => http(`/api/paths?from=SYN_0&to=${far}&k=3&maxHops=4`),
          driver: () =>
            rawStatement(
              pathStatement({ k: 3, maxHops: 4, direction: 'any' }, RELATIONSHIP_TYPE_NAMES, {
                from: 'SYN_0',
                to: far,
              }),
            ),
        },
        {
          name: `neighborhood ${middle} d=2`,
          api: () => http(`/api/actors/${middle}/neighborhood?depth=2`),
          driver: () => runGraphQuery(gateway, { kind: 'neighborhood', actor: middle, depth: 2, limit: 500 }),
        },
        {
          name: 'search "syn123"',
          api: () => http('/api/search?q=syn123'),
          driver: () => searchActors(gateway, 'syn123', 10),
        },
        {
          name: `actor by alias "${alias}"`,
          api: () => http(`/api/actors/${alias}`),
          driver: () => findActor(gateway, alias),
        },
      ],
      scaleRuns,
    );
    await server.close();
  } finally {
    await gateway.close();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
