import { formatAttributeValue } from '@briefgraph/graph/domain/attribute-values';
import type { Relationship } from '@briefgraph/graph/domain/schemas';
import {
  getRelationshipType,
  isRelationshipTypeName,
  MODALITY_DESCRIPTIONS,
} from '@briefgraph/graph/domain/vocabulary';
import { quadClassText, relationshipSentence, typeDisplayName } from '../../text/sentences.ts';
import { h } from '../dom.ts';
import { negatedSwatch, typeSwatch } from '../swatches.ts';
import { corroborationBlock } from './corroboration-block.ts';
import {
  type DetailsActions,
  type DetailsContext,
  modalityTag,
  panelHeader,
  showInGraphButton,
} from './parts.ts';

/** A relationship in the side panel: its sentence, every quote by brief, its facts, and its two actors. */

/**
 * What the curator said beside the quotes: a negative finding, an inferred end (with why), who
 * should act, and the note. Empty when the relationship has none of them.
 */
function reviewFacts(rel: Relationship, nameOf: (id: string) => string): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (rel.negated) {
    out.push(
      h(
        'p',
        { class: 'review-fact negated-finding', 'data-testid': 'panel-negated' },
        h('strong', null, 'Negative finding'),
        ': the brief says this is not so, or not known. It is drawn grey with “not” and no path goes through it.',
      ),
    );
  }
  if (rel.addressee) {
    out.push(
      h(
        'p',
        { class: 'review-fact', 'data-testid': 'panel-addressee' },
        `Addressed to ${nameOf(rel.addressee)}`,
        h('span', { class: 'muted' }, ' (who the brief says should act)'),
      ),
    );
  }
  if (rel.inferred) {
    out.push(
      h(
        'p',
        { class: 'review-fact', 'data-testid': 'panel-inferred' },
        h('strong', null, 'Inferred'),
        `: ${rel.note ?? 'an end the text does not name here.'}`,
      ),
    );
  } else if (rel.note) {
    out.push(h('p', { class: 'review-fact muted', 'data-testid': 'panel-note' }, `Note: ${rel.note}`));
  }
  return out;
}

/** 'growthRate' → 'Growth rate'. */
function attributeLabel(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function relationshipDetails(
  rel: Relationship,
  ctx: DetailsContext,
  actions: DetailsActions,
): Array<Node | null> {
  const s = relationshipSentence(rel, ctx.nameOf);
  const def = isRelationshipTypeName(rel.type) ? getRelationshipType(rel.type) : null;
  const goTo = (id: string, name: string) =>
    h('button', { type: 'button', class: 'button', onclick: () => actions.selectActor(id) }, name);
  return [
    panelHeader(
      typeDisplayName(rel.type),
      `${s.subject} ${s.verb} ${s.object}`,
      () => actions.clearSelection(),
      rel.negated ? negatedSwatch() : typeSwatch(rel.type, rel.modality),
    ),
    ...reviewFacts(rel, ctx.nameOf),
    ...corroborationBlock(rel, ctx, actions),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Modality'),
      h(
        'dd',
        null,
        modalityTag(rel),
        ' ',
        h('span', { class: 'muted' }, MODALITY_DESCRIPTIONS[rel.modality]),
      ),
      h('dt', null, 'Quad class'),
      h('dd', null, quadClassText(rel.quadClass)),
      h('dt', null, 'Direction'),
      h('dd', null, rel.directed ? `${s.subject} → ${s.object}` : 'Undirected: reads both ways'),
      ...Object.entries(rel.attributes).flatMap(([k, v]) => [
        h('dt', null, attributeLabel(k)),
        h('dd', null, formatAttributeValue(v)),
      ]),
    ),
    def
      ? h('p', { class: 'muted small type-description' }, `${typeDisplayName(def.name)}: ${def.description}`)
      : null,
    h(
      'div',
      { class: 'panel-actions' },
      h('span', { class: 'muted small' }, 'Go to'),
      goTo(s.subjectId, s.subject),
      goTo(s.objectId, s.object),
    ),
    h('div', { class: 'panel-actions' }, showInGraphButton('relationship', rel.id, actions)),
  ];
}
