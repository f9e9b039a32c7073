import type { BriefMetadata, Evidence, Relationship } from '@briefgraph/graph/domain/schemas';
import { MODALITY_STYLES } from '@briefgraph/graph/domain/style-tokens';
import { formatDate, type NameOf, type Sentence } from '../../text/sentences.ts';
import { h } from '../dom.ts';
import { typeColor } from '../swatches.ts';

/** The pieces the side panel's views share: headers, sentences, modality tags, quotes, citations. */

/** What the panel's buttons do: state changes dispatched by the panel, and commands of the page. */
export interface DetailsActions {
  selectActor(id: string): void;
  selectRelationship(id: string): void;
  clearSelection(): void;
  focus(actorId: string, depth: number): void;
  clearFocus(): void;
  expand(actorId: string): void;
  pathFrom(actorId: string): void;
  showEvidence(relationshipId: string, evidence: Evidence): void;
  showInGraph(kind: 'actor' | 'relationship', id: string): void;
}

export interface DetailsContext {
  readonly nameOf: NameOf;
  readonly briefs: ReadonlyMap<string, BriefMetadata>;
  /** A snapshot's panel offers nothing that would bring in more of the graph. */
  readonly readOnly: boolean;
  /** A quote the whole graph came without was asked for and did not come. */
  readonly quoteFailed?: (relationshipId: string) => boolean;
}

export function sentenceElement(s: Sentence): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(
    h('span', { class: 'sentence-actor' }, s.subject),
    ' ',
    h('strong', { class: 'sentence-verb' }, s.verb),
    ' ',
    h('span', { class: 'sentence-actor' }, s.object),
  );
  return f;
}

export function modalityTag(rel: Relationship): HTMLElement {
  return h(
    'span',
    { class: `tag tag-${rel.modality}`, title: `Modality: ${MODALITY_STYLES[rel.modality].label}` },
    MODALITY_STYLES[rel.modality].label,
  );
}

/**
 * The brief's words, or, while a quote the whole graph came without is on its way (its quote
 * empty), a line saying so — never empty quotation marks that would read as the text.
 */
export function quoteElement(
  rel: Relationship,
  evidence: Evidence,
  cite: string | null,
  ctx?: Pick<DetailsContext, 'quoteFailed'>,
): HTMLElement {
  const pending = evidence.quote === '';
  return h(
    'figure',
    {
      class: `quote quote-${rel.modality}${pending ? ' quote-pending' : ''}`,
      style: `--type-color:${typeColor(rel.type)}`,
      ...(pending ? { 'data-testid': 'quote-pending' } : {}),
    },
    pending
      ? h(
          'p',
          { class: 'muted' },
          ctx?.quoteFailed?.(rel.id) ? 'The quote could not be loaded.' : 'Loading the quote…',
        )
      : h('blockquote', null, `“${evidence.quote}”`),
    cite ? h('figcaption', null, cite) : null,
  );
}

export function briefCitation(meta: BriefMetadata | undefined, briefId: string): string {
  if (!meta) return briefId;
  const authors = meta.authors.map((a) => a.name).join(', ');
  return `${meta.title} — ${authors}, ${meta.publisher}, ${formatDate(meta.publishedOn)}`;
}

/** The heading of a panel with nothing to clear: the overview and messages. */
export function plainHeader(kicker: string, title: string): HTMLElement {
  return h(
    'header',
    { class: 'panel-header' },
    h(
      'div',
      { class: 'panel-heading' },
      h('p', { class: 'kicker' }, kicker),
      h('h2', { id: 'details-title' }, title),
    ),
  );
}

/** The heading of a selection, with its close button. */
export function panelHeader(kicker: string, title: string, onClose: () => void, extra?: Node): HTMLElement {
  return h(
    'header',
    { class: 'panel-header' },
    h(
      'div',
      { class: 'panel-heading' },
      h('p', { class: 'kicker' }, kicker),
      h('h2', { id: 'details-title', tabindex: '-1' }, title),
      extra ?? null,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button',
        'aria-label': 'Clear selection (Esc)',
        title: 'Clear selection (Esc)',
        onclick: onClose,
      },
      '×',
    ),
  );
}

/** A link's selection that the loaded graph does not hold. */
export function missingDetails(kind: 'actor' | 'relationship', id: string, actions: DetailsActions): Node[] {
  return [
    panelHeader(kind === 'actor' ? 'Actor' : 'Relationship', id, () => actions.clearSelection()),
    h('p', { class: 'notice' }, `No ${kind} “${id}” in the loaded graph. The link may be out of date.`),
  ];
}

/** "Show in the graph": the canvas brings the element into view and takes the keyboard focus. */
export function showInGraphButton(kind: 'actor' | 'relationship', id: string, actions: DetailsActions) {
  return h(
    'button',
    {
      type: 'button',
      class: 'button',
      'data-testid': 'show-in-graph',
      onclick: () => actions.showInGraph(kind, id),
    },
    'Show in the graph',
  );
}
