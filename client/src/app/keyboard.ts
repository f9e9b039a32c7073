import { clearSelectionOrEmphasis } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { isTyping } from '../ui/dom.ts';

/** The page's shortcuts: / searches; Esc closes the reader's menu, else clears one step of what is chosen. */
export function listenForShortcuts(
  store: AppStore,
  page: { focusSearch(): void; closeReaderMenu(): boolean },
): void {
  // A skip link moves the focus to its target without a fragment in the address (which the
  // history would take for a new link): "Skip to graph" lands on the canvas itself.
  document.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a.skip-link');
    const target = link ? document.getElementById(link.hash.slice(1)) : null;
    if (!target) return;
    e.preventDefault();
    target.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      page.focusSearch();
    } else if (e.key === 'Escape' && !e.defaultPrevented) {
      if (page.closeReaderMenu()) return;
      store.dispatch(clearSelectionOrEmphasis());
    }
  });
}
