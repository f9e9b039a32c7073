import type { Actor, Path } from '@briefgraph/graph/domain/schemas';
import {
  hopConnector,
  type NameOf,
  pathChain,
  pathHops,
  relationshipSentence,
} from '../../text/sentences.ts';
import { readableOn } from '../contrast.ts';
import { h } from '../dom.ts';
import { kindSwatch, typeColor } from '../swatches.ts';
import {
  briefCitation,
  type DetailsActions,
  type DetailsContext,
  modalityTag,
  panelHeader,
  plainHeader,
  quoteElement,
  sentenceElement,
} from './parts.ts';

/** The chosen path hop by hop, each hop with its evidence; and, with nothing selected, a way in. */

export function pathDetails(
  path: Path,
  index: number,
  total: number,
  ctx: DetailsContext,
  actions: DetailsActions,
): Array<Node | null> {
  const hops = pathHops(path);
  const from = path.nodes[0]?.name ?? '';
  const to = path.nodes[path.nodes.length - 1]?.name ?? '';
  return [
    panelHeader(
      `Path ${index + 1} of ${total} · ${hops.length} ${hops.length === 1 ? 'hop' : 'hops'}`,
      `${from} to ${to}`,
      () => actions.clearSelection(),
    ),
    h('p', { class: 'chain' }, pathChain(path)),
    h(
      'ol',
      { class: 'hop-list' },
      ...hops.map((hop) => {
        const rel = hop.relationship;
        const ev = rel.evidence[0];
        return h(
          'li',
          { class: 'hop' },
          h(
            'p',
            { class: 'hop-route' },
            h('span', { class: 'sentence-actor' }, ctx.nameOf(hop.fromId)),
            ' ',
            // Text in the type's colour, darkened where needed to 4.5:1 on the panel's white.
            h(
              'span',
              { class: 'hop-connector', style: `color:${readableOn(typeColor(rel.type))}` },
              hopConnector(hop),
            ),
            ' ',
            h('span', { class: 'sentence-actor' }, ctx.nameOf(hop.toId)),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'rel-sentence',
              'data-relationship-id': rel.id,
              onclick: () => actions.selectRelationship(rel.id),
            },
            sentenceElement(relationshipSentence(rel, ctx.nameOf)),
          ),
          modalityTag(rel),
          hop.alongArrow ? null : h('span', { class: 'tag tag-against' }, 'against the arrow'),
          ev ? quoteElement(rel, ev, briefCitation(ctx.briefs.get(ev.briefId), ev.briefId), ctx) : null,
        );
      }),
    ),
  ];
}

export interface OverviewSummary {
  readonly actors: number;
  readonly relationships: number;
  readonly briefs: number;
  readonly top: readonly Actor[];
  readonly truncated: boolean;
}

export function overview(summary: OverviewSummary, nameOf: NameOf, actions: DetailsActions): Node[] {
  const briefs = `${summary.briefs} ${summary.briefs === 1 ? 'brief' : 'briefs'}`;
  const most = summary.truncated ? ' (the most connected actors)' : '';
  return [
    plainHeader('Explore', 'Nothing selected'),
    h(
      'p',
      { class: 'muted' },
      `${summary.actors} actors and ${summary.relationships} relationships from ${briefs}${most}. Click an actor or a relationship in the graph, press / to search, or start from one of these:`,
    ),
    h(
      'ul',
      { class: 'chip-list', 'aria-label': 'Most connected actors' },
      ...summary.top.map((a) =>
        h(
          'li',
          null,
          h(
            'button',
            { type: 'button', class: 'chip', onclick: () => actions.selectActor(a.id) },
            kindSwatch(a.kind),
            nameOf(a.id),
          ),
        ),
      ),
    ),
  ];
}
