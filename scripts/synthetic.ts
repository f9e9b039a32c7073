/**
 * `npm run synthetic -- ACTORS RELATIONSHIPS FOLDER`: writes the synthetic briefs of `npm run bench`
 * (scripts/synthetic-graph.ts) into FOLDER as seed files, to try the explorer on a big database:
 * `SEED_DIR=FOLDER npm start`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticSeeds } from './synthetic-graph.ts';

const [actors, relationships] = [Number(process.argv[2]), Number(process.argv[3])];
const folder = process.argv[4];
if (
  !Number.isInteger(actors) ||
  actors < 2 ||
  !Number.isInteger(relationships) ||
  relationships < 1 ||
  !folder
) {
  console.error(
    'usage: npm run synthetic -- ACTORS RELATIONSHIPS FOLDER   (e.g. 10000 25000 /tmp/big-seeds)',
  );
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
const seeds = syntheticSeeds(actors, relationships);
for (const seed of seeds) {
  writeFileSync(join(folder, `${seed.brief.id}.annotations.json`), seed.annotation);
  writeFileSync(join(folder, `${seed.brief.id}.txt`), seed.text);
}
console.log(
  `${seeds.length} briefs, ${actors} actors, ${relationships} relationships in ${folder}; now: SEED_DIR=${folder} npm start`,
);
