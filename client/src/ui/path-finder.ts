import type { Actor, PathsResult } from '@briefgraph/graph/domain/schemas';
import { RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import {
  type Direction,
  PATH_DEFAULTS,
  PATH_LIMITS,
  type PathQuery,
  type Stance,
} from '../state/url-state.ts';
import { describeEmptyPathResult, type NameOf, pathChain, typeDisplayName } from '../text/sentences.ts';
import type { ActorSearch } from './actor-search.ts';
import { h } from './dom.ts';
import { typeSwatch } from './swatches.ts';

/**
 * "How is South Korea connected to Russia?": from/to pickers, type and stance filters,
 * direction, hop and path limits; the results as readable chains, one of which can be chosen.
 */

export interface PathFinderHandlers {
  onSubmit(query: PathQuery): void;
  onChoose(index: number): void;
  onClear(): void;
  onRetry(): void;
}

export function createPathFinder(
  container: HTMLElement,
  pickers: { from: ActorSearch; to: ActorSearch },
  handlers: PathFinderHandlers,
) {
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
  const maxHops = h('input', {
    id: 'path-hops',
    type: 'number',
    min: PATH_LIMITS.maxHops[0],
    max: PATH_LIMITS.maxHops[1],
    value: PATH_DEFAULTS.maxHops,
    inputmode: 'numeric',
  });
  const k = h('input', {
    id: 'path-k',
    type: 'number',
    min: PATH_LIMITS.k[0],
    max: PATH_LIMITS.k[1],
    value: PATH_DEFAULTS.k,
    inputmode: 'numeric',
  });
  const formError = h('p', { class: 'form-error', role: 'alert' });
  const results = h('div', { class: 'path-results', 'data-testid': 'path-results', 'aria-live': 'polite' });
  let resultButtons: HTMLButtonElement[] = [];

  function updateTypeSummary() {
    const ticked = typeBoxes.filter((b) => b.checked).map((b) => typeDisplayName(b.value).toLowerCase());
    typeSummary.textContent =
      ticked.length === 0 ? 'all' : ticked.length <= 2 ? ticked.join(', ') : `${ticked.length} types`;
  }
  for (const box of typeBoxes) box.addEventListener('change', updateTypeSummary);

  const clamp = (input: HTMLInputElement, [min, max]: readonly [number, number], fallback: number) => {
    const n = Math.round(Number(input.value));
    return Number.isFinite(n) && input.value !== '' ? Math.min(max, Math.max(min, n)) : fallback;
  };

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
    h(
      'div',
      { class: 'field-row' },
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Ties'), stance),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Direction'), direction),
    ),
    h(
      'div',
      { class: 'field-row' },
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Max hops'), maxHops),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Paths'), k),
    ),
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
      types: typeBoxes.filter((b) => b.checked).map((b) => b.value),
      direction: direction.value as Direction,
      stance: stance.value as Stance,
    });
  });

  container.replaceChildren(
    h('h2', { id: 'path-title', class: 'section-title' }, 'Find paths'),
    form,
    results,
  );

  return {
    setQuery(query: PathQuery | null, actorOf: (id: string) => Actor | undefined) {
      formError.textContent = '';
      if (!query) {
        pickers.from.setActor(null);
        pickers.to.setActor(null);
        for (const b of typeBoxes) b.checked = false;
        stance.value = 'any';
        direction.value = 'any';
        maxHops.value = String(PATH_DEFAULTS.maxHops);
        k.value = String(PATH_DEFAULTS.k);
        updateTypeSummary();
        return;
      }
      const fallback = (id: string): Actor => ({ id, name: id, kind: 'state', aliases: [] });
      pickers.from.setActor(actorOf(query.from) ?? fallback(query.from));
      pickers.to.setActor(actorOf(query.to) ?? fallback(query.to));
      for (const b of typeBoxes) b.checked = query.types.includes(b.value);
      stance.value = query.stance;
      direction.value = query.direction;
      maxHops.value = String(query.maxHops);
      k.value = String(query.k);
      updateTypeSummary();
    },

    startFrom(actor: Actor) {
      pickers.from.setActor(actor);
      if (pickers.to.actor?.id === actor.id) pickers.to.setActor(null);
      pickers.to.input.focus();
    },

    showIdle() {
      results.replaceChildren();
      resultButtons = [];
    },

    showLoading() {
      results.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Finding paths…'));
      resultButtons = [];
    },

    showError(message: string) {
      results.replaceChildren(
        h(
          'div',
          { class: 'notice error', role: 'alert' },
          h('p', null, `The path query failed. ${message}`),
          h('button', { type: 'button', class: 'button', onclick: () => handlers.onRetry() }, 'Try again'),
        ),
      );
      resultButtons = [];
    },

    showResults(result: PathsResult, query: PathQuery, selected: number | null, nameOf: NameOf) {
      if (result.paths.length === 0) {
        results.replaceChildren(
          h(
            'div',
            { class: 'notice', 'data-testid': 'path-empty' },
            h('p', null, describeEmptyPathResult(query, nameOf)),
            h('p', { class: 'muted small' }, 'Allow more hops, more types, or either direction.'),
          ),
        );
        resultButtons = [];
        return;
      }
      resultButtons = result.paths.map((path, i) =>
        h(
          'button',
          {
            type: 'button',
            class: 'path-result',
            'data-testid': 'path-result',
            'aria-pressed': String(i === selected),
            onclick: () => handlers.onChoose(i),
          },
          h(
            'span',
            { class: 'path-meta' },
            `Path ${i + 1} · ${path.length} ${path.length === 1 ? 'hop' : 'hops'}`,
          ),
          h('span', { class: 'path-chain' }, pathChain(path)),
        ),
      );
      results.replaceChildren(
        h(
          'p',
          { class: 'muted small' },
          `${result.paths.length} ${result.paths.length === 1 ? 'path' : 'paths'}, shortest first. Choose one to see it on the graph.`,
        ),
        h('ol', { class: 'path-list' }, ...resultButtons.map((b) => h('li', null, b))),
      );
    },

    setSelected(index: number | null) {
      resultButtons.forEach((b, i) => {
        b.setAttribute('aria-pressed', String(i === index));
      });
    },
  };
}

export type PathFinder = ReturnType<typeof createPathFinder>;
