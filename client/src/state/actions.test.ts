import type { PathsResult } from '@briefgraph/graph/domain/schemas';
import { describe, expect, it } from 'vitest';
import { koreaToRussia, snapshotRecord } from '../test-support/fixtures.ts';
import {
  briefsListed,
  choosePath,
  clearEmphasis,
  clearSelectionOrEmphasis,
  focusOn,
  pathsArrived,
  pathsFailed,
  relayout,
  restoreLink,
  select,
  setBundle,
  setHiddenQuads,
  setImageFrame,
  setImageShow,
  setLayout,
  showBriefs,
  snapshotOpened,
  submitPathQuery,
  toggleBrief,
  toggleBundle,
  toggleHiddenType,
} from './actions.ts';
import { type AppState, initialState, linkState, type PathRequest } from './app-state.ts';
import { PATH_DEFAULTS, type PathQuery, toSearch } from './url-state.ts';

const briefItem = (id: string) => ({
  id,
  title: id,
  publisher: 'P',
  authors: [],
  publishedOn: '2023-04-01',
  language: 'en',
  sha256: '0'.repeat(64),
  origin: 'seed' as const,
  reviewed: true,
});
const query: PathQuery = { from: 'KOR', to: 'RUS', types: [], ...PATH_DEFAULTS };
const twoPaths: PathsResult = {
  from: koreaToRussia.nodes[0]!,
  to: koreaToRussia.nodes[3]!,
  paths: [koreaToRussia, { ...koreaToRussia, length: 4 }],
};

const apply = (state: AppState, ...actions: Array<(s: AppState) => AppState>) =>
  actions.reduce((s, action) => action(s), state);

/** The state once the search for `query` was asked from the form. */
function asked(state = initialState('')): AppState {
  return submitPathQuery(query)(state);
}

describe('selection', () => {
  it('selecting enters the history and asks for the selection to be brought into view', () => {
    const next = select({ kind: 'actor', id: 'KOR' }, 'graph')(initialState(''));
    expect(next.selection).toEqual({ kind: 'actor', id: 'KOR' });
    expect(next.history).toBe('push');
    expect(next.attention).toEqual({ seq: 1, origin: 'graph', to: 'selection' });
  });

  it('selecting what is selected keeps the same selection object but asks again to bring it into view', () => {
    const first = select({ kind: 'relationship', id: 'kor-alliance-usa' }, 'other')(initialState(''));
    const again = select({ kind: 'relationship', id: 'kor-alliance-usa' }, 'reader')(first);
    expect(again.selection).toBe(first.selection);
    expect(again.attention).toEqual({ seq: 2, origin: 'reader', to: 'selection' });
  });

  it('focusing asks the canvas to fit the emphasis', () => {
    const next = focusOn('UKR', 2)(initialState(''));
    expect(next.focus).toEqual({ actorId: 'UKR', depth: 2 });
    expect(next.attention.to).toBe('emphasis');
  });

  it('Esc clears the selection first, then the path and the focus together', () => {
    const start = initialState('?actor=KOR&focus=KOR&from=KOR&to=RUS&path=2');
    const once = clearSelectionOrEmphasis()(start);
    expect([once.selection, once.focus?.actorId, once.pathIndex]).toEqual([null, 'KOR', 1]);
    const twice = clearSelectionOrEmphasis()(once);
    expect([twice.selection, twice.focus, twice.pathIndex]).toEqual([null, null, null]);
    expect(twice.pathQuery).toEqual(start.pathQuery);
  });

  it('the chip under the canvas clears the chosen path before the focus', () => {
    const start = initialState('?focus=KOR&from=KOR&to=RUS&path=1');
    const once = clearEmphasis()(start);
    expect([once.pathIndex, once.focus?.actorId]).toEqual([null, 'KOR']);
    expect(clearEmphasis()(once).focus).toBeNull();
  });
});

describe('filters', () => {
  it('toggling a type hides it, toggling it again shows it', () => {
    const hidden = toggleHiddenType('WAR')(initialState(''));
    expect([...hidden.filters.hiddenTypes]).toEqual(['WAR']);
    expect(toSearch(hidden)).toBe('?hideTypes=WAR');
    expect(toggleHiddenType('WAR')(hidden).filters.hiddenTypes.size).toBe(0);
  });

  it('setting the filters they already are returns the same state, so nothing redraws', () => {
    const state = initialState('?hideQuads=3,4,none');
    expect(setHiddenQuads(['none', '4', '3'])(state)).toBe(state);
  });

  it('unticking a brief shows the others; ticking every brief again is no filter', () => {
    const listed = briefsListed([briefItem('brief-one'), briefItem('brief-two')])(initialState(''));
    const one = toggleBrief('brief-two')(listed);
    expect(one.filters.briefs).toEqual(new Set(['brief-one']));
    expect(toSearch(one)).toBe('?brief=brief-one');
    expect(toggleBrief('brief-two')(one).filters.briefs).toBeNull();
    expect(toSearch(toggleBrief('brief-one')(one))).toBe('?brief=-');
  });

  it('a range that holds every brief is no filter', () => {
    const listed = briefsListed([briefItem('brief-one'), briefItem('brief-two')])(initialState(''));
    expect(showBriefs(['brief-two'])(listed).filters.briefs).toEqual(new Set(['brief-two']));
    expect(showBriefs(['brief-two', 'brief-one'])(listed)).toBe(listed);
  });
});

describe('layout', () => {
  it('choosing another layout runs it; choosing the same one does nothing', () => {
    const state = initialState('');
    const concentric = setLayout('concentric')(state);
    expect([concentric.layout, concentric.layoutRuns]).toEqual(['concentric', 1]);
    expect(setLayout('concentric')(concentric)).toBe(concentric);
  });

  it('Re-layout runs the layout again without changing the link', () => {
    const again = relayout()(initialState('?layout=circle'));
    expect([again.layout, again.layoutRuns]).toEqual(['circle', 1]);
  });
});

describe('paths', () => {
  it('asking from the form starts a search that will choose the first path', () => {
    const state = asked();
    expect(state.pathQuery).toEqual(query);
    expect(state.pathIndex).toBeNull();
    expect(state.paths).toEqual({ status: 'loading', query, chooseFirst: true, run: 1 });
  });

  it('the answer to a form question chooses path 1, replacing the history entry, and fits the canvas to it', () => {
    const state = asked(select({ kind: 'actor', id: 'KOR' }, 'other')(initialState('')));
    const next = pathsArrived(state.paths as PathRequest, twoPaths)(state);
    expect(next.paths).toEqual({ status: 'done', query, result: twoPaths, run: 1 });
    expect([next.pathIndex, next.selection, next.history]).toEqual([0, null, 'replace']);
    expect(next.attention).toEqual({ seq: 2, origin: 'other', to: 'emphasis' });
  });

  it("a link's search keeps the link's chosen path", () => {
    const state = initialState('?from=KOR&to=RUS&path=2');
    const next = pathsArrived(state.paths as PathRequest, twoPaths)(state);
    expect([next.pathIndex, next.history]).toEqual([1, 'push']);
    expect(next.attention.to).toBe('emphasis');
  });

  it('an answer to a search that was replaced since is dropped', () => {
    const first = asked();
    const second = submitPathQuery({ ...query, k: 1 })(first);
    expect(pathsArrived(first.paths as PathRequest, twoPaths)(second)).toBe(second);
    expect(pathsFailed(first.paths as PathRequest, 'late')(second)).toBe(second);
  });

  it('asking the answered question again chooses its first path instead of searching again', () => {
    const state = asked();
    const answered = apply(state, pathsArrived(state.paths as PathRequest, twoPaths), choosePath(1));
    const again = submitPathQuery({ ...query })(answered);
    expect(again.paths).toBe(answered.paths);
    expect(again.pathIndex).toBe(0);
  });

  it('a failure keeps the question, with the reason', () => {
    const state = asked();
    const failed = pathsFailed(state.paths as PathRequest, 'The server is down.')(state);
    expect(failed.paths).toEqual({ status: 'failed', query, message: 'The server is down.', run: 1 });
  });
});

describe('Back and Forward', () => {
  it('restoring a link keeps the objects of what did not change and enters nothing in the history', () => {
    const state = initialState('?actor=KOR&hideTypes=WAR&focus=KOR');
    const restored = restoreLink(linkState('?actor=KOR&hideTypes=WAR&focus=KOR&view=table'))(state);
    expect(restored.selection).toBe(state.selection);
    expect(restored.filters).toBe(state.filters);
    expect(restored.focus).toBe(state.focus);
    expect([restored.view, restored.history]).toEqual(['table', 'none']);
    expect(restored.attention).toBe(state.attention);
  });

  it('restoring a link keeps the renderer the canvas was made with', () => {
    expect(restoreLink(linkState('?actor=KOR'))(initialState('?renderer=webgl')).renderer).toBe('webgl');
    expect(restoreLink(linkState('?renderer=webgl'))(initialState('')).renderer).toBe('canvas');
  });

  it('restoring a link with another path question searches again, keeping its chosen path', () => {
    const restored = restoreLink(linkState('?from=KOR&to=RUS&k=2&path=1'))(initialState(''));
    expect(restored.paths).toEqual({
      status: 'loading',
      query: { ...query, k: 2 },
      chooseFirst: false,
      run: 1,
    });
    expect(restored.pathIndex).toBe(0);
  });

  it('on a permalink, a link cannot bring in a path question', () => {
    expect(linkState('?from=KOR&to=RUS&path=1', { snapshot: true })).toMatchObject({
      pathQuery: null,
      pathIndex: null,
    });
  });
});

describe('how images are drawn', () => {
  it('starts 16:9, everything shown, parallel relationships apart (as the canvas); each choice changes its part only', () => {
    const state = initialState('');
    expect(state.drawing).toEqual({ frame: '16:9', show: 'all', bundle: false, corroboration: false });
    const chosen = apply(state, setImageFrame('window'), setImageShow('emphasis'), setBundle(true));
    expect(chosen.drawing).toEqual({ frame: 'window', show: 'emphasis', bundle: true, corroboration: false });
    expect(apply(chosen, toggleBundle()).drawing.bundle).toBe(false);
    expect(chosen.selection).toBe(state.selection);
    expect(toSearch(chosen)).toBe(toSearch(state));
  });

  it('choosing what is chosen already changes nothing', () => {
    const state = initialState('');
    expect(setImageFrame('16:9')(state)).toBe(state);
    expect(setBundle(false)(state)).toBe(state);
  });
});

describe('a permalink opened', () => {
  it('draws the selection and the focus the snapshot was shared with, in place of the address it opened with', () => {
    const record = snapshotRecord({
      emphasis: { selected: { kind: 'actor', id: 'KOR' }, focus: { actorId: 'KOR', depth: 2 } },
    });
    const opened = snapshotOpened(record, null)(initialState('', { snapshot: true }));
    expect(opened.selection).toEqual({ kind: 'actor', id: 'KOR' });
    expect(opened.focus).toEqual({ actorId: 'KOR', depth: 2 });
    expect(opened.history).toBe('replace');
    expect(opened.snapshot).toEqual({ record, path: null, pathShown: false });
  });

  it("a link's own selection and focus win; a snapshot without emphasis changes neither", () => {
    const record = snapshotRecord({ emphasis: { focus: { actorId: 'KOR', depth: 2 } } });
    const linked = snapshotOpened(record, null)(initialState('?actor=USA&focus=USA', { snapshot: true }));
    expect([linked.selection, linked.focus]).toEqual([
      { kind: 'actor', id: 'USA' },
      { actorId: 'USA', depth: 1 },
    ]);
    const plain = initialState('', { snapshot: true });
    const opened = snapshotOpened(snapshotRecord(), koreaToRussia)(plain);
    expect([opened.selection, opened.focus, opened.history]).toEqual([null, null, plain.history]);
    expect(opened.snapshot?.pathShown).toBe(true);
  });
});
