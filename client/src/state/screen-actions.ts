import type { AppState, SheetSnap, SheetTab } from './app-state.ts';
import type { Action } from './store.ts';
import { type LinkViewport, linkViewport, sameViewport } from './url-state.ts';

/**
 * The actions of the explorer on every screen (actions.ts has the rest, in the same manner):
 * the sheet below 1280 px, presentation mode and its hops, where the canvas looks.
 */

type AppAction = Action<AppState>;

/** The canvas was panned or zoomed (or fitted): where it looks goes into the link, in place. */
export const viewportMoved =
  (viewport: LinkViewport): AppAction =>
  (s) => {
    const next = linkViewport(viewport);
    return sameViewport(s.viewport, next) ? s : { ...s, viewport: next, history: 'replace' };
  };

/** Shows a panel of the sheet, opening it, and raising a phone's sheet from its peek. */
export const showSheet =
  (tab: SheetTab): AppAction =>
  (s) => {
    const snap = s.sheet.snap === 'peek' ? 'half' : s.sheet.snap;
    const same = s.sheet.tab === tab && s.sheet.open && s.sheet.snap === snap;
    return same ? s : { ...s, sheet: { tab, snap, open: true } };
  };

export const setSheetSnap =
  (snap: SheetSnap): AppAction =>
  (s) =>
    s.sheet.snap === snap && s.sheet.open ? s : { ...s, sheet: { ...s.sheet, snap, open: true } };

export const setSheetOpen =
  (open: boolean): AppAction =>
  (s) =>
    s.sheet.open === open ? s : { ...s, sheet: { ...s.sheet, open } };

/** Enters or leaves presentation mode; entering starts from the overview. */
export const setPresenting =
  (present: boolean): AppAction =>
  (s) =>
    s.present === present ? s : { ...s, present, history: 'replace', hop: { key: s.hop.key, index: -1 } };

/**
 * One hop on (+1) or back (-1) through the hops of `key` (state/presentation.ts), from the
 * overview (-1) to the last of `count`; a new key starts from the overview.
 */
export const stepHop =
  (key: string, delta: number, count: number): AppAction =>
  (s) => {
    const from = s.hop.key === key ? s.hop.index : -1;
    const index = Math.max(-1, Math.min(count - 1, from + delta));
    return s.hop.key === key && s.hop.index === index ? s : { ...s, hop: { key, index } };
  };
