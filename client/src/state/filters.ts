import type { Relationship } from '@briefgraph/graph/domain/schemas';
import type { Modality } from '@briefgraph/graph/domain/vocabulary';
import type { GraphModel } from '../graph/graph-model.ts';
import { type QuadKey, quadKey } from '../graph/quad-key.ts';

// The quad-class keys live with the graph model, which counts by them; filters re-export them.
export { QUAD_KEYS, type QuadKey, quadKey } from '../graph/quad-key.ts';

/** What is hidden, so that the empty filter shows everything, including types added later. */
export interface Filters {
  readonly hiddenTypes: ReadonlySet<string>;
  readonly hiddenModalities: ReadonlySet<Modality>;
  readonly hiddenQuads: ReadonlySet<QuadKey>;
  /**
   * The briefs shown, by id, or null for every brief. Unlike the rest a list of what is shown:
   * a link says which briefs the analyst read, and a brief added later does not join its view.
   */
  readonly briefs: ReadonlySet<string> | null;
}

export const NO_FILTERS: Filters = {
  hiddenTypes: new Set(),
  hiddenModalities: new Set(),
  hiddenQuads: new Set(),
  briefs: null,
};

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenTypes.size + filters.hiddenModalities.size + filters.hiddenQuads.size > 0 ||
    filters.briefs !== null
  );
}

export function isRelationshipShown(rel: Relationship, filters: Filters): boolean {
  return (
    !filters.hiddenTypes.has(rel.type) &&
    !filters.hiddenModalities.has(rel.modality) &&
    !filters.hiddenQuads.has(quadKey(rel.quadClass)) &&
    (filters.briefs === null || rel.evidence.some((e) => filters.briefs?.has(e.briefId)))
  );
}

export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * Which loaded elements are drawn. An actor stays when one of its relationships is shown, when
 * it has none at all, or when it is pinned (selected, focused, on the chosen path): filtering
 * by type should not leave a scatter of orphans, and should never hide what the user chose.
 */
export function computeVisibility(model: GraphModel, filters: Filters, pinned: Iterable<string>): Visibility {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (const rel of model.relationships.values()) {
    if (!isRelationshipShown(rel, filters)) continue;
    edges.add(rel.id);
    nodes.add(rel.source);
    nodes.add(rel.target);
  }
  for (const id of model.actors.keys()) {
    if (model.degree(id) === 0) nodes.add(id);
  }
  for (const id of pinned) {
    if (model.actors.has(id)) nodes.add(id);
    const rel = model.relationship(id);
    if (rel) {
      edges.add(rel.id);
      nodes.add(rel.source);
      nodes.add(rel.target);
    }
  }
  return { nodes, edges };
}
