/**
 * The line under an image's title that says what it leaves out, in words, so an audience never
 * reads a filtered picture as the whole graph: "Showing conflict only: 14 of 44 relationships",
 * "Showing alliance, trade: 4 relationships", "Showing the highlighted path: 3 of 44
 * relationships". Filters come from the snapshot; scope "emphasis" cuts what the emphasis
 * does not keep (scene.ts). Counts are relationships, as the filters are.
 */
import { allowedTypes, isFiltered, type RelationshipFilter } from '@briefgraph/graph/domain/filters';
import type { Actor, Emphasis } from '@briefgraph/graph/domain/schemas';
import { type Modality, QUAD_CLASS_LABELS, type QuadClass } from '@briefgraph/graph/domain/vocabulary';

/** "SECURITY_COOPERATION" → "Security cooperation". */
export function typeDisplayName(name: string): string {
  const text = name.toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MODALITY_PLURALS: Readonly<Record<Modality, string>> = {
  fact: 'facts',
  assessment: 'assessments',
  recommendation: 'recommendations',
};

const listed = (words: readonly string[]) =>
  words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

function quadWords(classes: readonly QuadClass[]): string {
  const set = new Set(classes);
  if (set.size === 2 && set.has(1) && set.has(2)) return 'cooperation';
  if (set.size === 2 && set.has(3) && set.has(4)) return 'conflict';
  return listed(([1, 2, 3, 4] as const).filter((q) => set.has(q)).map((q) => QUAD_CLASS_LABELS[q]));
}

/**
 * "conflict only", "alliance, trade", "facts only", "conflict only; recommendations only",
 * "brief sejong-focus-2023-04-no25 only"; null unfiltered.
 */
export function filterWords(filters: RelationshipFilter): string | null {
  if (!isFiltered(filters)) return null;
  const parts: string[] = [];
  const types = filters.types?.length ? filters.types : null;
  const quad = filters.quadClass?.length ? filters.quadClass : null;
  if (types && quad) {
    // Both narrow the types: name what is left.
    const left = allowedTypes(filters);
    parts.push(left.length ? left.map((t) => typeDisplayName(t).toLowerCase()).join(', ') : 'no type');
  } else if (types) parts.push(types.map((t) => typeDisplayName(t).toLowerCase()).join(', '));
  else if (quad) parts.push(`${quadWords(quad)} only`);
  const modality = filters.modality?.length ? filters.modality : null;
  if (modality && modality.length < 3) parts.push(`${listed(modality.map((m) => MODALITY_PLURALS[m]))} only`);
  const briefs = filters.briefs?.length ? filters.briefs : null;
  // Ids, not titles: a snapshot keeps no brief metadata; the source line under it names them.
  if (briefs)
    parts.push(
      briefs.length <= 3
        ? `brief${briefs.length === 1 ? '' : 's'} ${listed(briefs)} only`
        : `${briefs.length} briefs only`,
    );
  return parts.length ? parts.join('; ') : null;
}

/** "the highlighted path", "North Korea and what lies within 2 hops", "the selection". */
export function emphasisWords(
  view: { highlightedPath?: readonly string[] | undefined; emphasis?: Emphasis | undefined },
  nodes: readonly Pick<Actor, 'id' | 'name'>[],
): string {
  if (view.highlightedPath?.length) return 'the highlighted path';
  const focus = view.emphasis?.focus;
  if (focus) {
    const name = nodes.find((n) => n.id === focus.actorId)?.name ?? focus.actorId;
    return `${name} and what lies within ${focus.depth} hop${focus.depth === 1 ? '' : 's'}`;
  }
  return 'the selection';
}

const relationships = (n: number) => `relationship${n === 1 ? '' : 's'}`;

export interface FiltersLineInput {
  filters?: RelationshipFilter | undefined;
  highlightedPath?: readonly string[] | undefined;
  emphasis?: Emphasis | undefined;
  nodes: readonly Pick<Actor, 'id' | 'name'>[];
  /** Relationships in the snapshot (after its filters). */
  edges: number;
  /** Relationships drawn (after scope "emphasis"). */
  drawnEdges: number;
  /** True when scope "emphasis" left elements out. */
  cut: boolean;
  /** Relationships of the unfiltered graph, when known: "14 of 44". */
  totalEdges?: number | undefined;
}

/** The sentence, or null when the image shows everything its query found. */
export function filtersLine(input: FiltersLineInput): string | null {
  const filtered = filterWords(input.filters ?? {});
  const scope = input.cut ? emphasisWords(input, input.nodes) : null;
  if (filtered && scope) {
    return `Showing ${filtered}; of that, ${scope}: ${input.drawnEdges} of ${input.edges} ${relationships(input.edges)}`;
  }
  if (scope) return `Showing ${scope}: ${input.drawnEdges} of ${input.edges} ${relationships(input.edges)}`;
  if (filtered) {
    return input.totalEdges === undefined
      ? `Showing ${filtered}: ${input.edges} ${relationships(input.edges)}`
      : `Showing ${filtered}: ${input.edges} of ${input.totalEdges} ${relationships(input.totalEdges)}`;
  }
  return null;
}
