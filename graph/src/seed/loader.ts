/**
 * Loads validated seeds into Neo4j.
 *
 * Model: (:Actor) and (:Brief) nodes; one Neo4j relationship per annotated relationship, typed
 * by the vocabulary name, directly between the two actors. Evidence (brief id, quote, offsets)
 * is kept on the relationship as a JSON property, with `briefIds` (the briefs that support it)
 * as a plain list for filtering. Briefs that annotate the same relationship (the same id: the
 * same source, type and target) share one edge: its evidence is every brief's quotes, and the
 * number of its briefs is its corroboration; they must agree on its ends, type and modality. Why not evidence nodes: path and neighbourhood queries then walk actor-to-actor
 * relationships only, which is what SHORTEST k needs to stay fast at 100k relationships, and
 * an edge is returned with its evidence in one read. The brief text (on :Brief) is the target
 * of the offsets.
 *
 * A load replaces the whole seeded graph (actors, briefs, their relationships; snapshots are
 * untouched) in ONE write transaction: loading twice gives the same graph, a relationship
 * removed from an annotation disappears, and a load that fails part-way rolls back to the
 * previous graph. It writes only what differs from what is stored (a relationship or actor
 * whose every property is the same is left as it is), so changing one brief of a large graph
 * rewrites that brief's relationships and actors, not the rest; and it reads back and compares
 * only what the changed, new or gone briefs touch (each brief known by its content hash).
 */

import { gzipSync } from 'node:zlib';
import { typeExpression } from '../domain/filters.ts';
import { RELATIONSHIP_TYPES, type RelationshipTypeName } from '../domain/vocabulary.ts';
import type { Neo4jGateway, Row } from '../store/neo4j-gateway.ts';
import { PLACEMENT_KEYS } from '../store/placement.repository.ts';
import {
  actorCreations,
  actorRow,
  chunks,
  pipelined,
  relationshipCreations,
  relationshipRewrites,
  relationshipRow,
} from './load-statements.ts';
import { mergeActors, mergeRelationships } from './merge.ts';
import type { Seed } from './validate-seed.ts';

/** Briefs are large rows (text and annotation): fewer to a statement. */
const BRIEF_BATCH = 20;

/**
 * Schema work is slow on a busy machine (a first start builds 20 constraints and waits for their
 * indexes): it gets its own transaction timeout, not the one for requests (NEO4J_TX_TIMEOUT_MS).
 */
export const SCHEMA_TIMEOUT_MS = 120_000;

/** Constraints and indexes; schema statements cannot share a transaction with writes. */
export async function ensureSchema(gateway: Neo4jGateway): Promise<void> {
  const timeoutMs = SCHEMA_TIMEOUT_MS;
  const statements = [
    'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
    'CREATE CONSTRAINT brief_id IF NOT EXISTS FOR (b:Brief) REQUIRE b.id IS UNIQUE',
    'CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE',
    // Every lower-cased id, name and alias of an actor: what a person types resolves by index seek.
    'CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:Alias) REQUIRE k.key IS UNIQUE',
    "CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
    ...RELATIONSHIP_TYPES.map(
      (t) =>
        `CREATE CONSTRAINT rel_${t.name.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t.name}]-() REQUIRE r.id IS UNIQUE`,
    ),
  ];
  const existing = new Set(
    (await gateway.query({ name: 'schema.list', timeoutMs }, 'SHOW INDEXES YIELD name RETURN name')).map(
      (r) => String(r.name),
    ),
  );
  for (const statement of statements) {
    const name = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1];
    if (name && existing.has(name)) continue;
    await gateway.write({ name: 'schema.ensure', timeoutMs }, (run) => run(statement));
  }
  // awaitIndexes' own limit (s) stays under the transaction's, so it is the one that speaks.
  await gateway.write({ name: 'schema.await', timeoutMs }, (run) => run('CALL db.awaitIndexes(60)'));
}

export interface LoadResult {
  briefs: number;
  actors: number;
  relationships: number;
}

/**
 * What a load writes, as a number: a database written by an older loader is loaded again at
 * start-up even when no seed changed (2: relationships merged across briefs, with `briefIds`;
 * 3: the annotation file kept on its :Brief, for export; 4: :Alias nodes for key lookups;
 * 5: relationships hold `addressee`, `inferred`, `negated` and `note`, and attributes may be
 * numbers with units; 6: the annotation file kept gzip-compressed, `annotationGzip`).
 */
export const LOAD_FORMAT = 6;

/**
 * Briefs in the database that are not among `seeds` are deleted with the graph they supported,
 * except briefs added in the app and not yet reviewed (nothing rests on them); `drop` names
 * such a brief to delete as well.
 */
export async function loadSeeds(
  gateway: Neo4jGateway,
  seeds: readonly Seed[],
  options: { drop?: readonly string[] } = {},
): Promise<LoadResult> {
  // Refused before anything is touched, schema included.
  const merged = mergeRelationships(seeds);
  const mergedActors = mergeActors(seeds);
  await ensureSchema(gateway);
  const briefRow = (s: Seed) => ({
    id: s.brief.id,
    title: s.brief.title,
    series: s.brief.series ?? null,
    number: s.brief.number ?? null,
    publisher: s.brief.publisher,
    publisherPlace: s.brief.publisherPlace ?? null,
    authorsJson: JSON.stringify(s.brief.authors),
    publishedOn: s.brief.publishedOn,
    language: s.brief.language,
    sha256: s.brief.sha256,
    url: s.brief.url ?? null,
    origin: s.origin ?? 'seed',
    text: s.text,
    frontMatterJson: JSON.stringify(s.frontMatter),
    annotationGzip: compressAnnotation(s.annotation),
    contentHash: s.contentHash,
    loadFormat: LOAD_FORMAT,
  });
  const briefIds = seeds.map((s) => s.brief.id);

  return gateway.write({ name: 'seed.load', timeoutMs: 300_000 }, async (run) => {
    // A database written by another LOAD_FORMAT is rewritten whole; otherwise only what differs
    // is written, so saving one brief into a large graph touches that brief's part of it.
    const [format] = await run(
      'MATCH (b:Brief) WHERE b.contentHash IS NOT NULL AND coalesce(b.loadFormat, 0) <> $format RETURN count(b) AS older',
      { format: LOAD_FORMAT },
    );
    // A full load compares everything stored with what is wanted, as a scoped one compares its
    // part, and rewrites what differs in place: deleting a whole graph and creating it again in one
    // transaction made each creation several times slower (a 10,000-actor / 25,000-relationship
    // rewrite took 106 s instead of ~10 s, and ran out of transaction memory at a 512 MB heap).
    const full = Number(format?.older ?? 0) > 0;
    // A brief whose content, origin and load format are as stored is not written again (its text
    // and annotation are most of a load's bytes); `loadedAt` tells when a brief was last written.
    const storedBriefs = await run(
      `MATCH (b:Brief) RETURN b.id AS id, [b.contentHash, coalesce(b.origin, 'seed'), b.loadFormat] AS state`,
    );
    const storedBriefState = new Map(storedBriefs.map((row) => [String(row.id), JSON.stringify(row.state)]));
    const changedSeeds = seeds.filter(
      (s) =>
        full ||
        storedBriefState.get(s.brief.id) !== JSON.stringify([s.contentHash, s.origin ?? 'seed', LOAD_FORMAT]),
    );
    // The briefs whose part of the graph may differ: changed, new and gone ones. Merging a
    // relationship or an actor reads its own briefs only, so one that neither the stored nor the
    // wanted graph ties to these briefs is as it was, and is neither read nor compared.
    const wantedBriefs = new Set(briefIds);
    const scope = [
      ...changedSeeds.map((s) => s.brief.id),
      ...storedBriefs.map((row) => String(row.id)).filter((id) => !wantedBriefs.has(id)),
    ];
    const inScope = new Set(scope);
    const touches = (ids: readonly string[]) => full || ids.some((id) => inScope.has(id));

    const storedRels =
      !full && scope.length === 0
        ? []
        : await run(
            // A full load rewrites every relationship: only its identity is read, not its properties.
            `MATCH (s:Actor)-[r]->(t:Actor) WHERE $all OR r.id IN $ids OR any(b IN r.briefIds WHERE b IN $scope)
           RETURN s.id AS source, t.id AS target, type(r) AS type,
                  CASE WHEN $all THEN {id: r.id} ELSE properties(r) END AS props`,
            { all: full, ids: full ? [] : merged.filter((r) => touches(r.briefIds)).map((r) => r.id), scope },
          );
    const storedRelIds = new Set(storedRels.map((row) => String((row.props as Row).id)));
    const relationships = merged
      .filter((r) => touches(r.briefIds) || storedRelIds.has(r.id))
      .map(relationshipRow);
    // A relationship id is one relationship across briefs (mergeRelationships): compared by id.
    // A stored relationship with a wanted twin of the same type and ends is kept, or rewritten in
    // place if its properties differ; any other is deleted, and its twin created.
    const wantedRels = new Map(relationships.map((r) => [r.props.id, r]));
    const keptRels = new Set<string>();
    const rewrittenRels: typeof relationships = [];
    const staleRels = new Map<string, string[]>();
    for (const row of storedRels) {
      const props = row.props as Row;
      const wanted = wantedRels.get(String(props.id));
      if (
        wanted &&
        !keptRels.has(wanted.props.id) &&
        propertiesKey({}, wanted.source, wanted.target, wanted.type) ===
          propertiesKey({}, String(row.source), String(row.target), String(row.type))
      ) {
        keptRels.add(wanted.props.id);
        if (propertiesKey(wanted.props) !== propertiesKey(props)) rewrittenRels.push(wanted);
        continue;
      }
      const ids = staleRels.get(String(row.type));
      if (ids) ids.push(String(props.id));
      else staleRels.set(String(row.type), [String(props.id)]);
    }
    for (const [type, ids] of staleRels) {
      // typeExpression admits vocabulary names only: the one way a type name reaches Cypher text.
      const rel = typeExpression([type as RelationshipTypeName]);
      for (const batch of chunks(ids)) {
        await run(`UNWIND $ids AS id MATCH (:Actor)-[r${rel} {id: id}]->(:Actor) DELETE r`, { ids: batch });
      }
    }

    const storedActors =
      !full && scope.length === 0
        ? []
        : await run(
            `MATCH (a:Actor) WHERE $all OR a.id IN $ids OR any(b IN a.briefIds WHERE b IN $scope)
             RETURN a.id AS id, properties(a) AS props`,
            // A full load reads every actor: no list of ids to send.
            {
              all: full,
              ids: full ? [] : mergedActors.filter((a) => touches(a.briefIds)).map((a) => a.id),
              scope,
            },
          );
    const storedActorKeys = new Map(
      // The stored layout (placement.repository.ts) is not the loader's to compare.
      storedActors.map((row) => [String(row.id), propertiesKey(withoutPlacement(row.props as Row))]),
    );
    const actors = mergedActors.filter((a) => touches(a.briefIds) || storedActorKeys.has(a.id)).map(actorRow);
    const allWantedActors = new Set(mergedActors.map((a) => a.id));
    const goneActors = [...storedActorKeys.keys()].filter((id) => !allWantedActors.has(id));
    const changedActors = full
      ? actors
      : actors.filter((a) => storedActorKeys.get(a.id) !== propertiesKey(a.props));
    // Aliases are compared too, (key, actor) pairs: only those that went are deleted and only new
    // ones created (deleting and creating the same keys is what made a rewrite slow; see above).
    // A full load reads every alias, whatever an older loader left.
    const storedAliases = await run(
      'MATCH (k:Alias) WHERE $all OR k.actorId IN $ids RETURN k.key AS key, k.actorId AS actorId',
      { all: full, ids: full ? [] : [...goneActors, ...changedActors.map((a) => a.id)] },
    );
    const newActors = changedActors.filter((a) => !storedActorKeys.has(a.id));
    const storedChanged = changedActors.filter((a) => storedActorKeys.has(a.id));
    // A new actor is created with its aliases in one statement, so any alias left under its id goes.
    const aliasPair = (key: unknown, actorId: unknown) => JSON.stringify([key, actorId]);
    const wantedAliases = new Set(
      storedChanged.flatMap((a) => a.props.keys.map((key) => aliasPair(key, a.id))),
    );
    const storedAliasPairs = new Set(storedAliases.map((row) => aliasPair(row.key, row.actorId)));
    const staleAliases = storedAliases.filter((row) => !wantedAliases.has(aliasPair(row.key, row.actorId)));
    for (const batch of chunks(staleAliases)) {
      const cypher =
        "UNWIND $batch AS row MATCH (k:Alias {key: row.key}) WHERE coalesce(k.actorId, '') = coalesce(row.actorId, '') DELETE k";
      await run(cypher, { batch });
    }
    for (const batch of chunks(goneActors)) {
      await run('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', { ids: batch });
    }
    await run(
      `MATCH (b:Brief) WHERE NOT b.id IN $ids
         AND (b.id IN $drop OR coalesce(b.origin, 'seed') <> 'app' OR b.contentHash IS NOT NULL)
       DETACH DELETE b`,
      { ids: briefIds, drop: options.drop ?? [] },
    );
    // No relationship from an :Alias to its actor: the actor's degree (ranking, COUNT { (a)--() })
    // stays its own. A new actor is created with its aliases in one statement.
    const freshAliases = storedChanged.flatMap((a) =>
      a.props.keys
        .filter((key) => !storedAliasPairs.has(aliasPair(key, a.id)))
        .map((key) => ({ key, actorId: a.id })),
    );
    await pipelined(run, actorCreations(newActors));
    for (const batch of chunks(storedChanged)) {
      // A changed actor keeps its place in the whole graph's layout (placement.repository.ts).
      await run(
        `UNWIND $batch AS row MATCH (a:Actor {id: row.id})
         WITH a, row, a.layoutX AS x, a.layoutY AS y, a.community AS community
         SET a = row.props, a.layoutX = x, a.layoutY = y, a.community = community`,
        { batch },
      );
    }
    for (const batch of chunks(freshAliases)) {
      await run('UNWIND $batch AS row CREATE (:Alias {key: row.key, actorId: row.actorId})', { batch });
    }
    for (const batch of chunks(changedSeeds.map(briefRow), BRIEF_BATCH)) {
      await run('UNWIND $batch AS row MERGE (b:Brief {id: row.id}) SET b = row, b.loadedAt = datetime()', {
        batch,
      });
    }
    const rewrites = relationshipRewrites(rewrittenRels);
    const rewritten = (await pipelined(run, rewrites)).reduce(
      (sum, rows) => sum + Number(rows[0]?.rewritten ?? 0),
      0,
    );
    if (rewritten !== rewrittenRels.length) {
      throw new Error(`load aborted: rewrote ${rewritten} of ${rewrittenRels.length} relationships`);
    }
    const fresh = relationships.filter((r) => !keptRels.has(r.props.id));
    const creations = relationshipCreations(fresh);
    const created = (await pipelined(run, creations)).reduce(
      (sum, rows) => sum + Number(rows[0]?.created ?? 0),
      0,
    );
    if (created !== fresh.length) {
      // Throwing rolls the whole transaction back: the previous graph stays as it was.
      throw new Error(`load aborted: created ${created} of ${fresh.length} relationships`);
    }
    return { briefs: seeds.length, actors: mergedActors.length, relationships: merged.length };
  });
}

/**
 * What a record says, as one string (its properties in name order, with its ends and type for a
 * relationship): equal strings need no write. Neo4j keeps no null property, so nulls are left out.
 */
function propertiesKey(props: Row, ...ends: string[]): string {
  const entries = Object.entries(props)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([...ends, entries]);
}

/**
 * The annotation file as kept on its :Brief (BYTE[]): gzip, which gives its JSON back byte for
 * byte (briefs.repository.ts) at a fifth to a tenth of its size; the file is a load's largest
 * property by far (the quotes again, indented), and is read only for an export or a save.
 */
function compressAnnotation(annotation: string): Uint8Array {
  return gzipSync(annotation, { level: 3 });
}

function withoutPlacement(props: Row): Row {
  const rest = { ...props };
  for (const key of PLACEMENT_KEYS) delete rest[key];
  return rest;
}

/** True when the database does not hold exactly these seeds at these content hashes. */
export async function seedsNeedLoading(gateway: Neo4jGateway, seeds: readonly Seed[]): Promise<boolean> {
  const rows = await gateway.query(
    { name: 'seed.hashes' },
    // A brief added in the app and not yet reviewed has no hash and nothing to load.
    `MATCH (b:Brief) WHERE b.contentHash IS NOT NULL
     RETURN b.id AS id, b.contentHash AS contentHash, b.loadFormat AS loadFormat,
            coalesce(b.origin, 'seed') AS origin`,
  );
  // A brief that moved between the app and seeds/ (same content) reloads too: its origin changed.
  const stored = new Map(rows.map((r) => [r.id as string, `${r.origin}:${r.contentHash}`]));
  return (
    stored.size !== seeds.length ||
    rows.some((r) => r.loadFormat !== LOAD_FORMAT) ||
    seeds.some((s) => stored.get(s.brief.id) !== `${s.origin ?? 'seed'}:${s.contentHash}`)
  );
}
