/**
 * `npm run load`: validates every seed in SEED_DIR and loads them, with the briefs added in the
 * app, in one transaction (nothing is loaded if any is invalid), then lays out the whole graph
 * and stores its placements. Uses NEO4J_URI, or starts the local Neo4j for the load.
 * `--relayout` lays the whole graph out afresh instead of keeping the actors' stored places.
 */
import { resolve } from 'node:path';
import { SeedValidationError } from '@briefgraph/graph/domain/errors';
import { loadLibrary } from '@briefgraph/graph/seed/library';
import { refreshPlacements } from '@briefgraph/graph/seed/placements';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { assertConfig } from '../server/src/config.ts';
import { openDatabase, REPO_ROOT } from '../server/src/database.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--relayout');
  if (unknown.length > 0) {
    console.error(`npm run load: unknown argument ${unknown.join(' ')} (known: --relayout)`);
    return 2;
  }
  const config = assertConfig(process.env);
  const seeds = await readSeedFolder(resolve(REPO_ROOT, config.SEED_DIR));
  const database = await openDatabase(config, console.log);
  const gateway = database.connect();
  try {
    const started = performance.now();
    const { loaded: result, replaced } = await loadLibrary(gateway, seeds, { force: true });
    if (!result) throw new Error('nothing was loaded');
    for (const id of replaced) console.log(`seeds/ now holds ${id}: it replaces the brief added in the app`);
    console.log(
      `loaded ${result.briefs} brief(s), ${result.actors} actors, ${result.relationships} relationships in ${Math.round(performance.now() - started)} ms`,
    );
    const laidOut = performance.now();
    const placed = await refreshPlacements(gateway, undefined, { fresh: args.includes('--relayout') });
    console.log(
      `whole-graph layout: ${placed.moved} of ${placed.actors} actors placed anew in ${Math.round(performance.now() - laidOut)} ms`,
    );
    return 0;
  } finally {
    await gateway.close();
    await database.local?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SeedValidationError ? error.message : error);
    process.exit(1);
  },
);
