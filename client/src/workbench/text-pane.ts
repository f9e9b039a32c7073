/**
 * The brief text with the cards' quotes marked: paragraphs of runs (text-offsets.ts), a run
 * covered by quotes is a <mark> that knows its cards. Clicking a mark selects its card.
 */
import { segmentBrief } from '../text/brief-segments.ts';
import { h } from '../ui/dom.ts';
import type { Card } from './review-model.ts';

export interface TextPaneOptions {
  readonly onMarkClick: (cardKeys: readonly string[]) => void;
}

export function renderText(
  root: HTMLElement,
  text: string,
  cards: readonly Card[],
  selectedKey: string | null,
  options: TextPaneOptions,
): void {
  const spans = cards
    .filter((c) => c.status !== 'rejected')
    .flatMap((c) => c.evidence.map((e) => ({ start: e.start, end: e.end, relationshipId: c.key })));
  const status = new Map(cards.map((c) => [c.key, c.status]));
  const paragraphs = segmentBrief(text, spans);
  root.replaceChildren(
    ...paragraphs.map((p) =>
      h(
        'p',
        { class: 'wb-paragraph' },
        ...p.map((s) => {
          if (!s.relationshipIds.length) return h('span', { 'data-start': s.start }, s.text);
          const accepted = s.relationshipIds.some((k) => status.get(k) === 'accepted');
          const selected = selectedKey !== null && s.relationshipIds.includes(selectedKey);
          return h(
            'mark',
            {
              'data-start': s.start,
              'data-cards': s.relationshipIds.join(' '),
              class: `wb-mark${accepted ? ' is-accepted' : ''}${selected ? ' is-selected' : ''}`,
              onclick: () => {
                // A click that ends a text selection is for a new relationship, not for the mark.
                if (!window.getSelection()?.isCollapsed) return;
                options.onMarkClick(s.relationshipIds);
              },
            },
            s.text,
          );
        }),
      ),
    ),
  );
}

/** Scrolls the card's first quote into view. */
export function revealCard(root: HTMLElement, key: string): void {
  const mark = [...root.querySelectorAll<HTMLElement>('mark[data-cards]')].find((m) =>
    (m.dataset.cards ?? '').split(' ').includes(key),
  );
  mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
