import { ACTOR_KIND_STYLES } from '@briefgraph/graph/domain/style-tokens';
import type { GraphModel } from '../graph/graph-model.ts';
import type { Selection } from '../state/url-state.ts';
import { relationshipSentence, sentenceText } from './sentences.ts';

/** One-line descriptions of what the pointer is over, and of the selection for the window title. */

export function describeElement(model: GraphModel, target: NonNullable<Selection>): string | null {
  if (target.kind === 'actor') {
    const actor = model.actor(target.id);
    if (!actor) return null;
    const n = model.degree(actor.id);
    return `${actor.name} · ${ACTOR_KIND_STYLES[actor.kind].label} · ${n} ${n === 1 ? 'relationship' : 'relationships'}`;
  }
  const rel = model.relationship(target.id);
  // The verb says the modality ("is assessed to support"), so the sentence is all there is to say.
  return rel ? sentenceText(relationshipSentence(rel, model.nameOf)) : null;
}

/** The selection in words: the actor's name, or the relationship's sentence. */
function selectionName(model: GraphModel, selection: Selection): string | null {
  const rel = selection?.kind === 'relationship' ? model.relationship(selection.id) : undefined;
  if (rel) return sentenceText(relationshipSentence(rel, model.nameOf));
  return selection?.kind === 'actor' ? model.nameOf(selection.id) : null;
}

/** The window title names the selection, so history entries and tabs say what they show. */
export function windowTitle(model: GraphModel, selection: Selection): string {
  const name = selectionName(model, selection);
  return name ? `${name} — briefgraph` : 'briefgraph — explorer';
}

/**
 * A title for an image or a snapshot of what is shown: the path's ends, the selection, the
 * focus, or else the brief (when there is one) — what a slide would be headed with.
 */
export function viewTitle(
  model: GraphModel,
  view: {
    selection: Selection;
    focusId: string | null;
    path: { nodes: ReadonlyArray<{ name: string }> } | null;
    briefTitles: readonly string[];
  },
): string {
  const first = view.path?.nodes[0];
  const last = view.path?.nodes[view.path.nodes.length - 1];
  if (first && last) return `${first.name} to ${last.name}`;
  const selected = selectionName(model, view.selection);
  if (selected) return selected;
  if (view.focusId) return `Around ${model.nameOf(view.focusId)}`;
  return view.briefTitles.length === 1 ? (view.briefTitles[0] ?? 'briefgraph') : 'briefgraph';
}
