import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import { ACTOR_KIND_STYLES } from '@briefgraph/graph/domain/style-tokens';
import { RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import { FOCUS_DEPTHS, type Focus } from '../../state/url-state.ts';
import { relationshipSentence, typeDisplayName } from '../../text/sentences.ts';
import { h } from '../dom.ts';
import { kindSwatch, typeSwatch } from '../swatches.ts';
import {
  type DetailsActions,
  type DetailsContext,
  modalityTag,
  panelHeader,
  quoteElement,
  sentenceElement,
  showInGraphButton,
} from './parts.ts';

/** An actor in the side panel: its actions, then its shown relationships by type, each with its quote. */

function actorActions(actor: Actor, focus: Focus | null, ctx: DetailsContext, actions: DetailsActions) {
  const focused = focus?.actorId === actor.id;
  const depthSelect = h(
    'select',
    { id: 'focus-depth', 'aria-label': 'Focus depth' },
    ...FOCUS_DEPTHS.map((d) =>
      h(
        'option',
        { value: String(d), selected: (focused ? focus.depth : 1) === d },
        `${d} ${d === 1 ? 'step' : 'steps'}`,
      ),
    ),
  );
  depthSelect.addEventListener('change', () => {
    if (focused) actions.focus(actor.id, Number(depthSelect.value));
  });
  const button = (label: string, onclick: () => void, active = false) =>
    h('button', { type: 'button', class: active ? 'button is-active' : 'button', onclick }, label);
  return h(
    'div',
    { class: 'panel-actions' },
    ctx.readOnly ? null : button('Expand neighbours', () => actions.expand(actor.id)),
    h(
      'div',
      { class: 'button-group' },
      focused
        ? button('Clear focus', () => actions.clearFocus(), true)
        : button('Focus', () => actions.focus(actor.id, Number(depthSelect.value))),
      depthSelect,
    ),
    ctx.readOnly ? null : button('Find a path from here', () => actions.pathFrom(actor.id)),
    showInGraphButton('actor', actor.id, actions),
  );
}

function relationshipItem(rel: Relationship, actor: Actor, ctx: DetailsContext, actions: DetailsActions) {
  const ev = rel.evidence[0];
  return h(
    'li',
    { class: 'rel-item' },
    h(
      'button',
      {
        type: 'button',
        class: 'rel-sentence',
        'data-testid': 'panel-relationship',
        'data-relationship-id': rel.id,
        onclick: () => actions.selectRelationship(rel.id),
      },
      sentenceElement(relationshipSentence(rel, ctx.nameOf, actor.id)),
    ),
    modalityTag(rel),
    ev ? quoteElement(rel, ev, null, ctx) : null,
  );
}

/** `rels` are the relationships shown; `hiddenCount` says how many more the filters hide. */
export function actorDetails(
  actor: Actor,
  rels: readonly Relationship[],
  hiddenCount: number,
  focus: Focus | null,
  ctx: DetailsContext,
  actions: DetailsActions,
): Array<Node | null> {
  const groups = RELATIONSHIP_TYPES.map((t) => ({
    type: t,
    rels: rels.filter((r) => r.type === t.name),
  })).filter((g) => g.rels.length > 0);
  return [
    panelHeader(
      ACTOR_KIND_STYLES[actor.kind].label,
      actor.name,
      () => actions.clearSelection(),
      h('span', { class: 'kind-swatch' }, kindSwatch(actor.kind)),
    ),
    actor.aliases.length
      ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also: '), actor.aliases.join(' · '))
      : null,
    actorActions(actor, focus, ctx, actions),
    h(
      'h3',
      { class: 'subhead' },
      `${rels.length} ${rels.length === 1 ? 'relationship' : 'relationships'}`,
      hiddenCount ? h('span', { class: 'muted' }, ` (${hiddenCount} hidden by filters)`) : null,
    ),
    ...groups.map((g) =>
      h(
        'section',
        { class: 'rel-group', 'aria-label': typeDisplayName(g.type.name) },
        h(
          'h4',
          { class: 'rel-group-title' },
          typeSwatch(g.type.name),
          typeDisplayName(g.type.name),
          h('span', { class: 'muted' }, ` ${g.rels.length}`),
        ),
        h('ul', { class: 'rel-list' }, ...g.rels.map((rel) => relationshipItem(rel, actor, ctx, actions))),
      ),
    ),
  ];
}
