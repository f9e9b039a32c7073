import { restoreLink } from '../state/actions.ts';
import { type AppStore, linkState } from '../state/app-state.ts';
import { toSearch } from '../state/url-state.ts';

/**
 * The address bar mirrors the deep-link state (url-state.ts): each change is pushed, or
 * replaced, as the action that made it says; Back and Forward restore the state of their entry.
 */
export function connectHistory(store: AppStore, options: { snapshot: boolean }): () => void {
  const off = store.subscribe(toSearch, (search, _, s) => {
    if (s.history === 'none' || search === location.search) return;
    const url = `${location.pathname}${search}`;
    if (s.history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPopState = () => store.dispatch(restoreLink(linkState(location.search, options)));
  window.addEventListener('popstate', onPopState);
  return () => {
    off();
    window.removeEventListener('popstate', onPopState);
  };
}

/** Writes the state's own form of the link in place of the one the page was opened with. */
export function normaliseAddress(store: AppStore): void {
  window.history.replaceState(null, '', `${location.pathname}${toSearch(store.getState())}`);
}
