/**
 * What a view emphasises, and which elements that keeps at full strength; everything else is
 * faded (or, in an export with scope "emphasis", left out). The explorer and every renderer of
 * snapshots compute it with these functions, so an exported image fades what the analyst saw
 * faded.
 */
import { z } from 'zod';
import type { Relationship } from './relationship.ts';

const ElementIdSchema = z.string().min(1).max(150);

export const EmphasisSchema = z
  .strictObject({
    /** The element the analyst had selected: always drawn at full strength. */
    selected: z.strictObject({ kind: z.enum(['actor', 'relationship']), id: ElementIdSchema }).optional(),
    /** Focus on an actor: it and what lies within `depth` hops stay, the rest fades. */
    focus: z.strictObject({ actorId: ElementIdSchema, depth: z.number().int().min(1).max(3) }).optional(),
  })
  .meta({ id: 'Emphasis' });
export type Emphasis = z.infer<typeof EmphasisSchema>;

/** all: every element, the emphasised ones at full strength; emphasis: only the emphasised ones. */
export const ScopeSchema = z.enum(['all', 'emphasis']);
export type Scope = z.infer<typeof ScopeSchema>;

/** Opacity of a faded element in every renderer. */
export const FADED_OPACITY = 0.2;

type Edge = Pick<Relationship, 'id' | 'source' | 'target'>;

/** The actors within `depth` hops of `actorId` over `edges`, and the edges among them. */
export function neighborhoodIds(actorId: string, depth: number, edges: readonly Edge[]): Set<string> {
  const byActor = new Map<string, Edge[]>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      const list = byActor.get(end);
      if (list) list.push(e);
      else byActor.set(end, [e]);
    }
  }
  const reached = new Set<string>([actorId]);
  let frontier = [actorId];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of byActor.get(id) ?? []) {
        const other = e.source === id ? e.target : e.source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const kept = new Set(reached);
  for (const e of edges) if (reached.has(e.source) && reached.has(e.target)) kept.add(e.id);
  return kept;
}

/**
 * The ids kept at full strength, or null when nothing is emphasised (everything is). A
 * highlighted path wins over a focus, as in the explorer; the selected element always stays,
 * and so do the two actors of a selected relationship.
 */
export function emphasisedIds(view: {
  edges: readonly Edge[];
  highlightedPath?: readonly string[] | undefined;
  emphasis?: Emphasis | undefined;
}): Set<string> | null {
  let kept: Set<string> | null = null;
  if (view.highlightedPath?.length) kept = new Set(view.highlightedPath);
  else if (view.emphasis?.focus) {
    kept = neighborhoodIds(view.emphasis.focus.actorId, view.emphasis.focus.depth, view.edges);
  }
  const selected = view.emphasis?.selected;
  if (kept && selected) {
    kept.add(selected.id);
    const edge = selected.kind === 'relationship' ? view.edges.find((e) => e.id === selected.id) : undefined;
    if (edge) kept.add(edge.source).add(edge.target);
  }
  return kept;
}
