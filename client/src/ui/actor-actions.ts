import { focusOn, select } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { showSheet } from '../state/screen-actions.ts';
import { h } from './dom.ts';

/**
 * What a long press on an actor offers (touch has no hover and no right click): its details,
 * a focus on its neighbourhood, its neighbours loaded, a path from it. A small menu at the
 * finger; Esc, a choice or a tap elsewhere closes it.
 */
export interface ActorActionHandlers {
  expand(id: string): void;
  pathFrom(id: string): void;
  nameOf(id: string): string;
}

export function createActorActions(store: AppStore, handlers: ActorActionHandlers) {
  const menu = h('div', {
    class: 'actor-actions',
    role: 'menu',
    'data-testid': 'actor-actions',
    hidden: true,
  });
  document.body.append(menu);
  let opener: Element | null = null;

  function close() {
    if (menu.hidden) return;
    menu.hidden = true;
    if (opener instanceof HTMLElement) opener.focus({ preventScroll: true });
  }

  const item = (label: string, testId: string, run: () => void) =>
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        class: 'actor-action',
        'data-testid': testId,
        onclick: () => {
          close();
          run();
        },
      },
      label,
    );

  document.addEventListener('pointerdown', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node)) close();
  });
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    }
  });

  return {
    open(actorId: string, at: { x: number; y: number }) {
      const dispatch = store.dispatch;
      opener = document.activeElement;
      store.dispatch(select({ kind: 'actor', id: actorId }, 'graph'));
      menu.setAttribute('aria-label', `Actions: ${handlers.nameOf(actorId)}`);
      menu.replaceChildren(
        h('p', { class: 'actor-actions-title', 'aria-hidden': 'true' }, handlers.nameOf(actorId)),
        item('Details', 'action-details', () => dispatch(showSheet('details'))),
        item('Focus on its neighbours', 'action-focus', () => dispatch(focusOn(actorId, 1))),
        item('Load its neighbours', 'action-expand', () => handlers.expand(actorId)),
        item('Find a path from here', 'action-path', () => {
          handlers.pathFrom(actorId);
          dispatch(showSheet('paths'));
        }),
      );
      menu.hidden = false;
      // At the finger, kept on screen.
      const { offsetWidth: w, offsetHeight: hgt } = menu;
      menu.style.left = `${Math.max(8, Math.min(at.x - w / 2, window.innerWidth - w - 8))}px`;
      menu.style.top = `${Math.max(8, Math.min(at.y + 16, window.innerHeight - hgt - 8))}px`;
      menu.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus({ preventScroll: true });
    },
    close,
  };
}
