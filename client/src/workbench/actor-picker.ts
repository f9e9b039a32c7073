/**
 * One end of a relationship in the editor: type a name or alias, pick among the review's actors
 * and the graph's (GET /api/search), each a button; the chosen one is shown above the field.
 */
import type { ApiClient } from '../api/api-client.ts';
import { h } from '../ui/dom.ts';
import type { WorkActor } from './review-model.ts';

export function matchActors(actors: readonly WorkActor[], query: string, limit = 8): WorkActor[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return actors.slice(0, limit);
  const score = (a: WorkActor) => {
    const names = [a.name, a.id, ...(a.iso3 ? [a.iso3] : []), ...a.aliases].map((n) => n.toLocaleLowerCase());
    if (names.some((n) => n === q)) return 0;
    if (names.some((n) => n.startsWith(q))) return 1;
    if (names.some((n) => n.includes(q))) return 2;
    return 3;
  };
  return actors
    .map((a) => ({ a, s: score(a) }))
    .filter((x) => x.s < 3)
    .sort((x, y) => x.s - y.s || x.a.name.localeCompare(y.a.name))
    .slice(0, limit)
    .map((x) => x.a);
}

export class ActorPicker {
  readonly element: HTMLElement;
  private chosen: WorkActor | null;
  private readonly input: HTMLInputElement;
  private readonly chosenEl: HTMLElement;
  private readonly options: HTMLElement;
  private remote: WorkActor[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private searchAbort: AbortController | null = null;

  constructor(
    role: 'source' | 'target',
    private readonly known: () => readonly WorkActor[],
    private readonly api: Pick<ApiClient, 'search'>,
    initial: WorkActor | null,
    private readonly onChange: () => void,
  ) {
    this.chosen = initial;
    const label = role === 'source' ? 'Source' : 'Target';
    this.chosenEl = h('p', { class: 'wb-chosen', id: `wb-${role}-chosen`, 'aria-live': 'polite' });
    this.input = h('input', {
      id: `wb-${role}-search`,
      type: 'search',
      autocomplete: 'off',
      placeholder: 'Name or alias (ROK, Beijing…)',
      'aria-describedby': `wb-${role}-chosen`,
      'data-testid': `${role}-search`,
    });
    this.options = h('ul', { class: 'wb-options', 'aria-label': `${label} candidates` });
    this.input.addEventListener('input', () => this.search());
    this.element = h(
      'div',
      { class: `wb-picker wb-picker-${role}` },
      h('label', { for: this.input.id }, `${label} actor`),
      this.chosenEl,
      this.input,
      this.options,
    );
    this.draw();
  }

  get value(): WorkActor | null {
    return this.chosen;
  }

  set value(actor: WorkActor | null) {
    this.chosen = actor;
    this.draw();
  }

  private search(): void {
    clearTimeout(this.timer);
    this.draw();
    const q = this.input.value.trim();
    if (q.length < 2) return;
    this.timer = setTimeout(async () => {
      this.searchAbort?.abort();
      this.searchAbort = new AbortController();
      try {
        const { items } = await this.api.search(q, 8, { signal: this.searchAbort.signal });
        this.remote = items.map((i) => ({ ...i.actor, aliases: [...i.actor.aliases], isNew: false }));
        this.draw();
      } catch {
        // The review's own actors are still offered; a failed search is not worth a message here.
      }
    }, 200);
  }

  private draw(): void {
    this.chosenEl.textContent = this.chosen
      ? `Chosen: ${this.chosen.name} (${this.chosen.id})${this.chosen.isNew ? ', new' : ''}`
      : 'None chosen yet.';
    const local = matchActors(this.known(), this.input.value);
    const seen = new Set(local.map((a) => a.id));
    const candidates = [...local, ...this.remote.filter((a) => !seen.has(a.id))].slice(0, 10);
    this.options.replaceChildren(
      ...candidates.map((a) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: `wb-option${a.id === this.chosen?.id ? ' is-chosen' : ''}`,
              'aria-pressed': a.id === this.chosen?.id ? 'true' : 'false',
              'data-actor': a.id,
              onclick: () => {
                this.chosen = a;
                this.input.value = '';
                this.remote = [];
                this.draw();
                this.onChange();
              },
            },
            `${a.name} `,
            h('span', { class: 'wb-option-id' }, a.id),
          ),
        ),
      ),
    );
  }
}
