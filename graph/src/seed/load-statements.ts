/**
 * How the loader (loader.ts) sends records: the rows it writes for merged actors and
 * relationships, batches of them, statements pipelined in one transaction, and relationships as
 * columns. The bench's sentFloor (scripts/bench-scale.ts) sends the same rows and statements, to
 * measure what sending alone costs.
 */
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.ts';
import type { Row } from '../store/neo4j-gateway.ts';
import type { mergeActors, mergeRelationships } from './merge.ts';

/** Rows to a statement. */
export const BATCH = 1_000;

export function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type Statement = [cypher: string, params: Row];

type MergedActor = ReturnType<typeof mergeActors>[number];
type MergedRelationship = ReturnType<typeof mergeRelationships>[number];

/** An actor as stored: `keys` are its lower-cased id, name and aliases, one :Alias each. */
export function actorRow(a: MergedActor) {
  return {
    id: a.id,
    props: {
      id: a.id,
      name: a.name,
      kind: a.kind,
      iso3: a.iso3 ?? null,
      aliases: a.aliases,
      keys: [...new Set([a.id, a.name, ...a.aliases].map((k) => k.toLowerCase()))],
      aliasText: a.aliases.join(' | '),
      briefIds: a.briefIds,
    },
  };
}

export type ActorRow = ReturnType<typeof actorRow>;

/** A relationship's properties as the loader writes them (absent ones left out); a type, so a Row. */
export type RelationshipProperties = {
  id: string;
  briefIds: string[];
  modality: string;
  attributesJson: string;
  evidenceJson: string;
  addressee?: string;
  inferred?: boolean;
  negated?: boolean;
  note?: string;
};

export interface RelationshipRow {
  source: string;
  target: string;
  type: string;
  props: RelationshipProperties;
}

export function relationshipRow(r: MergedRelationship): RelationshipRow {
  const props: RelationshipProperties = {
    id: r.id,
    briefIds: r.briefIds,
    modality: r.modality,
    attributesJson: JSON.stringify(r.attributes),
    evidenceJson: JSON.stringify(r.evidence),
  };
  // Absent stays absent (Neo4j stores no null property); path queries read `negated`.
  if (r.addressee != null) props.addressee = r.addressee;
  if (r.inferred != null) props.inferred = r.inferred;
  if (r.negated != null) props.negated = r.negated;
  if (r.note != null) props.note = r.note;
  return { source: r.source, target: r.target, type: r.type, props };
}

/** New actors, each with its :Alias keys, in batches. */
export function actorCreations(actors: readonly Pick<ActorRow, 'id' | 'props'>[]): Statement[] {
  return chunks(actors).map((batch) => [
    `UNWIND $batch AS row CREATE (a:Actor) SET a = row.props
     WITH row UNWIND row.props.keys AS key CREATE (:Alias {key: key, actorId: row.id})`,
    { batch },
  ]);
}

/** New relationships between stored actors, each statement answering `created`. */
export function relationshipCreations(rels: readonly RelationshipRow[]): Statement[] {
  // A property whose column holds null is not created.
  return byType(
    rels,
    (type) => `UNWIND range(0, size($id) - 1) AS i
     MATCH (s:Actor {id: $source[i]}), (t:Actor {id: $target[i]})
     CREATE (s)-[r:${type} ${RELATIONSHIP_MAP}]->(t)
     RETURN count(r) AS created`,
  );
}

/** Stored relationships given new properties in place, each statement answering `rewritten`. */
export function relationshipRewrites(rels: readonly RelationshipRow[]): Statement[] {
  // SET r = a map: a property whose column holds null is removed, as an absent one should be.
  return byType(
    rels,
    (type) => `UNWIND range(0, size($id) - 1) AS i
     MATCH (:Actor)-[r:${type} {id: $id[i]}]->(:Actor) SET r = ${RELATIONSHIP_MAP}
     RETURN count(r) AS rewritten`,
  );
}

/**
 * Batches of one relationship type each: a type is Cypher text, and the name comes from the
 * vocabulary whitelist, never from input.
 */
function byType(rels: readonly RelationshipRow[], cypher: (type: string) => string): Statement[] {
  return RELATIONSHIP_TYPES.flatMap((type) =>
    chunks(rels.filter((r) => r.type === type.name)).map(
      (batch): Statement => [cypher(type.name), relationshipColumns(batch)],
    ),
  );
}

/**
 * Every property the loader writes on a relationship, the one list its Cypher names (never
 * input): a record of RelationshipProperties' keys, so a key missing or extra does not compile.
 */
const RELATIONSHIP_PROPERTIES = Object.keys({
  id: true,
  briefIds: true,
  modality: true,
  attributesJson: true,
  evidenceJson: true,
  addressee: true,
  inferred: true,
  negated: true,
  note: true,
} satisfies Record<keyof RelationshipProperties, true>) as (keyof RelationshipProperties)[];

/** The properties of row i of relationshipColumns, as a Cypher map. */
const RELATIONSHIP_MAP = `{${RELATIONSHIP_PROPERTIES.map((key) => `${key}: $${key}[i]`).join(', ')}}`;

/**
 * A batch of relationships as columns, one list per field ($source[i], $id[i], ...; null where a
 * property is absent), read with `UNWIND range(0, size($id) - 1) AS i`: the database decodes
 * lists of values instead of a map per row with its keys over again, which made creating
 * 100,000 relationships a tenth faster here (2-28% in five paired runs).
 */
function relationshipColumns(rels: readonly RelationshipRow[]): Row {
  const columns: Row = { source: rels.map((r) => r.source), target: rels.map((r) => r.target) };
  for (const key of RELATIONSHIP_PROPERTIES) columns[key] = rels.map((r) => r.props[key] ?? null);
  return columns;
}

/**
 * Runs statements in order in the transaction without waiting for each one's answer before
 * sending the next (Bolt pipelines them): the database works on one batch while this process
 * encodes the next, so a large load keeps both busy.
 */
export function pipelined(run: (cypher: string, params?: Row) => Promise<Row[]>, statements: Statement[]) {
  return Promise.all(statements.map(([cypher, params]) => run(cypher, params)));
}
