import type { ViewSummary } from '../state/selectors.ts';
import { type NameOf, relationshipSentence, sentenceText } from './sentences.ts';

/**
 * The canvas in words for a screen reader: its accessible description ("17 actors, 44
 * relationships; North Korea selected, 8 relationships.") and what the live region says when the
 * selection changes. DOM-free.
 */

export interface Names {
  readonly nameOf: NameOf;
  /** "North Korea provokes South Korea" for a relationship id, or null when it is not loaded. */
  readonly sentenceOf: (relationshipId: string) => string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "North Korea selected, 8 relationships", "North Korea provokes South Korea selected", or null. */
export function selectionPhrase(summary: ViewSummary, names: Names): string | null {
  const sel = summary.selection;
  if (!sel) return null;
  if (sel.kind === 'actor') {
    return `${names.nameOf(sel.id)} selected, ${plural(sel.relationships, 'relationship')}`;
  }
  return `${names.sentenceOf(sel.id) ?? sel.id} selected`;
}

export function describeView(summary: ViewSummary, names: Names): string {
  const parts = [`${plural(summary.actors, 'actor')}, ${plural(summary.relationships, 'relationship')}`];
  const selected = selectionPhrase(summary, names);
  if (selected) parts.push(selected);
  if (summary.emphasis) parts.push(summary.emphasis);
  return `${parts.join('; ')}.`;
}

/** What the live region says after the selection changed. */
export function selectionAnnouncement(summary: ViewSummary, names: Names): string {
  const selected = selectionPhrase(summary, names);
  return selected ? `${selected}.` : 'Selection cleared.';
}

/** The names a GraphModel gives. */
export function modelNames(model: {
  nameOf: NameOf;
  relationship(id: string): Parameters<typeof relationshipSentence>[0] | undefined;
}): Names {
  return {
    nameOf: model.nameOf,
    sentenceOf: (id) => {
      const rel = model.relationship(id);
      return rel ? sentenceText(relationshipSentence(rel, model.nameOf)) : null;
    },
  };
}
