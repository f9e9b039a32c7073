import { describe, expect, it } from 'vitest';
import { koreaToRussia } from '../test-support/fixtures.ts';
import { pathsArrived, showEverything, toggleHiddenType } from './actions.ts';
import { initialState } from './app-state.ts';
import { setSheetOpen, setSheetSnap, showSheet, viewportMoved } from './screen-actions.ts';
import { toSearch } from './url-state.ts';

describe('screens: the sheet, the viewport in the link, showing everything', () => {
  it('a panel shown raises a phone sheet from its peek and opens a closed tablet sheet', () => {
    const s = setSheetOpen(false)(initialState(''));
    const shown = showSheet('details')(s);
    expect(shown.sheet).toEqual({ tab: 'details', snap: 'half', open: true });
    // Already raised further: it stays there.
    expect(showSheet('paths')(setSheetSnap('full')(s)).sheet.snap).toBe('full');
    expect(showSheet('details')(shown)).toBe(shown);
  });

  it('a link opened on a selection shows the details first', () => {
    expect(initialState('?actor=KOR').sheet.tab).toBe('details');
    expect(initialState('').sheet.tab).toBe('paths');
  });

  it('the viewport goes into the link in place, rounded; the same view changes nothing', () => {
    const s = viewportMoved({ zoom: 0.92049, x: 10.4, y: -20.6 })(initialState(''));
    expect(s.history).toBe('replace');
    expect(toSearch(s)).toBe('?vp=0.92,10,-21');
    expect(viewportMoved({ zoom: 0.9204, x: 10.2, y: -21.1 })(s)).toBe(s);
  });

  it('a path arriving for a link that names its viewport keeps that view (no fit)', () => {
    const s = initialState('?from=KOR&to=RUS&path=1&vp=1,0,0');
    if (s.paths.status !== 'loading') throw new Error('expected a search');
    const result = { from: koreaToRussia.nodes[0]!, to: koreaToRussia.nodes[3]!, paths: [koreaToRussia] };
    const next = pathsArrived(s.paths, result)(s);
    expect(next.attention).toBe(s.attention);
    const without = initialState('?from=KOR&to=RUS&path=1');
    if (without.paths.status !== 'loading') throw new Error('expected a search');
    expect(pathsArrived(without.paths, result)(without).attention.to).toBe('emphasis');
  });

  it('show everything clears every filter at once', () => {
    const s = toggleHiddenType('ALLIANCE')(initialState('?hideModalities=fact&hideQuads=none'));
    const all = showEverything()(s);
    expect(toSearch(all)).toBe('');
  });
});
