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

/**
 * Items a type's list shows at first: a hub of a big graph has hundreds of relationships, and
 * drawing them all made its panel take 0.1 s before the canvas could answer the click (measured).
 */
export const LIST_FIRST = 8;

/** The first LIST_FIRST items, and a button that shows the rest (focus goes to the first of them). */
function relationshipList(
  rels: readonly Relationship[],
  actor: Actor,
  ctx: DetailsContext,
  actions: DetailsActions,
) {
  const item = (rel: Relationship) => relationshipItem(rel, actor, ctx, actions);
  const list = h('ul', { class: 'rel-list' }, ...rels.slice(0, LIST_FIRST).map(item));
  if (rels.length <= LIST_FIRST) return list;
  const rest = rels.slice(LIST_FIRST);
  const more: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'button rel-more',
      onclick: () => {
        const items = rest.map(item);
        list.append(...items);
        more.remove();
        items[0]?.querySelector<HTMLElement>('button')?.focus();
      },
    },
    `Show ${rest.length} more`,
  );
  return h('div', null, list, more);
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
        relationshipList(g.rels, actor, ctx, actions),
      ),
    ),
  ];
}
