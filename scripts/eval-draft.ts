/**
 * `npm run eval:draft`: drafts every seed brief and scores the draft against the brief's reviewed
 * annotation. The drafter never sees that annotation: its gazetteer is the base list plus the
 * actors of the *other* seed briefs.
 */
import { resolve } from 'node:path';
import { SeedValidationError } from '@briefgraph/graph/domain/errors';
import { baseActors } from '@briefgraph/graph/drafting/base-gazetteer';
import { draftAnnotation } from '@briefgraph/graph/drafting/draft-annotation';
import { scoreDraft } from '@briefgraph/graph/drafting/evaluate-draft';
import { buildGazetteer } from '@briefgraph/graph/drafting/gazetteer';
import { toAnnotationParts } from '@briefgraph/graph/drafting/to-annotation';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { assertValidSeed } from '@briefgraph/graph/seed/validate-seed';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main(): Promise<number> {
  const seeds = await readSeedFolder(resolve(import.meta.dirname, '..', 'seeds'));
  let allGood = true;
  for (const seed of seeds) {
    const others = seeds.filter((s) => s !== seed).flatMap((s) => s.actors);
    const gazetteer = buildGazetteer(baseActors(), others);
    const started = performance.now();
    const draft = draftAnnotation(seed.text, gazetteer);
    const ms = performance.now() - started;
    const score = scoreDraft(seed.text, draft, seed);
    allGood &&= score.exactEvidence === score.evidence;
    // The draft, saved as it is, must pass the loader's validation.
    let valid = 'yes';
    try {
      const { sha256, ...brief } = seed.brief;
      assertValidSeed(
        { brief: { ...brief, sha256, textFile: 'draft.txt' }, ...toAnnotationParts(seed.text, draft) },
        seed.text,
        'draft',
      );
    } catch (error) {
      if (!(error instanceof SeedValidationError)) throw error;
      valid = `no: ${error.problems.join('; ')}`;
      allGood = false;
    }
    console.log(
      `${seed.brief.id} (drafted in ${Math.round(ms)} ms, gazetteer: base list + ${others.length} actors of other briefs)`,
    );
    console.log(
      `  recall     ${percent(score.recall)}  (${score.matched} of ${score.curated} curated (source, target, type, modality))`,
    );
    console.log(`  precision  ${percent(score.precision)}  (${score.matched} of ${score.drafted} drafted)`);
    console.log(
      `  modality   ${percent(score.modalityAccuracy)}  right for ${score.modalityRight} of the ${score.typeMatched} curated relationships found with their (source, target, type)`,
    );
    console.log(
      `  offsets    ${percent(score.evidence === 0 ? 1 : score.exactEvidence / score.evidence)}  exact (${score.exactEvidence} of ${score.evidence} quotes)`,
    );
    console.log(
      `  addressee  ${percent(score.recommendationsMatched === 0 ? 0 : score.addresseeRight / score.recommendationsMatched)}  right for ${score.addresseeRight} of the ${score.recommendationsMatched} curated recommendations found`,
    );
    console.log(
      `  negative findings, scored apart: ${score.negativeMatched} of ${score.curatedNegativeFindings} curated found (${score.negativeFindings} drafted)`,
    );
    console.log(`  valid as a seed annotation (the loader's checks): ${valid}`);
    // Whether confidence tells right from wrong: its mean on the matched and on the extra ones.
    const extra = new Set(score.extra);
    const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
    const positive = draft.relationships.filter((r) => !r.negated);
    const right = mean(positive.filter((r) => !extra.has(r.id)).map((r) => r.confidence));
    const wrong = mean(positive.filter((r) => extra.has(r.id)).map((r) => r.confidence));
    console.log(
      `  mean confidence: ${right.toFixed(2)} on matched, ${wrong.toFixed(2)} on extra relationships`,
    );
    console.log(`  missed: ${score.missed.join(', ') || '-'}`);
    console.log(`  extra:  ${score.extra.join(', ') || '-'}`);
  }
  return allGood ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
