/**
 * The briefs the graph is built from, wherever they live: the seed files of seeds/ (edited
 * there, read at start-up) and the briefs added in the app (POST /api/briefs), whose text and
 * reviewed annotation are kept on their :Brief node only. Every change to what a brief says
 * rebuilds the seeded graph from all of them in one write transaction (loader.ts): the merge
 * of relationships across briefs (corroboration) is then the same whichever brief changed, and
 * a refused change leaves the graph as it was. That costs O(graph) per save; fine for the
 * hundreds of briefs a team keeps, not for a bulk import (load those as seed files).
 */

import type { BriefListItem } from '../contracts/api.contracts.ts';
import type { AnnotationSaved, BriefIntake } from '../contracts/briefs.contracts.ts';
import { AppError, NotFoundError, SeedValidationError } from '../domain/errors.ts';
import type { BriefOrigin } from '../domain/schemas.ts';
import {
  briefOrigin,
  briefSources,
  createAppBrief,
  deletePendingBrief,
  reviewedBriefSources,
  takenBriefIds,
} from '../store/briefs.repository.ts';
import type { Neo4jGateway } from '../store/neo4j-gateway.ts';
import { briefSlug, canonicalBriefText, intakeMetadata, uniqueBriefId } from './brief-intake.ts';
import { type LoadResult, loadSeeds, seedsNeedLoading } from './loader.ts';
import { assertValidSeed, type Seed, sha256 } from './validate-seed.ts';

/** 409: the change is valid in itself but not for this brief as it stands. */
export class BriefConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super('BRIEF_CONFLICT', 409, message, { details });
  }
}

/** 400 naming every problem of a reviewed annotation, in the loader's words. */
export class AnnotationInvalidError extends AppError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('ANNOTATION_INVALID', 400, `The annotation was refused:\n  ${problems.join('\n  ')}`, {
      details: { problems },
    });
    this.problems = problems;
  }
}

/**
 * Changes to the briefs run one at a time in this process: each reads every brief and writes
 * the whole graph, so two at once would lose one. (Two server processes on one database would
 * need a lock in the database; see README.)
 */
const queues = new WeakMap<Neo4jGateway, Promise<unknown>>();
function oneAtATime<T>(gateway: Neo4jGateway, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(gateway) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    gateway,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * The reviewed briefs the database holds, validated again as seeds from their stored text and
 * annotation file (the very bytes of a seed file): those of one origin, or all, but `except`.
 */
export async function storedSeeds(
  gateway: Neo4jGateway,
  which: { origin?: BriefOrigin; except?: string } = {},
): Promise<Seed[]> {
  const seeds: Seed[] = [];
  const problems: string[] = [];
  for (const source of await reviewedBriefSources(gateway)) {
    if (source.id === which.except || (which.origin && source.origin !== which.origin)) continue;
    const name = source.origin === 'app' ? `${source.id} (added in the app)` : `${source.id} (as loaded)`;
    try {
      const raw = JSON.parse(source.annotation);
      seeds.push({ ...assertValidSeed(raw, source.text, name, source.annotation), origin: source.origin });
    } catch (error) {
      if (error instanceof SeedValidationError) problems.push(...error.problems);
      else if (error instanceof SyntaxError) problems.push(`${name}: stored annotation is not JSON`);
      else throw error;
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return seeds;
}

/**
 * Start-up and `npm run load`: the folder's seeds plus the briefs added in the app, loaded when
 * any of them changed. A seed file whose id is that of a brief added in the app replaces it
 * (that is how a reviewed brief is committed: export, add to seeds/, restart).
 */
export async function loadLibrary(
  gateway: Neo4jGateway,
  folderSeeds: readonly Seed[],
  options: { force?: boolean } = {},
): Promise<{ loaded: LoadResult | null; replaced: string[] }> {
  return oneAtATime(gateway, async () => {
    const folderIds = new Set(folderSeeds.map((s) => s.brief.id));
    const app = await storedSeeds(gateway, { origin: 'app' });
    const replaced = app.filter((s) => folderIds.has(s.brief.id)).map((s) => s.brief.id);
    const all = [...folderSeeds, ...app.filter((s) => !folderIds.has(s.brief.id))];
    if (!options.force && !(await seedsNeedLoading(gateway, all))) return { loaded: null, replaced };
    return { loaded: await loadSeeds(gateway, all), replaced };
  });
}

/** POST /api/briefs: stores the text and metadata; nothing in the graph changes until review. */
export async function addBrief(gateway: Neo4jGateway, intake: BriefIntake): Promise<BriefListItem> {
  const text = canonicalBriefText(intake.text);
  return oneAtATime(gateway, async () => {
    const { ids, sameText } = await takenBriefIds(gateway, briefSlug(intake.title), sha256(text));
    if (sameText) {
      throw new BriefConflictError(`This text is already the brief "${sameText}".`, { brief: sameText });
    }
    const meta = intakeMetadata(uniqueBriefId(briefSlug(intake.title), ids), intake, text);
    await createAppBrief(gateway, meta, text);
    return { ...meta, origin: 'app', reviewed: false };
  });
}

async function assertAppBrief(gateway: Neo4jGateway, id: string, doing: string): Promise<void> {
  const origin = await briefOrigin(gateway, id);
  if (origin === null) throw new NotFoundError(`No brief has the id "${id}".`, { brief: id });
  if (origin === 'seed') {
    throw new BriefConflictError(
      `Brief "${id}" comes from the seeds folder: ${doing} it there (seeds/${id}.annotations.json) and restart.`,
      { brief: id, origin },
    );
  }
}

/**
 * PUT /api/briefs/:id/annotations: validates the reviewed annotation against the stored text
 * with the loader's rules and messages, then rebuilds the graph with it in place of this
 * brief's previous one. Refused, nothing changes.
 */
export async function saveAnnotation(
  gateway: Neo4jGateway,
  id: string,
  raw: unknown,
): Promise<AnnotationSaved> {
  return oneAtATime(gateway, async () => {
    await assertAppBrief(gateway, id, 'edit');
    const givenId = (raw as { brief?: { id?: unknown } } | null)?.brief?.id;
    if (givenId !== id) {
      throw new AnnotationInvalidError([
        `brief.id: is ${JSON.stringify(givenId)}, but this is the brief "${id}"`,
      ]);
    }
    const [others, text] = await Promise.all([
      storedSeeds(gateway, { except: id }),
      briefSources(gateway, id).then((b) => b.text),
    ]);
    try {
      const seed: Seed = { ...assertValidSeed(raw, text, 'annotation'), origin: 'app' };
      const graph = await loadSeeds(gateway, [...others, seed]);
      return { id, actors: seed.actors.length, relationships: seed.relationships.length, graph };
    } catch (error) {
      if (error instanceof SeedValidationError) throw new AnnotationInvalidError(error.problems);
      throw error;
    }
  });
}

/** DELETE /api/briefs/:id: the brief, its evidence, and what no other brief supports. */
export async function deleteBrief(gateway: Neo4jGateway, id: string): Promise<void> {
  return oneAtATime(gateway, async () => {
    await assertAppBrief(gateway, id, 'delete');
    if (await deletePendingBrief(gateway, id)) return;
    await loadSeeds(gateway, await storedSeeds(gateway, { except: id }), { drop: [id] });
  });
}
