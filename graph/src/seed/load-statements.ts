/**
 * How the loader (loader.ts) sends records: batches of rows, statements pipelined in one
 * transaction, and relationships as columns. The bench's sentFloor (scripts/bench-scale.ts)
 * sends the same statements, to measure what sending alone costs.
 */
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.ts';
import type { Row } from '../store/neo4j-gateway.ts';

/** Rows to a statement. */
export const BATCH = 1_000;

export function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type Statement = [cypher: string, params: Row];

/** New actors, each with its :Alias keys, in batches (the bench's sentFloor sends the same). */
export function actorCreations(actors: readonly { id: string; props: { keys: string[] } }[]): Statement[] {
  return chunks(actors).map((batch) => [
    `UNWIND $batch AS row CREATE (a:Actor) SET a = row.props
     WITH row UNWIND row.props.keys AS key CREATE (:Alias {key: key, actorId: row.id})`,
    { batch },
  ]);
}

/** New relationships between stored actors, a batch per type, each answering `created`. */
export function relationshipCreations(rels: readonly RelationshipRow[]): Statement[] {
  return RELATIONSHIP_TYPES.flatMap((type) =>
    chunks(rels.filter((r) => r.type === type.name)).map(
      (batch): Statement => [
        // The type name comes from the vocabulary whitelist, never from input. A property whose
        // column holds null is not created.
        `UNWIND range(0, size($id) - 1) AS i
         MATCH (s:Actor {id: $source[i]}), (t:Actor {id: $target[i]})
         CREATE (s)-[r:${type.name} ${RELATIONSHIP_MAP}]->(t)
         RETURN count(r) AS created`,
        relationshipColumns(batch),
      ],
    ),
  );
}

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

/** Every property the loader writes on a relationship: the one list its Cypher names (never input). */
const RELATIONSHIP_PROPERTIES = [
  'id',
  'briefIds',
  'modality',
  'attributesJson',
  'evidenceJson',
  'addressee',
  'inferred',
  'negated',
  'note',
] as const satisfies readonly (keyof RelationshipProperties)[];
// A property added to RelationshipProperties and not to the list fails to compile here.
const everyProperty: Exclude<
  keyof RelationshipProperties,
  (typeof RELATIONSHIP_PROPERTIES)[number]
> extends never
  ? true
  : never = true;
void everyProperty;

/** The properties of row i of relationshipColumns, as a Cypher map. */
export const RELATIONSHIP_MAP = `{${RELATIONSHIP_PROPERTIES.map((key) => `${key}: $${key}[i]`).join(', ')}}`;

/**
 * A batch of relationships as columns, one list per field ($source[i], $id[i], ...; null where a
 * property is absent), read with `UNWIND range(0, size($id) - 1) AS i`: the database decodes
 * lists of values instead of a map per row with its keys over again, which made creating
 * 100,000 relationships a tenth faster here (2-28% in five paired runs).
 */
export function relationshipColumns(rels: readonly RelationshipRow[]): Row {
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
