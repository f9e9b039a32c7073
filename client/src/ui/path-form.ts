import type { Actor } from '@briefgraph/graph/domain/schemas';
import { isRelationshipTypeName, RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import {
  type Direction,
  PATH_DEFAULTS,
  PATH_LIMITS,
  type PathQuery,
  type Stance,
} from '../state/url-state.ts';
import { typeDisplayName } from '../text/sentences.ts';
import type { ActorSearch } from './actor-search.ts';
import { h } from './dom.ts';
import { typeSwatch } from './swatches.ts';

/**
 * The path finder's question: from/to pickers, type and stance filters, direction, hop and path
 * limits. A submitted form is checked (both ends chosen, and different) and read into a
 * PathQuery with its numbers clamped to the limits.
 */

export interface PathFormHandlers {
  onSubmit(query: PathQuery): void;
  onClear(): void;
}

const clamp = (input: HTMLInputElement, [min, max]: readonly [number, number], fallback: number) => {
  const n = Math.round(Number(input.value));
  return Number.isFinite(n) && input.value !== '' ? Math.min(max, Math.max(min, n)) : fallback;
};

function numberInput(id: string, [min, max]: readonly [number, number], value: number) {
  return h('input', { id, type: 'number', min, max, value, inputmode: 'numeric' });
}

const field = (label: string, control: HTMLElement) =>
  h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control);

export function createPathForm(pickers: { from: ActorSearch; to: ActorSearch }, handlers: PathFormHandlers) {
  const typeBoxes = RELATIONSHIP_TYPES.map((t) =>
    h('input', { type: 'checkbox', value: t.name, id: `path-type-${t.name}`, class: 'path-type-box' }),
  );
  const typeSummary = h('span', null, 'all');
  const typePicker = h(
    'details',
    { class: 'type-picker' },
    h('summary', null, 'Relationship types: ', typeSummary),
    h(
      'div',
      { class: 'type-picker-body' },
      h('p', { class: 'muted small' }, 'None ticked means every type.'),
      ...RELATIONSHIP_TYPES.map((t, i) =>
        h(
          'label',
          { class: 'check', for: `path-type-${t.name}` },
          typeBoxes[i] ?? null,
          typeSwatch(t.name),
          typeDisplayName(t.name),
        ),
      ),
    ),
  );
  const stance = h(
    'select',
    { id: 'path-stance' },
    h('option', { value: 'any' }, 'Any tie'),
    h('option', { value: 'cooperation' }, 'Cooperation only'),
    h('option', { value: 'conflict' }, 'Conflict only'),
  );
  const direction = h(
    'select',
    { id: 'path-direction' },
    h('option', { value: 'any' }, 'Either way'),
    h('option', { value: 'outgoing' }, 'Follow arrows'),
  );
  const maxHops = numberInput('path-hops', PATH_LIMITS.maxHops, PATH_DEFAULTS.maxHops);
  const k = numberInput('path-k', PATH_LIMITS.k, PATH_DEFAULTS.k);
  const formError = h('p', { class: 'form-error', role: 'alert' });

  function updateTypeSummary() {
    const ticked = typeBoxes.filter((b) => b.checked).map((b) => typeDisplayName(b.value).toLowerCase());
    typeSummary.textContent =
      ticked.length === 0 ? 'all' : ticked.length <= 2 ? ticked.join(', ') : `${ticked.length} types`;
  }
  for (const box of typeBoxes) box.addEventListener('change', updateTypeSummary);

  const swap = h(
    'button',
    {
      type: 'button',
      class: 'icon-button swap-button',
      'aria-label': 'Swap from and to',
      title: 'Swap from and to',
      onclick: () => {
        const a = pickers.from.actor;
        const b = pickers.to.actor;
        pickers.from.setActor(b);
        pickers.to.setActor(a);
      },
    },
    '⇅',
  );

  const form = h(
    'form',
    { class: 'path-form', 'data-testid': 'path-form', 'aria-labelledby': 'path-title', novalidate: true },
    h(
      'div',
      { class: 'path-ends' },
      h('div', { class: 'path-end-fields' }, pickers.from.element, pickers.to.element),
      swap,
    ),
    typePicker,
    h('div', { class: 'field-row' }, field('Ties', stance), field('Direction', direction)),
    h('div', { class: 'field-row' }, field('Max hops', maxHops), field('Paths', k)),
    formError,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button primary', 'data-testid': 'path-submit' }, 'Find paths'),
      h('button', { type: 'button', class: 'button', onclick: () => handlers.onClear() }, 'Clear'),
    ),
  );

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const from = pickers.from.actor;
    const to = pickers.to.actor;
    if (!from || !to) {
      formError.textContent = 'Choose both actors from the suggestions.';
      (from ? pickers.to : pickers.from).input.focus();
      return;
    }
    if (from.id === to.id) {
      formError.textContent = 'Choose two different actors.';
      return;
    }
    formError.textContent = '';
    handlers.onSubmit({
      from: from.id,
      to: to.id,
      k: clamp(k, PATH_LIMITS.k, PATH_DEFAULTS.k),
      maxHops: clamp(maxHops, PATH_LIMITS.maxHops, PATH_DEFAULTS.maxHops),
      types: typeBoxes
        .filter((b) => b.checked)
        .flatMap((b) => (isRelationshipTypeName(b.value) ? [b.value] : [])),
      direction: direction.value as Direction,
      stance: stance.value as Stance,
    });
  });

  return {
    element: form,

    /** Shows a query (a link's, or the one asked), or the empty form for null. */
    setQuery(query: PathQuery | null, actorOf: (id: string) => Actor | undefined) {
      formError.textContent = '';
      const fallback = (id: string): Actor => ({ id, name: id, kind: 'state', aliases: [] });
      pickers.from.setActor(query ? (actorOf(query.from) ?? fallback(query.from)) : null);
      pickers.to.setActor(query ? (actorOf(query.to) ?? fallback(query.to)) : null);
      for (const b of typeBoxes) b.checked = query?.types.some((t) => t === b.value) ?? false;
      stance.value = query?.stance ?? 'any';
      direction.value = query?.direction ?? 'any';
      maxHops.value = String(query?.maxHops ?? PATH_DEFAULTS.maxHops);
      k.value = String(query?.k ?? PATH_DEFAULTS.k);
      updateTypeSummary();
    },

    /** Runs the search once both ends are chosen: Enter on a "To" suggestion picks it and asks. */
    submitIfReady() {
      if (pickers.from.actor && pickers.to.actor) form.requestSubmit();
    },

    startFrom(actor: Actor) {
      pickers.from.setActor(actor);
      if (pickers.to.actor?.id === actor.id) pickers.to.setActor(null);
      pickers.to.input.focus();
    },
  };
}

export type PathForm = ReturnType<typeof createPathForm>;
