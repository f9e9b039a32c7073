import { corroboration, evidenceByBrief } from '@briefgraph/graph/domain/corroboration';
import type { Relationship } from '@briefgraph/graph/domain/schemas';
import { formatDate } from '../../text/sentences.ts';
import { h } from '../dom.ts';
import { briefCitation, type DetailsActions, type DetailsContext, quoteElement } from './parts.ts';

/**
 * A relationship's evidence, grouped by the briefs that support it (its corroboration, derived
 * from the quotes' brief ids): "Supported by 2 briefs", each brief's title and date over its
 * quotes. One brief keeps the plain "Evidence" heading with the citation under its quotes.
 */

/** "Supported by 2 briefs", or null when one brief supports it. */
export function corroborationText(rel: Pick<Relationship, 'evidence'>): string | null {
  const n = corroboration(rel);
  return n > 1 ? `Supported by ${n} briefs` : null;
}

export function corroborationBlock(rel: Relationship, ctx: DetailsContext, actions: DetailsActions): Node[] {
  const groups = evidenceByBrief(rel, (id) => ctx.briefs.get(id)?.publishedOn);
  const several = groups.length > 1;
  const quotes = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);
  const heading = several
    ? h('h3', { class: 'subhead', 'data-testid': 'corroboration' }, corroborationText(rel))
    : h(
        'h3',
        { class: 'subhead' },
        rel.evidence.length === 1 ? 'Evidence' : `Evidence · ${quotes(rel.evidence.length)}`,
      );
  return [
    heading,
    ...groups.map(({ briefId, evidence }) => {
      const meta = ctx.briefs.get(briefId);
      return h(
        'section',
        {
          class: several ? 'evidence evidence-brief' : 'evidence',
          'data-testid': 'panel-evidence',
          'data-brief': briefId,
        },
        several
          ? h(
              'h4',
              { class: 'evidence-brief-title' },
              meta ? meta.title : briefId,
              meta
                ? h(
                    'span',
                    { class: 'muted' },
                    ` · ${formatDate(meta.publishedOn)} · ${quotes(evidence.length)}`,
                  )
                : null,
            )
          : null,
        ...evidence.map((ev) =>
          h(
            'div',
            { class: 'evidence-quote' },
            quoteElement(rel, ev, null, ctx),
            h(
              'button',
              { type: 'button', class: 'link-button', onclick: () => actions.showEvidence(rel.id, ev) },
              'Show in the brief',
            ),
          ),
        ),
        h('p', { class: 'citation' }, briefCitation(meta, briefId)),
      );
    }),
  ];
}
