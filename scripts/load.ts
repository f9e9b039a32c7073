/**
 * `npm run load`: validates every seed in SEED_DIR and loads them in one transaction (nothing
 * is loaded if any seed is invalid). Uses NEO4J_URI, or starts the local Neo4j for the load.
 */
import { resolve } from 'node:path';
import { SeedValidationError } from '@briefgraph/graph/domain/errors';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { assertConfig } from '../server/src/config.ts';
import { openDatabase, REPO_ROOT } from '../server/src/database.ts';

async function main(): Promise<number> {
  const config = assertConfig(process.env);
  const seeds = await readSeedFolder(resolve(REPO_ROOT, config.SEED_DIR));
  const database = await openDatabase(config, console.log);
  const gateway = database.connect();
  try {
    const started = performance.now();
    const result = await loadSeeds(gateway, seeds);
    console.log(
      `loaded ${result.briefs} brief(s), ${result.actors} actors, ${result.relationships} relationships in ${Math.round(performance.now() - started)} ms`,
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
