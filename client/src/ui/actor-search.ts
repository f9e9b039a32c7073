import type { Actor } from '@briefgraph/graph/domain/schemas';
import { ACTOR_KIND_STYLES } from '@briefgraph/graph/domain/style-tokens';
import type { SearchHit } from '../api/api-client.ts';
import { h } from './dom.ts';
import { kindSwatch } from './swatches.ts';

/**
 * An actor picker with autocomplete over names and aliases ("ROK", "dprk", "Washington"),
 * following the ARIA combobox pattern. Used by the top search and by the path finder's
 * from/to fields.
 */

export interface ActorSearchOptions {
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly testId: string;
  /** Server search; rejects when the server is unreachable. */
  readonly search: (q: string, signal: AbortSignal) => Promise<SearchHit[]>;
  /** Used when the server search fails: the actors already loaded. */
  readonly fallback: (q: string) => SearchHit[];
  readonly onChoose: (actor: Actor) => void;
  /** The top search empties itself after a choice; pickers keep the chosen name. */
  readonly keepChoice: boolean;
  readonly visibleLabel?: boolean;
}

const DEBOUNCE_MS = 90;

export function createActorSearch(options: ActorSearchOptions) {
  const listId = `${options.id}-list`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder,
    'data-testid': options.testId,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    class: 'search-list',
    'aria-label': `${options.label} suggestions`,
    hidden: true,
  });
  const status = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const label = h(
    'label',
    { for: options.id, class: options.visibleLabel ? 'field-label' : 'visually-hidden' },
    options.label,
  );
  const element = h('div', { class: 'search' }, label, input, list, status);

  let hits: SearchHit[] = [];
  let active = -1;
  let chosen: Actor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(index: number) {
    active = index;
    list.querySelectorAll('[role=option]').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === index));
    });
    const li = list.querySelector<HTMLElement>(`#${listId}-${index}`);
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render(q: string) {
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) =>
            h(
              'li',
              {
                id: `${listId}-${i}`,
                role: 'option',
                class: 'search-option',
                'aria-selected': 'false',
                'data-actor-id': hit.actor.id,
                onmousedown: (e: Event) => e.preventDefault(),
                onclick: () => choose(hit.actor),
              },
              kindSwatch(hit.actor.kind),
              h('span', { class: 'search-option-name' }, hit.actor.name),
              hit.matched && hit.matched.toLowerCase() !== hit.actor.name.toLowerCase()
                ? h('span', { class: 'search-option-alias' }, `“${hit.matched}”`)
                : null,
              h('span', { class: 'search-option-kind' }, ACTOR_KIND_STYLES[hit.actor.kind].label),
            ),
          )
        : [h('li', { class: 'search-empty', role: 'presentation' }, `No actor matches “${q}”.`)]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = hits.length
      ? `${hits.length} ${hits.length === 1 ? 'actor' : 'actors'} found`
      : 'No actor found';
    setActive(hits.length ? 0 : -1);
  }

  async function lookup(q: string) {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    let found: SearchHit[];
    try {
      found = await options.search(q, controller.signal);
    } catch {
      if (controller.signal.aborted) return;
      found = options.fallback(q);
    }
    if (controller.signal.aborted || input.value.trim() !== q) return;
    hits = found;
    render(q);
  }

  function choose(actor: Actor) {
    chosen = actor;
    close();
    input.value = options.keepChoice ? actor.name : '';
    options.onChoose(actor);
  }

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      inflight?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void lookup(q), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown' && open && hits.length) {
      e.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && open && hits.length) {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? (open ? hits[0] : undefined);
      if (open && hit) {
        e.preventDefault();
        choose(hit.actor);
      } else if (input.value.trim() && !chosen) {
        // Enter before the suggestions arrived: look up now and take the best match.
        e.preventDefault();
        clearTimeout(timer);
        void lookup(input.value.trim()).then(() => {
          const best = hits[0];
          if (best) choose(best.actor);
        });
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        close();
      } else if (input.value) {
        e.preventDefault();
        e.stopPropagation();
        input.value = '';
        chosen = null;
      }
    }
  });

  input.addEventListener('blur', () => close());
  input.addEventListener('focus', () => {
    if (!options.keepChoice) input.select();
  });

  return {
    element,
    input,
    focus() {
      input.focus();
      input.select();
    },
    setActor(actor: Actor | null) {
      chosen = actor;
      input.value = actor ? actor.name : '';
    },
    get actor() {
      return chosen;
    },
  };
}

export type ActorSearch = ReturnType<typeof createActorSearch>;
