/**
 * The import boundaries in biome.json (noRestrictedImports per folder, and the GritQL plugin for
 * type-only imports from queries), checked on probe files laid out like the repository in a
 * temporary folder, so a Biome upgrade that changes how patterns match cannot loosen them unseen.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const biome = path.join(repo, 'node_modules', '.bin', 'biome');

/** [file as if in the repository, source, whether a boundary diagnostic is expected] */
const cases: [string, string, boolean][] = [
  ['graph/src/domain/p1.ts', "import neo4j from 'neo4j-driver';", true],
  ['graph/src/store/neo4j-gateway.ts', "import neo4j from 'neo4j-driver';", false],
  ['graph/src/domain/p2.ts', "import { x } from '../../../server/src/app.ts';", true],
  ['graph/src/domain/p3.ts', "import { x } from '../../../client/src/main.ts';", true],
  ['graph/src/domain/p4.ts', "import { x } from '../../../scripts/dev.ts';", true],
  ['graph/src/domain/p5.ts', "import { x } from '@briefgraph/neo4j-local';", true],
  ['graph/src/domain/p6.ts', "import { z } from 'zod';", false],
  ['graph/src/drafting/p1.ts', "import { x } from '../store/neo4j-gateway.ts';", true],
  ['graph/src/drafting/p2.ts', "import { x } from '../seed/validate-seed.ts';", true],
  ['graph/src/drafting/p3.ts', "import neo4j from 'neo4j-driver';", true],
  ['graph/src/drafting/p4.ts', "import express from 'express';", true],
  ['graph/src/drafting/p5.ts', "import { x } from '../queries/graph-query.ts';", true],
  ['graph/src/drafting/p6.ts', "import { x } from '../domain/vocabulary.ts';", false],
  ['graph/src/drafting/p7.ts', "import { x } from './text.ts';", false],
  ['graph/src/drafting/p8.ts', "import nlp from 'compromise';", false],
  ['graph/src/drafting/p9.ts', "import { x } from '../../../scripts/dev.ts';", true],
  ['server/src/p1.ts', "import type { Driver } from 'neo4j-driver';", true],
  ['server/src/p2.ts', "import { x } from '../../scripts/synthetic-graph.ts';", true],
  ['server/src/p3.ts', "import { x } from '@briefgraph/graph/store/neo4j-gateway';", false],
  ['server/src/p4.ts', "import { x } from '@briefgraph/neo4j-local';", false],
  ['neo4j-local/src/p1.ts', "import { x } from '@briefgraph/graph/domain/schemas';", true],
  ['scripts/p1.ts', "import neo4j from 'neo4j-driver';", true],
  ['tests/e2e/p1.test.ts', "import { x } from '../../scripts/synthetic-graph.ts';", false],
  ['client/src/p1.ts', "import neo4j from 'neo4j-driver';", true],
  ['client/src/p2.ts', "import { z } from 'zod';", true],
  ['client/src/p3.ts', "import express from 'express';", true],
  ['client/src/p4.ts', "import type { X } from '@briefgraph/graph/store/records';", true],
  ['client/src/p5.ts', "import { x } from '@briefgraph/graph/seed/loader';", true],
  ['client/src/p6.ts', "import { x } from '@briefgraph/neo4j-local';", true],
  ['client/src/p7.ts', "import { x } from '../../graph/src/domain/schemas.ts';", true],
  ['client/src/p8.ts', "import { x } from '../../scripts/synthetic-graph.ts';", true],
  ['client/src/p9.ts', "import { a } from '@briefgraph/graph/domain/schemas';", false],
  ['client/src/p10.ts', "import { a } from '@briefgraph/graph/exports/csv';", false],
  ['client/src/p11.ts', "import { a } from '@briefgraph/graph/drawing/scene';", false],
  ['client/src/p12.ts', "import { a } from '@briefgraph/graph/contracts/api.contracts';", false],
  ['client/src/p13.ts', "import { a } from '../graph/cytoscape-adapter.ts';", false],
  ['client/src/p14.ts', "import type { A } from '@briefgraph/graph/queries/graph-query';", false],
  [
    'client/src/p15.ts',
    "import { type A, type B as C } from '@briefgraph/graph/queries/graph-query';",
    false,
  ],
  ['client/src/p16.ts', "export type { A } from '@briefgraph/graph/queries/graph-query';", false],
  ['client/src/p17.ts', "import { run } from '@briefgraph/graph/queries/run-graph-query';", true],
  ['client/src/p18.ts', "import { type A, b } from '@briefgraph/graph/queries/graph-query';", true],
  ['client/src/p19.ts', "import * as q from '@briefgraph/graph/queries/graph-query';", true],
  ['client/src/p20.ts', "export { b } from '@briefgraph/graph/queries/graph-query';", true],
  ['client/src/p21.ts', "const q = () => import('@briefgraph/graph/queries/graph-query');", true],
];

let dir: string;
let report: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'briefgraph-boundaries-'));
  cpSync(path.join(repo, 'biome.json'), path.join(dir, 'biome.json'));
  cpSync(path.join(repo, 'biome'), path.join(dir, 'biome'), { recursive: true });
  for (const [file, source] of cases) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `${source}\n`);
  }
  try {
    report = execFileSync(
      biome,
      ['lint', '--vcs-enabled=false', '--max-diagnostics=none', ...cases.map(([f]) => f)],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    report = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import boundaries (biome.json)', () => {
  it.each(cases)('%s: %s → reported: %s', (file, _source, reported) => {
    const hit = new RegExp(
      `^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ (lint/style/noRestrictedImports|plugin)`,
      'm',
    );
    expect(hit.test(report), report).toBe(reported);
  });
});
