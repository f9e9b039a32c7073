/**
 * Relationship filters shared by graph, neighbourhood and path queries. Types and quad classes
 * both narrow the set of relationship types (a quad class is a property of the type), and the
 * result is a whitelist of vocabulary names: the only way a type name reaches Cypher text.
 */
import {
  type Modality,
  type QuadClass,
  RELATIONSHIP_TYPES,
  type RelationshipTypeName,
} from './vocabulary.ts';

/** What is shown, as lists (absent or empty: no filter); the names are the query-string names. */
export interface RelationshipFilter {
  types?: readonly RelationshipTypeName[] | undefined;
  modality?: readonly Modality[] | undefined;
  quadClass?: readonly QuadClass[] | undefined;
  /** Brief ids: a relationship passes when any brief that supports it is listed. */
  briefs?: readonly string[] | undefined;
}

export function isFiltered(filter: RelationshipFilter): boolean {
  return Boolean(
    filter.types?.length || filter.modality?.length || filter.quadClass?.length || filter.briefs?.length,
  );
}

export function allowedTypes(filter: RelationshipFilter): RelationshipTypeName[] {
  return RELATIONSHIP_TYPES.filter(
    (t) =>
      (!filter.types?.length || filter.types.includes(t.name)) &&
      (!filter.quadClass?.length || (t.quadClass !== null && filter.quadClass.includes(t.quadClass))),
  ).map((t) => t.name);
}

/** `:A|B|C` for a relationship pattern; only ever built from the vocabulary whitelist. */
export function typeExpression(types: readonly RelationshipTypeName[]): string {
  const known = new Set(RELATIONSHIP_TYPES.map((t) => t.name));
  for (const t of types) if (!known.has(t)) throw new Error(`not a vocabulary type: ${t}`);
  return `:${types.join('|')}`;
}

/** Modality list for `$modalities`, or every modality when unfiltered. */
export function modalityList(filter: RelationshipFilter): Modality[] {
  return filter.modality?.length ? [...filter.modality] : ['fact', 'assessment', 'recommendation'];
}

/** Brief list for `$briefs`, or null when unfiltered (every brief passes). */
export function briefList(filter: RelationshipFilter): string[] | null {
  return filter.briefs?.length ? [...filter.briefs] : null;
}

/**
 * The brief condition on a relationship bound to `v`, with `$briefs` from briefList(): the
 * loader stores the briefs that support a relationship in `briefIds`.
 */
export const briefCondition = (v: string) =>
  `($briefs IS NULL OR any(briefId IN ${v}.briefIds WHERE briefId IN $briefs))`;
