/**
 * `npm run bench`: timings measured side by side in one run, printed as a table with ratios.
 * Not a test: nothing here passes or fails. Uses NEO4J_URI, or a local Neo4j of its own
 * (port 7691, .neo4j/bench) so it never touches the dev database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RELATIONSHIP_TYPE_NAMES } from '@briefgraph/graph/domain/vocabulary';
import { pathStatement } from '@briefgraph/graph/queries/paths.cypher';
import { runGraphQuery } from '@briefgraph/graph/queries/run-graph-query';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { refreshPlacements } from '@briefgraph/graph/seed/placements';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { findActor, searchActors } from '@briefgraph/graph/store/actors.repository';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { assertSnapshot } from '@briefgraph/graph/store/snapshots.repository';
import { type LocalNeo4j, startLocalNeo4j } from '@briefgraph/neo4j-local';
import { renderPng } from '../server/src/snapshots/render-png.ts';
import { renderSnapshotSvg } from '../server/src/snapshots/render-svg.ts';
import { startTestServer } from '../tests/support/http.ts';
import { benchClient, benchFrames } from './bench-client.ts';
import {
  benchWholeGraph,
  loadFloor,
  removeGraph,
  sentFloor,
  withPeakTransactionHeap,
} from './bench-scale.ts';
import { syntheticSeeds } from './synthetic-graph.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(fn: () => Promise<unknown>, iterations = ITERATIONS, warmup = WARMUP) {
  for (let i = 0; i < warmup; i++) await fn();
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

/** The speed goals of snapshots (issue "slide-true snapshots"): each figure is printed beside its goal. */
const SNAPSHOT_GOALS = { seedPng2x: 300, create500: 2_000 } as const;

const ofGoal = (ms: number, goal: number) => `${(ms / goal).toFixed(2)}x of ${goal} ms`;

/**
 * Server-side snapshots: POST /api/snapshots by query (query, layout in the worker pool, store),
 * then the 16:9 image at 2x drawn from it (SVG, then PNG), each repeated; p50s.
 */
async function benchSnapshot(
  baseUrl: string,
  gateway: Neo4jGateway,
  label: string,
  limit: number,
  runs: number,
): Promise<{ create: number; image: number }> {
  const body = JSON.stringify({ title: `Bench ${label}`, frame: '16:9', query: { kind: 'graph', limit } });
  let id = '';
  const create = await measure(
    async () => {
      const res = await fetch(`${baseUrl}/api/snapshots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (res.status !== 201) throw new Error(`POST /api/snapshots: ${res.status} ${await res.text()}`);
      id = ((await res.json()) as { id: string }).id;
    },
    runs,
    1,
  );
  const snapshot = await assertSnapshot(gateway, id);
  const svg = await measure(async () => renderSnapshotSvg(snapshot), runs);
  const rendered = renderSnapshotSvg(snapshot);
  const png = await measure(() => renderPng(rendered, { scale: 2, background: 'white' }), runs);
  const image = await measure(
    () => renderPng(renderSnapshotSvg(snapshot), { scale: 2, background: 'white' }),
    runs,
  );
  const sample = await renderPng(rendered, { scale: 2, background: 'white' });
  console.log(
    `${label.padEnd(28)}${String(snapshot.nodes.length).padStart(7)}${String(snapshot.edges.length).padStart(7)}  ${fmt(create.p50)}  ${fmt(svg.p50)}  ${fmt(png.p50)}  ${fmt(image.p50)}  ${fmt(image.p99)}  ${sample.width}×${sample.height}`,
  );
  return { create: create.p50, image: image.p50 };
}

const SNAPSHOT_HEADER = `${'snapshot'.padEnd(28)}${'actors'.padStart(7)}${'rels'.padStart(7)}${'POST p50'.padStart(12)}${'SVG p50'.padStart(12)}${'PNG p50'.padStart(12)}${'image p50'.padStart(12)}${'image p99'.padStart(12)}  2x PNG`;

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
  // The client's frames need only the built client (no database): `BENCH_ONLY=client npm run bench`.
  if (process.env.BENCH_ONLY === 'client') {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    await benchFrames(`${repoRoot}client/dist`);
    return;
  }
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
    // Snapshots are POSTed many times here: the per-minute limit of a public server is not measured.
    const server = await startTestServer(gateway, { RATE_LIMIT_RENDERS_PER_MINUTE: '100000' });
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

    // `BENCH_ONLY=server npm run bench`: all but the browser's part (the database, API and loads).
    if (process.env.BENCH_ONLY !== 'server') {
      await benchClient(server.baseUrl, `${repoRoot}client/dist`);
      await benchFrames(`${repoRoot}client/dist`);
    }

    const snapshotRuns = Math.max(5, ITERATIONS / 20);
    console.log(`\n== server-side snapshots, 16:9 (${snapshotRuns} runs each; image = SVG + PNG at 2x)`);
    console.log(SNAPSHOT_HEADER);
    const seedSnapshot = await benchSnapshot(server.baseUrl, gateway, 'seed graph', 500, snapshotRuns);

    // At the scale the product is designed for: 10,000 actors, 100,000 relationships.
    const [actorCount, relCount] = (process.env.BENCH_SCALE ?? '10000x100000').split('x').map(Number) as [
      number,
      number,
    ];
    t = performance.now();
    const synthetic = syntheticSeeds(actorCount, relCount);
    const generated = performance.now() - t;
    // Two loads of the whole graph from nothing: the first in this database process (its code for
    // this work not yet compiled, as on a server's first load; sampled for its heap, which costs
    // it no more than the runs differ by), and one after, the rate a running server keeps.
    t = performance.now();
    const { peakHeapBytes } = await withPeakTransactionHeap(gateway, () => loadSeeds(gateway, synthetic));
    const firstLoaded = performance.now() - t;
    const floor = await loadFloor(gateway, actorCount, relCount);
    const sent = await sentFloor(gateway, synthetic);
    await removeGraph(gateway);
    t = performance.now();
    await loadSeeds(gateway, synthetic);
    const loaded = performance.now() - t;
    const perSecond = (ms: number) => Math.round(relCount / (ms / 1000)).toLocaleString('en');
    console.log(`\n== scale: ${actorCount} actors, ${relCount} relationships in ${synthetic.length} briefs`);
    console.log(
      `generate+validate ${fmt(generated)}   first load in this database process (one transaction) ${fmt(firstLoaded)}   ${perSecond(firstLoaded)} relationships/s   peak transaction heap ${(peakHeapBytes / 2 ** 20).toFixed(0)} MB`,
    );
    console.log(
      `the same load again, from nothing ${fmt(loaded)}   ${perSecond(loaded)} relationships/s (goal 25,000)`,
    );
    console.log(
      `the database's floor here (as many made inside it by UNWIND, nothing sent) ${fmt(floor)}   ${perSecond(floor)} relationships/s   load / floor ${(loaded / floor).toFixed(2)}x the time`,
    );
    console.log(
      `the same actors and relationships sent as the loader sends them, nothing read or compared ${fmt(sent)}   ${perSecond(sent)} relationships/s   load / that ${(loaded / sent).toFixed(2)}x the time`,
    );
    t = performance.now();
    const placed = await refreshPlacements(gateway);
    console.log(
      `whole-graph layout (Louvain + ForceAtlas2, in process) ${fmt(performance.now() - t)}   ${placed.moved} actors placed`,
    );
    // A save of one brief into that graph (PUT .../annotations): only what differs is written.
    const oneChanged = structuredClone(synthetic);
    oneChanged[0]!.relationships = oneChanged[0]!.relationships.slice(1);
    // As validation would give it: another content, another hash (the loader compares by it).
    oneChanged[0]!.contentHash = `${oneChanged[0]!.contentHash}-changed`;
    t = performance.now();
    await loadSeeds(gateway, oneChanged);
    const reloaded = performance.now() - t;
    t = performance.now();
    await loadSeeds(gateway, synthetic);
    console.log(`one brief changed, loaded again ${fmt(reloaded)}   and back ${fmt(performance.now() - t)}`);
    await benchWholeGraph(server.baseUrl, Math.min(actorCount, 10_000), Math.min(relCount, 25_000));
    console.log(SNAPSHOT_HEADER);
    const big = await benchSnapshot(server.baseUrl, gateway, '500 most connected actors', 500, 3);
    console.log(`\n== snapshot goals`);
    console.log(
      `seed graph, 16:9 PNG at 2x       ${fmt(seedSnapshot.image)}  ${ofGoal(seedSnapshot.image, SNAPSHOT_GOALS.seedPng2x)}`,
    );
    console.log(
      `500-actor snapshot, POST         ${fmt(big.create)}  ${ofGoal(big.create, SNAPSHOT_GOALS.create500)}`,
    );
    console.log(
      `500-actor snapshot, POST + image ${fmt(big.create + big.image)}  ${ofGoal(big.create + big.image, SNAPSHOT_GOALS.create500)}`,
    );
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
