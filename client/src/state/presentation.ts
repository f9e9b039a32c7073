import type { GraphModel } from '../graph/graph-model.ts';
import { type Hop, pathHops, relationshipSentence, sentenceText } from '../text/sentences.ts';
import type { AppState } from './app-state.ts';
import type { Visibility } from './filters.ts';
import { shownPath } from './selectors.ts';

/**
 * What presentation mode steps through: the hops of the path drawn (or the first path found,
 * when none is chosen), or else the focused actor's
 * shown relationships, one by one; each with its sentence and the brief's quote for a caption.
 * Pure, over the state and the GraphModel.
 */

export interface PresentationHop {
  readonly relationshipId: string;
  readonly fromId: string;
  readonly toId: string;
  /** "South Korea is allied with the United States" (modality in words). */
  readonly sentence: string;
  /** The brief's own words for it (its first evidence), and which brief says them. */
  readonly quote: string;
  readonly briefId: string;
}

export interface PresentationSteps {
  /** Names the path or focus, so another one starts from its overview (AppState.hop). */
  readonly key: string;
  /** "South Korea → Russia", "Focus: China", or null when there is nothing to step through. */
  readonly title: string | null;
  readonly hops: readonly PresentationHop[];
}

function toStep(model: GraphModel, hop: Hop): PresentationHop {
  const rel = hop.relationship;
  return {
    relationshipId: rel.id,
    fromId: hop.fromId,
    toId: hop.toId,
    sentence: sentenceText(relationshipSentence(rel, model.nameOf)),
    quote: rel.evidence[0]?.quote ?? '',
    briefId: rel.evidence[0]?.briefId ?? '',
  };
}

export function presentationSteps(s: AppState, model: GraphModel, visibility: Visibility): PresentationSteps {
  // A link with a path search but none chosen yet (?from=KOR&to=RUS&present=1): the first, shortest.
  const found = s.paths.status === 'done' ? (s.paths.result.paths[0] ?? null) : null;
  const path = shownPath(s) ?? found;
  if (path) {
    const first = path.nodes[0];
    const last = path.nodes[path.nodes.length - 1];
    return {
      key: `path:${path.edges.map((e) => e.id).join(',')}`,
      title: `${first?.name ?? ''} → ${last?.name ?? ''}`,
      hops: pathHops(path).map((hop) => toStep(model, hop)),
    };
  }
  // Not the selection: stepping selects each hop, which must not change what is stepped through.
  const centre = s.focus?.actorId ?? null;
  if (centre && model.actors.has(centre)) {
    const hops = model
      .relationshipsOf(centre)
      .filter((rel) => visibility.edges.has(rel.id))
      .map((rel) =>
        toStep(model, {
          relationship: rel,
          fromId: centre,
          toId: rel.source === centre ? rel.target : rel.source,
          alongArrow: !rel.directed || rel.source === centre,
        }),
      );
    return { key: `focus:${centre}`, title: `Focus: ${model.nameOf(centre)}`, hops };
  }
  return { key: '', title: null, hops: [] };
}

/** The hop shown (-1: the overview), clamped to the steps there are. */
export function presentedIndex(s: AppState, steps: PresentationSteps): number {
  if (s.hop.key !== steps.key) return -1;
  return Math.min(s.hop.index, steps.hops.length - 1);
}

/** "Hop 2 of 4", or the overview's "4 hops: → to step". */
export function hopCounter(index: number, count: number): string {
  if (count === 0) return 'Nothing to step through';
  if (index < 0) return `Overview · ${count} ${count === 1 ? 'hop' : 'hops'} · → to step`;
  return `Hop ${index + 1} of ${count}`;
}
