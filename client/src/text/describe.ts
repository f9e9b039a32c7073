import { ACTOR_KIND_STYLES } from '@briefgraph/graph/style-tokens';
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
  return rel ? `${sentenceText(relationshipSentence(rel, model.nameOf))} (${rel.modality})` : null;
}

/** The window title names the selection, so history entries and tabs say what they show. */
export function windowTitle(model: GraphModel, selection: Selection): string {
  const rel = selection?.kind === 'relationship' ? model.relationship(selection.id) : undefined;
  const name = rel
    ? sentenceText(relationshipSentence(rel, model.nameOf))
    : selection?.kind === 'actor'
      ? model.nameOf(selection.id)
      : null;
  return name ? `${name} — briefgraph` : 'briefgraph — explorer';
}
