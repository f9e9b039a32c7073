/**
 * The fuzz tier: schemathesis (from PyPI, in a venv of its own under .venv-fuzz/) against the
 * running app's /api/openapi.json, every operation, with real ids supplied so that path
 * parameters reach the database instead of 404ing. It fails on any 5xx, any undocumented
 * status or content type, and any response that breaks its schema.
 *
 *   node --import tsx scripts/fuzz.ts [--examples N] [--report test-results/fuzz.json]
 *
 * It starts a private Neo4j (TEST_FUZZ_NEO4J_BOLT_PORT, default 7694; bench uses 7691) with the
 * seed brief. Rate limits are off: thousands of requests come from one address, and each should
 * reach the route it tests (rate-limit.test.ts tests the limits).
 * The report holds one test per operation, so npm test can count it like the other tiers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { startLocalNeo4j } from '@briefgraph/neo4j-local';
import { createApp } from '../server/src/app.ts';
import { assertConfig } from '../server/src/config.ts';
import { createLogger } from '../server/src/logger.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCHEMATHESIS_VERSION = '4.32.5';
const VENV = `${ROOT}.venv-fuzz`;
const BIN = `${VENV}/bin/schemathesis`;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const examples = Number(arg('--examples', process.env.FUZZ_EXAMPLES ?? '60'));
const reportPath = arg('--report', `${ROOT}test-results/fuzz.json`);

function run(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

/** Without blocking (the app under test answers from this same process); output is kept too. */
function runAsync(command: string, args: string[]): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.once('exit', (code) => done({ status: code ?? 1, output }));
  });
}

/** schemathesis in its own venv, installed once. */
function ensureSchemathesis(): void {
  const version = spawnSync(BIN, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  if (version.includes(SCHEMATHESIS_VERSION)) return;
  console.log(`installing schemathesis ${SCHEMATHESIS_VERSION} into .venv-fuzz/ (once)`);
  if (!existsSync(VENV) && run('python3', ['-m', 'venv', VENV]) !== 0) {
    throw new Error(
      'python3 -m venv failed: the fuzz tier needs Python 3 with venv (apt-get install python3-venv)',
    );
  }
  if (run(`${VENV}/bin/pip`, ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]) !== 0) {
    throw new Error(`could not install schemathesis ${SCHEMATHESIS_VERSION} from PyPI`);
  }
}

/** Per-operation values schemathesis must use, so those requests reach real records. */
function config(ids: { snapshot: string; brief: string; added: string }): string {
  const fixed = (pathRegex: string, parameters: Record<string, string>) =>
    `[[operations]]\ninclude-path-regex = '${pathRegex}'\nparameters = { ${Object.entries(parameters)
      .map(([k, v]) => `"${k}" = "${v}"`)
      .join(', ')} }\n`;
  return [
    fixed('^/api/actors/\\{id\\}', { id: 'KOR' }),
    fixed('^/api/briefs/\\{id\\}$', { id: ids.brief }),
    // A brief added in the app: its annotation is the app's to save (a seed's is refused, 409).
    fixed('^/api/briefs/\\{id\\}/annotations$', { id: ids.added }),
    fixed('^/(api/snapshots|embed)/\\{id\\}', { id: ids.snapshot }),
    fixed('^/api/paths$', { from: 'ROK', to: 'Russia' }),
    fixed('^/api/oembed$', { url: `http://127.0.0.1/s/${ids.snapshot}` }),
  ].join('\n');
}

interface JunitCase {
  name: string;
  failed: boolean;
}

function junitCases(xml: string): JunitCase[] {
  return [...xml.matchAll(/<testcase\b[^>]*\bname="([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)].map(
    (m) => ({
      name: m[1] ?? '',
      failed: /<(failure|error)\b/.test(m[3] ?? ''),
    }),
  );
}

async function main(): Promise<number> {
  ensureSchemathesis();
  const port = Number(process.env.TEST_FUZZ_NEO4J_BOLT_PORT ?? 7694);
  const home = `${ROOT}.neo4j/test-fuzz-${port}`;
  await rm(`${home}/data`, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ home, port, heapMb: 512, pageCacheMb: 64 });
  const gateway = new Neo4jGateway({ uri: neo4j.uri, transactionTimeoutMs: 10_000 });
  const work = `${ROOT}test-results/fuzz`;
  try {
    const seeds = await readSeedFolder(`${ROOT}seeds`);
    await loadSeeds(gateway, seeds);
    const app = createApp({
      config: assertConfig({
        AUTO_LOAD: 'false',
        RATE_LIMIT_RENDERS_PER_MINUTE: '0',
        RATE_LIMIT_IMAGES_PER_MINUTE: '0',
      }),
      gateway,
      logger: createLogger(process.env.FUZZ_LOG_LEVEL ?? 'silent'),
      clientDir: `${ROOT}client/dist`,
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((ready) => server.once('listening', ready));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const made = await fetch(`${base}/api/snapshots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Fuzz target', query: { kind: 'path', from: 'KOR', to: 'RUS' } }),
      });
      const { id } = (await made.json()) as { id: string };
      const added = (await (
        await fetch(`${base}/api/briefs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            title: 'Fuzz brief',
            publisher: 'Fuzz Institute',
            published: '2026-01-01',
            text: 'South Korea and Japan held talks. The United States should support them.',
          }),
        })
      ).json()) as { id: string };
      await rm(work, { recursive: true, force: true });
      await mkdir(work, { recursive: true });
      await writeFile(
        `${work}/schemathesis.toml`,
        config({ snapshot: id, brief: seeds[0]?.brief.id ?? '', added: added.id }),
      );
      const started = performance.now();
      const { status, output } = await runAsync(BIN, [
        '--config-file',
        `${work}/schemathesis.toml`,
        'run',
        `${base}/api/openapi.json`,
        '--checks',
        'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance',
        '--max-examples',
        String(examples),
        '--phases',
        'examples,coverage,fuzzing',
        // One worker: Hypothesis's lambda-source cache is not safe across schemathesis's threads
        // (it raised "AST constructor recursion depth mismatch" with two).
        '--workers',
        '1',
        '--seed',
        '1',
        '--no-color',
        '--report',
        'junit',
        '--report-junit-path',
        `${work}/junit.xml`,
      ]);
      const cases = existsSync(`${work}/junit.xml`)
        ? junitCases(await readFile(`${work}/junit.xml`, 'utf8'))
        : [];
      const failed = cases.filter((c) => c.failed).length;
      const report = {
        numPassedTests: cases.length - failed,
        numFailedTests: failed + (cases.length === 0 || (status !== 0 && failed === 0) ? 1 : 0),
        numPendingTests: 0,
        numTodoTests: 0,
        numTotalTests: Math.max(cases.length, 1),
        numFailedTestSuites: status === 0 ? 0 : 1,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        /** Requests schemathesis generated and sent, from its summary ("3659 generated"). */
        cases: Number(/(\d+) generated/.exec(output)?.[1] ?? 0),
      };
      await writeFile(reportPath, JSON.stringify(report));
      console.log(
        `fuzz: ${report.cases} cases over ${cases.length} operations, ${failed} operations with failures (schemathesis exit ${status}, ${report.seconds} s)`,
      );
      return status;
    } finally {
      server.closeAllConnections();
      server.close();
    }
  } finally {
    await gateway.close();
    await neo4j.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
