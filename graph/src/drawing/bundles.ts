/**
 * Parallel relationships merged, for the scene's `bundle` option: the relationships between one
 * pair of actors become one edge per direction and class, with a count.
 *
 *   class      cooperation (CAMEO quad class 1–2), conflict (3–4), structural (no class), taken
 *              from the type in the vocabulary
 *   direction  a directed type keeps its way (A → B and B → A are two bundles); undirected
 *              relationships of a pair go together whichever way they were recorded
 *
 * A group of one stays the relationship itself. The count badge ("7 relationships", or "×7"
 * where only that fits) sits at the label anchor. A bundle's look never claims more than its
 * members do: the colour of their type when they share one, else a neutral colour (the count
 * badge and the member list tell the rest); the dash of the firmest modality among them (a fact
 * drawn solid, then assessment, then recommendation), since the tie itself stands as firmly as
 * its firmest member; an arrow only for a directed bundle, whose members all point its way.
 */
import type { Modality } from '../domain/vocabulary.ts';
import { getRelationshipType } from '../domain/vocabulary.ts';

export type BundleClass = 'cooperation' | 'conflict' | 'structural';

/** The line of a bundle whose members are of several types: slate, 10:1 on white, no type's colour. */
export const BUNDLE_MIXED_COLOR = '#334155';

/**
 * The badge drawn at a bundle's label anchor: "7 relationships", or "×7" where only that fits
 * (between actors drawn close together).
 */
export function bundleBadge(count: number, short = false): string {
  return short ? `×${count}` : `${count} relationship${count === 1 ? '' : 's'}`;
}

export function bundleClassOf(type: string): BundleClass {
  const quad = getRelationshipType(type).quadClass;
  return quad === null ? 'structural' : quad <= 2 ? 'cooperation' : 'conflict';
}

export interface BundleMember {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly modality: Modality;
  /** A negative finding: never merged with ties (its line says "not", a count would not). */
  readonly negated?: boolean | undefined;
}

export interface Bundle<R extends BundleMember = BundleMember> {
  /** `bundle:KOR~USA:cooperation` (undirected, ends in id order) or `bundle:USA>KOR:cooperation`. */
  readonly id: string;
  /** A directed bundle's source; an undirected one's lower id. */
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly class: BundleClass;
  /** In id order. */
  readonly members: readonly R[];
  /** The colour of the members' type when they share one, else BUNDLE_MIXED_COLOR. */
  readonly color: string;
  /** The firmest modality among the members: what the line's dash shows. */
  readonly modality: Modality;
  /** The members' one type, or null when they are of several. */
  readonly type: string | null;
}

/** The order of certainty: a fact, then an assessment, then a recommendation. */
const FIRMNESS: readonly Modality[] = ['fact', 'assessment', 'recommendation'];

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function bundleKey(rel: BundleMember): {
  id: string;
  source: string;
  target: string;
  directed: boolean;
} {
  const directed = getRelationshipType(rel.type).directed;
  const cls = bundleClassOf(rel.type);
  if (directed) {
    return {
      id: `bundle:${rel.source}>${rel.target}:${cls}`,
      source: rel.source,
      target: rel.target,
      directed,
    };
  }
  const [a, b] = rel.source < rel.target ? [rel.source, rel.target] : [rel.target, rel.source];
  return { id: `bundle:${a}~${b}:${cls}`, source: a, target: b, directed };
}

/**
 * The relationships grouped by pair, direction and class: a Bundle for every group of two or
 * more (in bundle id order), and the relationships left alone. Loops and negative findings stay alone.
 */
export function bundleRelationships<R extends BundleMember>(
  relationships: readonly R[],
): { bundles: Bundle<R>[]; single: R[] } {
  const groups = new Map<string, { key: ReturnType<typeof bundleKey>; members: R[] }>();
  const single: R[] = [];
  for (const rel of relationships) {
    if (rel.source === rel.target || rel.negated) {
      single.push(rel);
      continue;
    }
    const key = bundleKey(rel);
    const group = groups.get(key.id);
    if (group) group.members.push(rel);
    else groups.set(key.id, { key, members: [rel] });
  }
  const bundles: Bundle<R>[] = [];
  for (const { key, members } of groups.values()) {
    if (members.length === 1) {
      single.push(members[0]!);
      continue;
    }
    members.sort(byId);
    const types = new Set(members.map((m) => m.type));
    const type = types.size === 1 ? members[0]!.type : null;
    const modality = FIRMNESS.find((m) => members.some((r) => r.modality === m)) ?? 'fact';
    bundles.push({
      ...key,
      class: bundleClassOf(members[0]!.type),
      members,
      color: type ? getRelationshipType(type).color : BUNDLE_MIXED_COLOR,
      modality,
      type,
    });
  }
  bundles.sort(byId);
  return { bundles, single };
}
