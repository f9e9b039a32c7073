import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../test-support/explorer-state.ts';
import { koreaToRussia } from '../test-support/fixtures.ts';
import { focusOn, graphGrew, select, toggleHiddenType } from './actions.ts';
import { type AppState, initialState } from './app-state.ts';
import {
  drawnEmphasis,
  emphasisIds,
  emphasisLabel,
  hiddenRelationshipIds,
  isEmphasising,
  pinnedIds,
  relatedIds,
  shownPath,
  visibilitySelector,
} from './selectors.ts';

const sorted = (ids: Iterable<string>) => [...ids].sort();

/** A state whose path search for KOR → RUS found the fixture path, with `pathIndex` chosen. */
function withPath(pathIndex: number | null, search = '?from=KOR&to=RUS'): AppState {
  const state = initialState(search);
  if (!state.pathQuery) throw new Error('the search names no path query');
  return {
    ...state,
    pathIndex,
    paths: {
      status: 'done',
      query: state.pathQuery,
      result: { from: koreaToRussia.nodes[0]!, to: koreaToRussia.nodes[3]!, paths: [koreaToRussia] },
      run: 1,
    },
  };
}

describe('the path drawn', () => {
  it('is the chosen one of the current results', () => {
    expect(shownPath(withPath(0))).toBe(koreaToRussia);
    expect(shownPath(withPath(null))).toBeNull();
    expect(shownPath(withPath(3))).toBeNull();
  });

  it('results for another question than the one asked are not drawn', () => {
    const state = withPath(0);
    expect(shownPath({ ...state, pathQuery: { ...state.pathQuery!, k: 1 } })).toBeNull();
  });

  it("is otherwise a snapshot's own, until it is hidden", () => {
    const record = {} as never;
    const state: AppState = {
      ...initialState(''),
      snapshot: { record, path: koreaToRussia, pathShown: true },
    };
    expect(shownPath(state)).toBe(koreaToRussia);
    expect(shownPath({ ...state, snapshot: { record, path: koreaToRussia, pathShown: false } })).toBeNull();
  });

  it('is pinned with the selection and the focus, so filters never hide them', () => {
    const state = { ...withPath(0, '?actor=NATO&focus=XI_JINPING&from=KOR&to=RUS') };
    expect(pinnedIds(state)).toEqual([
      'NATO',
      'XI_JINPING',
      'KOR',
      'kor-alliance-usa',
      'USA',
      'usa-opposition-chn',
      'CHN',
      'chn-partnership-rus',
      'RUS',
    ]);
  });
});

describe('visibility', () => {
  it('hiding a type hides its relationships and the actors left with none shown', () => {
    const visibility = visibilitySelector(fixtureModel());
    const shown = visibility(toggleHiddenType('LEADERSHIP')(initialState('')));
    expect(sorted(shown.edges)).toEqual([
      'chn-partnership-rus',
      'chn-support-prk',
      'kor-alliance-usa',
      'prk-provocation-kor',
      'usa-opposition-chn',
    ]);
    expect(sorted(shown.nodes)).toEqual(['CHN', 'KOR', 'NATO', 'PRK', 'RUS', 'USA']);
  });

  it('is the same object while the same elements are shown, a new one when they change', () => {
    const model = fixtureModel();
    const visibility = visibilitySelector(model);
    const state = { ...initialState(''), graphVersion: 1 };
    const first = visibility(state);
    // Selecting a shown actor changes what is pinned, not what is shown.
    expect(visibility(select({ kind: 'actor', id: 'KOR' }, 'other')(state))).toBe(first);
    const filtered = toggleHiddenType('ALLIANCE')(state);
    expect(visibility(filtered)).not.toBe(first);
    model.merge({ nodes: [{ id: 'JPN', name: 'Japan', kind: 'state', aliases: [] }], edges: [] });
    expect(visibility(graphGrew()(filtered)).nodes.has('JPN')).toBe(true);
  });
});

describe('emphasis and the reader', () => {
  it('the chip names the chosen path, or the focus and its depth', () => {
    const model = fixtureModel();
    expect(emphasisLabel(withPath(0), model)).toBe('Path 1: South Korea → Russia');
    expect(emphasisLabel(focusOn('CHN', 2)(initialState('')), model)).toBe('Focus: China · 2 steps');
    expect(emphasisLabel(initialState('?focus=CHN'), model)).toBe('Focus: China · 1 step');
    expect(emphasisLabel(initialState(''), model)).toBeNull();
  });

  it("the reader marks the selected actor's relationships, or else the path's", () => {
    const model = fixtureModel();
    expect(sorted(relatedIds(initialState('?actor=CHN'), model))).toEqual([
      'chn-partnership-rus',
      'chn-support-prk',
      'usa-opposition-chn',
      'xi-jinping-leadership-chn',
    ]);
    expect(sorted(relatedIds(withPath(0), model))).toEqual([
      'chn-partnership-rus',
      'kor-alliance-usa',
      'usa-opposition-chn',
    ]);
  });

  it('the reader mutes the relationships the filters hide', () => {
    const model = fixtureModel();
    const visibility = visibilitySelector(model);
    const state = toggleHiddenType('SUPPORT')(initialState(''));
    expect(sorted(hiddenRelationshipIds(model, visibility(state)))).toEqual(['chn-support-prk']);
  });
});

describe('what keeps full strength (the shared rule of graph/src/domain/emphasis.ts)', () => {
  const keep = (state: AppState) => {
    const model = fixtureModel();
    const ids = emphasisIds(state, model, visibilitySelector(model)(state));
    return ids && { keep: sorted(ids.keep), path: ids.path && [...ids.path] };
  };

  it('a focus keeps the actors within its depth over the shown relationships, and the relationships among them', () => {
    expect(keep(focusOn('KOR', 1)(initialState('')))?.keep).toEqual([
      'KOR',
      'PRK',
      'USA',
      'kor-alliance-usa',
      'prk-provocation-kor',
    ]);
    const two = keep(focusOn('KOR', 2)(initialState('')))?.keep ?? [];
    expect(two).toContain('CHN');
    expect(two).toContain('chn-support-prk');
    expect(two).not.toContain('RUS');
  });

  it('a focus does not reach across a relationship the filters hide', () => {
    const hidden = toggleHiddenType('ALLIANCE')(focusOn('KOR', 1)(initialState('')));
    expect(keep(hidden)?.keep).toEqual(['KOR', 'PRK', 'prk-provocation-kor']);
  });

  it('a path wins over a focus and is drawn as the path', () => {
    const ids = ['KOR', 'kor-alliance-usa', 'USA', 'usa-opposition-chn', 'CHN', 'chn-partnership-rus', 'RUS'];
    const both = focusOn('PRK', 1)(withPath(0));
    expect(keep(both)).toEqual({ keep: sorted(ids), path: ids });
  });

  it("the selection always stays, and so do a selected relationship's two actors", () => {
    const state = select({ kind: 'relationship', id: 'chn-support-prk' }, 'other')(withPath(0));
    expect(keep(state)?.keep).toEqual(
      sorted([
        'KOR',
        'kor-alliance-usa',
        'USA',
        'usa-opposition-chn',
        'CHN',
        'chn-partnership-rus',
        'RUS',
        'chn-support-prk',
        'PRK',
      ]),
    );
  });

  it('nothing fades without a path or a focus, a selection alone included', () => {
    expect(keep(initialState('?actor=KOR'))).toBeNull();
    expect(isEmphasising(initialState('?actor=KOR'), fixtureModel())).toBe(false);
    expect(isEmphasising(initialState('?focus=KOR'), fixtureModel())).toBe(true);
    expect(isEmphasising(withPath(0), fixtureModel())).toBe(true);
  });

  it('is said as a view would say it: the path in order, the selection and the focus, what is loaded only', () => {
    const model = fixtureModel();
    const state = select({ kind: 'actor', id: 'USA' }, 'other')(focusOn('KOR', 2)(withPath(0)));
    expect(drawnEmphasis(state, model)).toEqual({
      highlightedPath: [
        'KOR',
        'kor-alliance-usa',
        'USA',
        'usa-opposition-chn',
        'CHN',
        'chn-partnership-rus',
        'RUS',
      ],
      emphasis: { selected: { kind: 'actor', id: 'USA' }, focus: { actorId: 'KOR', depth: 2 } },
    });
    expect(drawnEmphasis(initialState('?actor=JPN&focus=JPN'), model)).toEqual({
      highlightedPath: null,
      emphasis: {},
    });
  });
});
