/**
 * `npm test`: lint and format check, type check, build (client and server), then the four test
 * tiers in order (unit, integration against a real Neo4j, end-to-end in Chromium, fuzz: the
 * running app attacked by schemathesis, one test per API operation). Ends with one line
 * `N passed, N failed, N skipped` summed over the tiers, read from vitest's JSON reports.
 * Exits non-zero if any step or test fails, or if a tier ran no test at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const tiers = ['unit', 'integration', 'e2e', 'fuzz'] as const;
const only = process.argv.slice(2).filter((a) => (tiers as readonly string[]).includes(a));
const selected = only.length ? only : [...tiers];

function step(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const failures: string[] = [];
if (!step('lint and format', 'npx', ['biome', 'check', '.'])) failures.push('lint');
if (!step('type check', 'npm', ['run', '--silent', 'typecheck'])) failures.push('typecheck');
if (selected.includes('e2e') && !step('build', 'npm', ['run', '--silent', 'build'])) failures.push('build');

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  numFailedTestSuites: number;
}

let passed = 0;
// A failed lint, type check or build counts as one failure each, so the closing line never
// reads "0 failed" for a run that failed.
let failed = failures.length;
let skipped = 0;
mkdirSync('test-results', { recursive: true });
for (const tier of selected) {
  const output = `test-results/${tier}.json`;
  rmSync(output, { force: true });
  const ok =
    tier === 'fuzz'
      ? step('fuzz tests', 'node', ['--import', 'tsx', 'scripts/fuzz.ts', '--report', output])
      : step(`${tier} tests`, 'npx', [
          'vitest',
          'run',
          '--project',
          tier,
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${output}`,
        ]);
  let report: Report | undefined;
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as Report;
  } catch {
    report = undefined;
  }
  if (!report) {
    failures.push(`${tier} (no report: the tier did not run)`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  if (report.numTotalTests === 0) failures.push(`${tier} (ran no test)`);
  // A suite that fails to load (setup error) has no failed tests but must not pass.
  if (!ok && report.numFailedTests === 0) {
    failures.push(`${tier} (suite errors)`);
    failed += Math.max(1, report.numFailedTestSuites);
  }
  console.log(`  ${tier}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length || failed ? 1 : 0);
