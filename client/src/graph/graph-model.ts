import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import { type QuadKey, quadKey } from './quad-key.ts';

/**
 * A relationship whose quotes have not come yet: the whole graph comes without them (its
 * evidence keeps brief ids and offsets, the quote empty; graph/src/contracts/compact-graph.ts)
 * and app/quote-loader.ts brings them when something shows them. A stored quote is never empty.
 */
export function awaitsQuotes(rel: Pick<Relationship, 'evidence'>): boolean {
  return rel.evidence.some((e) => e.quote === '');
}

/**
 * The records the explorer has loaded so far: the initial graph plus whatever expanding,
 * searching and path queries brought in. DOM-free; the Cytoscape view mirrors it.
 */
export class GraphModel {
  readonly actors = new Map<string, Actor>();
  readonly relationships = new Map<string, Relationship>();
  private readonly incident = new Map<string, string[]>();
  /** True when the server returned only the most connected actors. */
  truncated = false;
  private top: { limit: number; actors: Actor[] } | undefined;

  /**
   * Adds the records not seen before and returns them, so the view can add exactly those. A
   * known relationship still waiting for its quotes takes them from a full record (`filled`
   * counts those); a full one is never replaced by a record without quotes.
   */
  merge(graph: { nodes: readonly Actor[]; edges: readonly Relationship[] }): {
    actors: Actor[];
    relationships: Relationship[];
    filled: number;
  } {
    const actors: Actor[] = [];
    const relationships: Relationship[] = [];
    let filled = 0;
    for (const actor of graph.nodes) {
      if (this.actors.has(actor.id)) continue;
      this.actors.set(actor.id, actor);
      actors.push(actor);
    }
    for (const rel of graph.edges) {
      const known = this.relationships.get(rel.id);
      if (known) {
        if (this.fill(known, rel)) filled += 1;
        continue;
      }
      // An edge whose end was not sent (a truncated graph) cannot be drawn.
      if (!this.actors.has(rel.source) || !this.actors.has(rel.target)) continue;
      this.relationships.set(rel.id, rel);
      this.link(rel.source, rel.id);
      if (rel.target !== rel.source) this.link(rel.target, rel.id);
      relationships.push(rel);
    }
    if (actors.length || relationships.length) this.top = undefined;
    return { actors, relationships, filled };
  }

  /**
   * Full records of known relationships (GET /api/relationships?ids=…): those waiting for their
   * quotes take them. Returns how many did; unknown ids and records without quotes change nothing.
   */
  fillQuotes(records: readonly Relationship[]): number {
    let filled = 0;
    for (const rel of records) {
      const known = this.relationships.get(rel.id);
      if (known && this.fill(known, rel)) filled += 1;
    }
    return filled;
  }

  private fill(known: Relationship, full: Relationship): boolean {
    if (!awaitsQuotes(known) || awaitsQuotes(full)) return false;
    // Same id, same ends: the incident lists stay as they are.
    this.relationships.set(full.id, full);
    return true;
  }

  actor(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  relationship(id: string): Relationship | undefined {
    return this.relationships.get(id);
  }

  has(id: string): boolean {
    return this.actors.has(id) || this.relationships.has(id);
  }

  relationshipsOf(actorId: string): Relationship[] {
    const ids = this.incident.get(actorId) ?? [];
    const out: Relationship[] = [];
    for (const id of ids) {
      const rel = this.relationships.get(id);
      if (rel) out.push(rel);
    }
    return out;
  }

  degree(actorId: string): number {
    return this.incident.get(actorId)?.length ?? 0;
  }

  nameOf = (id: string): string => this.actors.get(id)?.name ?? id;

  /**
   * The `limit` most connected actors, most first; ties by name so the order is stable. Kept
   * until a merge adds something: the overview panel asks on each redraw (a quote arriving for a
   * tooltip redraws it), and sorting 10,000 actors by name took 0.3 s.
   */
  mostConnected(limit: number): Actor[] {
    if (limit <= 0) return [];
    if (this.top?.limit === limit) return this.top.actors;
    const before = (a: Actor, b: Actor) =>
      this.degree(b.id) - this.degree(a.id) || a.name.localeCompare(b.name);
    const best: Actor[] = [];
    for (const actor of this.actors.values()) {
      const last = best[limit - 1];
      if (last && before(actor, last) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(actor, best[at - 1] as Actor) < 0) at--;
      best.splice(at, 0, actor);
      if (best.length > limit) best.pop();
    }
    this.top = { limit, actors: best };
    return best;
  }

  private link(actorId: string, relId: string): void {
    const list = this.incident.get(actorId);
    if (list) list.push(relId);
    else this.incident.set(actorId, [relId]);
  }
}

/** How many of each type, modality, quad class and actor kind are loaded: the legend's numbers. */
export interface LegendCounts {
  readonly types: ReadonlyMap<string, number>;
  readonly modalities: ReadonlyMap<string, number>;
  readonly quads: ReadonlyMap<QuadKey, number>;
  readonly kinds: ReadonlyMap<string, number>;
  /** Negative findings: drawn, never counted with the ties of their type, modality or class. */
  readonly negated: number;
}

export function legendCounts(model: GraphModel): LegendCounts {
  const types = new Map<string, number>();
  const modalities = new Map<string, number>();
  const quads = new Map<QuadKey, number>();
  const kinds = new Map<string, number>();
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  let negated = 0;
  for (const r of model.relationships.values()) {
    if (r.negated) {
      negated += 1;
      continue;
    }
    bump(types, r.type);
    bump(modalities, r.modality);
    bump(quads, quadKey(r.quadClass));
  }
  for (const a of model.actors.values()) bump(kinds, a.kind);
  return { types, modalities, quads, kinds, negated };
}
