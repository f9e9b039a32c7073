import type { Relationship } from '@briefgraph/graph/domain/schemas';
import type { TappedBundle } from '../../state/app-state.ts';
import { relationshipSentence, typeDisplayName } from '../../text/sentences.ts';
import { h } from '../dom.ts';
import { typeSwatch } from '../swatches.ts';
import {
  briefCitation,
  type DetailsActions,
  type DetailsContext,
  panelHeader,
  quoteElement,
  sentenceElement,
} from './parts.ts';

/**
 * A merged edge in the side panel: "N relationships", each member's sentence (modality in
 * words) as a button that selects it, and its quotes under it. The selected member is marked.
 */
export function bundleDetails(
  bundle: TappedBundle,
  members: readonly Relationship[],
  selectedId: string,
  ctx: DetailsContext,
  actions: DetailsActions,
): Array<Node | null> {
  const types = new Set(members.map((r) => r.type));
  const kicker =
    types.size === 1 ? `Merged · ${typeDisplayName(members[0]?.type ?? '')}` : 'Merged relationships';
  return [
    panelHeader(kicker, `${members.length} relationships`, () => actions.clearSelection()),
    h(
      'ol',
      { class: 'bundle-members', 'data-testid': 'bundle-members', 'data-bundle': bundle.id },
      ...members.map((rel) => {
        const current = rel.id === selectedId;
        return h(
          'li',
          { class: 'bundle-member', 'data-testid': 'bundle-member', 'data-id': rel.id },
          h(
            'button',
            {
              type: 'button',
              class: 'link-button sentence',
              'aria-current': current ? 'true' : 'false',
              onclick: () => actions.selectRelationship(rel.id),
            },
            typeSwatch(rel.type, rel.modality),
            sentenceElement(relationshipSentence(rel, ctx.nameOf)),
          ),
          ...rel.evidence.map((ev) =>
            h(
              'div',
              { class: 'evidence-quote' },
              quoteElement(rel, ev, briefCitation(ctx.briefs.get(ev.briefId), ev.briefId), ctx),
            ),
          ),
        );
      }),
    ),
  ];
}
