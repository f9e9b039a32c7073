/** The review page's frame: the head (title, notices, actions, save result) and the two panes. */
import { h } from '../ui/dom.ts';

export interface ReviewParts {
  readonly title: string;
  readonly meta: string;
  readonly readOnly: boolean;
  readonly notices: HTMLElement;
  readonly counts: HTMLElement;
  readonly actions: readonly HTMLElement[];
  readonly problems: HTMLElement;
  readonly result: HTMLElement;
  readonly createButton: HTMLElement;
  readonly selectionHint: HTMLElement;
  readonly text: HTMLElement;
  readonly cards: HTMLElement;
}

export function reviewLayout(p: ReviewParts): HTMLElement {
  p.cards.setAttribute('aria-describedby', 'wb-keys');
  return h(
    'div',
    { class: 'wb-page wb-review' },
    h(
      'header',
      { class: 'wb-review-head' },
      h('h1', { class: 'wb-title' }, p.title),
      h('p', { class: 'wb-meta' }, p.meta),
      p.notices,
      h(
        'div',
        { class: 'wb-bar', role: 'group', 'aria-label': 'Review actions' },
        p.counts,
        h('span', { class: 'wb-bar-actions' }, ...p.actions),
        // On a phone the panes stack and the text comes first: a way straight to the cards.
        h('a', { class: 'wb-jump', href: '#wb-cards-title' }, 'Go to the relationships'),
      ),
      p.problems,
      p.result,
    ),
    h(
      'div',
      { class: 'wb-panes' },
      h(
        'section',
        // Focusable: the pane scrolls on its own, and its text has no other Tab stop.
        { class: 'wb-pane wb-text-pane', 'aria-labelledby': 'wb-text-title', tabindex: 0 },
        h('div', { class: 'wb-pane-head' }, h('h2', { id: 'wb-text-title' }, 'Brief text'), p.createButton),
        p.readOnly
          ? null
          : h(
              'p',
              { class: 'wb-hint' },
              'Select any stretch of the text to make a relationship from it; click a marked quote to find its card.',
            ),
        p.selectionHint,
        p.text,
      ),
      h(
        'section',
        { class: 'wb-pane wb-cards-pane', 'aria-labelledby': 'wb-cards-title' },
        h('div', { class: 'wb-pane-head' }, h('h2', { id: 'wb-cards-title' }, 'Relationships')),
        h(
          'p',
          { class: 'wb-hint', id: 'wb-keys' },
          'Keys on a card: ↑ ↓ or j k move, a or Enter accepts, e edits, r or Delete rejects; Ctrl+Z undoes.',
        ),
        p.cards,
      ),
    ),
  );
}
