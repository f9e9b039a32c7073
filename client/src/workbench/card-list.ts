/**
 * The relationship cards: source → type → target, modality, confidence, cues, quote, and
 * Accept / Edit / Reject. The list is one Tab stop (roving tabindex on the cards): arrows or
 * j/k move, a or Enter accepts, e edits, r or Delete rejects the focused card.
 */
import type { Vocabulary } from '../api/api-client.ts';
import { h } from '../ui/dom.ts';
import { actorName, type Review } from './review-model.ts';

export interface CardListHandlers {
  readonly select: (key: string) => void;
  readonly accept: (key: string) => void;
  readonly edit: (key: string) => void;
  readonly reject: (key: string) => void;
}

export interface CardListView {
  readonly review: Review;
  readonly vocabulary: Vocabulary | null;
  readonly selectedKey: string | null;
  readonly problems: ReadonlyMap<string, readonly string[]>;
  readonly readOnly: boolean;
}

const STATUS_LABEL = { proposed: 'Proposed', accepted: 'Accepted', rejected: 'Rejected' } as const;

export function typeLabel(vocabulary: Vocabulary | null, type: string): string {
  return (
    vocabulary?.relationshipTypes.find((t) => t.name === type)?.label ??
    type.toLowerCase().replaceAll('_', ' ')
  );
}

export function renderCards(list: HTMLElement, view: CardListView, on: CardListHandlers): void {
  const { review } = view;
  const focusKey = view.selectedKey ?? review.cards[0]?.key ?? null;
  list.replaceChildren(
    ...review.cards.map((card, index) => {
      const problems = view.problems.get(card.key) ?? [];
      const titleId = `card-${card.key}-title`;
      const problemId = `card-${card.key}-problems`;
      const name = (id: string) => actorName(review, id);
      const quote = card.evidence[0]?.quote ?? '';
      const item = h(
        'li',
        {
          class: `wb-card is-${card.status}${card.key === view.selectedKey ? ' is-selected' : ''}${problems.length ? ' has-problems' : ''}`,
          'data-key': card.key,
          'data-testid': 'review-card',
          'data-status': card.status,
          tabindex: card.key === focusKey ? 0 : -1,
          'aria-labelledby': titleId,
          'aria-describedby': problems.length ? problemId : null,
          'aria-posinset': index + 1,
          'aria-setsize': review.cards.length,
        },
        h(
          'p',
          { class: 'wb-card-title', id: titleId },
          h('span', { class: 'wb-actor' }, name(card.source)),
          h('span', { class: 'wb-arrow', 'aria-hidden': 'true' }, ' → '),
          h(
            'span',
            { class: 'wb-type' },
            card.negated
              ? `not ${typeLabel(view.vocabulary, card.type)}`
              : typeLabel(view.vocabulary, card.type),
          ),
          h('span', { class: 'wb-arrow', 'aria-hidden': 'true' }, ' → '),
          h('span', { class: 'wb-actor' }, name(card.target)),
          h('span', { class: 'visually-hidden' }, `, ${STATUS_LABEL[card.status]}`),
        ),
        h(
          'p',
          { class: 'wb-card-meta' },
          h(
            'span',
            { class: `wb-status is-${card.status}`, 'aria-hidden': 'true' },
            STATUS_LABEL[card.status],
          ),
          h('span', { class: `wb-modality is-${card.modality}` }, card.modality),
          card.confidence !== null
            ? h('span', null, `confidence ${Math.round(card.confidence * 100)} %`)
            : null,
          card.origin === 'manual' ? h('span', null, 'made in review') : null,
          card.origin === 'saved' ? h('span', null, 'saved before') : null,
          card.inferred ? h('span', { class: 'wb-flag' }, 'inferred') : null,
          card.negated ? h('span', { class: 'wb-flag' }, 'negative finding') : null,
          card.addressee ? h('span', null, `addressee ${name(card.addressee)}`) : null,
        ),
        quote ? h('blockquote', { class: 'wb-quote' }, `“${quote}”`) : null,
        card.evidence.length > 1
          ? h('p', { class: 'wb-hint' }, `and ${card.evidence.length - 1} more quote(s)`)
          : null,
        card.cues.length ? h('p', { class: 'wb-cues' }, 'Cues: ', card.cues.join(', ')) : null,
        card.note ? h('p', { class: 'wb-note' }, 'Note: ', card.note) : null,
        problems.length
          ? h('ul', { class: 'wb-card-problems', id: problemId }, ...problems.map((p) => h('li', null, p)))
          : null,
        h(
          'p',
          { class: 'wb-card-actions' },
          h(
            'button',
            {
              class: 'button',
              type: 'button',
              'data-action': 'accept',
              disabled: view.readOnly || card.status === 'accepted',
              onclick: () => on.accept(card.key),
            },
            'Accept',
          ),
          h(
            'button',
            {
              class: 'button',
              type: 'button',
              'data-action': 'edit',
              disabled: view.readOnly,
              onclick: () => on.edit(card.key),
            },
            'Edit',
          ),
          h(
            'button',
            {
              class: 'button',
              type: 'button',
              'data-action': 'reject',
              disabled: view.readOnly || card.status === 'rejected',
              onclick: () => on.reject(card.key),
            },
            'Reject',
          ),
        ),
      );
      item.addEventListener('click', (event) => {
        if ((event.target as HTMLElement).closest('button')) return;
        on.select(card.key);
      });
      return item;
    }),
  );
}

/** The list's keys, bound once; `readOnly` leaves only moving. */
export function bindCardKeys(list: HTMLElement, on: CardListHandlers, readOnly: () => boolean): void {
  list.addEventListener('keydown', (event) => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('.wb-card');
    if (!card || event.target !== card || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = card.dataset.key as string;
    const cards = [...list.querySelectorAll<HTMLElement>('.wb-card')];
    const index = cards.indexOf(card);
    const move = (to: number) => {
      const next = cards[Math.max(0, Math.min(cards.length - 1, to))];
      if (next) on.select(next.dataset.key as string);
    };
    const act: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      j: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      k: () => move(index - 1),
      Home: () => move(0),
      End: () => move(cards.length - 1),
    };
    if (!readOnly()) {
      Object.assign(act, {
        a: () => on.accept(key),
        Enter: () => on.accept(key),
        e: () => on.edit(key),
        r: () => on.reject(key),
        Delete: () => on.reject(key),
      });
    }
    const run = act[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  });
}
