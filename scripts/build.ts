/**
 * `npm run build`: the client (Vite → client/dist) and the server (Vite, server build →
 * server/dist/main.js, which `npm start` runs with plain node). Each is skipped when a hash of
 * its inputs matches the stamp its last build left in its dist folder, so `npm start` does not
 * spend ~10 s rebuilding an unchanged client. `--force` rebuilds both.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const STAMP = '.build-stamp';

interface Target {
  name: string;
  config: string;
  outDir: string;
  /** Files and folders (relative to the repository) whose content decides the output. */
  inputs: string[];
}

// Shared by both: dependency versions, compiler settings, and this file's own rules.
const common = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'scripts/build.ts'];
const targets: Target[] = [
  {
    name: 'client',
    config: 'client/vite.config.ts',
    outDir: 'client/dist',
    inputs: ['client', 'graph/src', 'graph/package.json', ...common],
  },
  {
    name: 'server',
    config: 'server/vite.config.ts',
    outDir: 'server/dist',
    inputs: [
      'server/src',
      'server/vite.config.ts',
      'server/package.json',
      'graph/src',
      'graph/package.json',
      'neo4j-local/src',
      'neo4j-local/package.json',
      ...common,
    ],
  },
];

/** Unit tests are never bundled; dist folders and dependencies are outputs, not inputs. */
const skipped = (name: string) =>
  name === 'dist' || name === 'node_modules' || /\.test\.[cm]?[jt]sx?$/.test(name);

function files(relative: string): string[] {
  const full = path.join(repoRoot, relative);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (statSync(full).isFile()) return [relative];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => !skipped(entry.name))
    .flatMap((entry) => files(path.join(relative, entry.name)));
}

/** sha256 over the sorted paths and contents of every input file. */
export function inputsHash(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...new Set(inputs.flatMap(files))].sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(repoRoot, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function readStamp(outDir: string): string | undefined {
  try {
    return readFileSync(path.join(repoRoot, outDir, STAMP), 'utf8').trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  for (const target of targets) {
    const started = performance.now();
    const hash = inputsHash(target.inputs);
    if (!force && readStamp(target.outDir) === hash) {
      console.log(`${target.name}: unchanged, not rebuilt (${target.outDir}; --force to rebuild)`);
      continue;
    }
    // Loaded only when something is rebuilt: importing Vite costs more than hashing the inputs.
    const { build } = await import('vite');
    await build({ configFile: path.join(repoRoot, target.config), logLevel: 'warn' });
    writeFileSync(path.join(repoRoot, target.outDir, STAMP), `${hash}\n`);
    console.log(
      `${target.name}: built into ${target.outDir} in ${Math.round(performance.now() - started)} ms`,
    );
  }
}

await main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
