import { h } from '../dom.ts';
import { typeColor } from '../swatches.ts';

/**
 * The menu a passage opens when it supports several relationships: one item per relationship,
 * arrow keys move, Esc closes it back onto its passage, Tab leaves it.
 */

export interface SpanMenuOptions {
  onChoose(relationshipId: string): void;
  describe(relationshipId: string): string;
  typeOf(relationshipId: string): string;
}

export function createSpanMenu(options: SpanMenuOptions) {
  let menu: HTMLElement | null = null;
  let body: HTMLElement | null = null;

  function close(returnFocus = false) {
    const owner = menu?.dataset.owner;
    menu?.remove();
    menu = null;
    if (returnFocus && owner) body?.querySelector<HTMLElement>(`[data-mark-index="${owner}"]`)?.focus();
  }

  function onKey(e: KeyboardEvent) {
    const buttons = [...(menu?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
      buttons[next]?.focus();
    } else if (e.key === 'Tab') close();
  }

  /** Opens under `mark`, inside the scrolling `container`. */
  function open(container: HTMLElement, mark: HTMLElement, ids: readonly string[]) {
    close();
    body = container;
    const items = ids.map((id) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          class: 'span-menu-item',
          'data-relationship-id': id,
          style: `--type-color:${typeColor(options.typeOf(id))}`,
          onclick: () => {
            close();
            options.onChoose(id);
          },
        },
        options.describe(id),
      ),
    );
    const el = h(
      'div',
      {
        class: 'span-menu',
        role: 'menu',
        'aria-label': 'Relationships this quote supports',
        'data-testid': 'span-menu',
      },
      h('p', { class: 'span-menu-title' }, 'This passage supports:'),
      ...items,
    );
    menu = el;
    el.dataset.owner = mark.dataset.markIndex ?? '';
    el.addEventListener('keydown', onKey);
    container.append(el);
    const bodyRect = container.getBoundingClientRect();
    const rect = mark.getBoundingClientRect();
    const left = Math.min(rect.left - bodyRect.left, container.clientWidth - el.offsetWidth - 8);
    el.style.left = `${Math.max(8, left)}px`;
    el.style.top = `${rect.bottom - bodyRect.top + container.scrollTop + 4}px`;
    items[0]?.focus({ preventScroll: true });
  }

  return {
    open,
    close,
    isOpen: () => menu !== null,
    contains: (node: Node) => menu?.contains(node) ?? false,
  };
}

export type SpanMenu = ReturnType<typeof createSpanMenu>;
