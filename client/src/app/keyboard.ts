import { clearSelectionOrEmphasis } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { isTyping } from '../ui/dom.ts';

/** The page's shortcuts: / searches; Esc closes the reader's menu, else clears one step of what is chosen. */
export function listenForShortcuts(
  store: AppStore,
  page: { focusSearch(): void; closeReaderMenu(): boolean },
): void {
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
