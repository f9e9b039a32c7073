import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../test-support/explorer-state.ts';
import { koreaToRussia } from '../test-support/fixtures.ts';
import { type AppState, initialState } from './app-state.ts';
import { hopCounter, presentationSteps, presentedIndex } from './presentation.ts';
import { setPresenting, stepHop } from './screen-actions.ts';
import { visibilitySelector } from './selectors.ts';

const model = fixtureModel();
const visibility = visibilitySelector(model);

function withPath(): AppState {
  const state = initialState('?from=KOR&to=RUS&path=1');
  if (!state.pathQuery) throw new Error('no path query');
  const result = { from: koreaToRussia.nodes[0]!, to: koreaToRussia.nodes[3]!, paths: [koreaToRussia] };
  return { ...state, graphVersion: 1, paths: { status: 'done', query: state.pathQuery, result, run: 1 } };
}

describe('presentation mode steps', () => {
  it('steps through the path drawn hop by hop, each with its sentence and quote', () => {
    const s = withPath();
    const steps = presentationSteps(s, model, visibility(s));
    expect(steps.title).toBe('South Korea → Russia');
    expect(steps.hops.map((h) => [h.fromId, h.relationshipId, h.toId])).toEqual([
      ['KOR', 'kor-alliance-usa', 'USA'],
      ['USA', 'usa-opposition-chn', 'CHN'],
      ['CHN', 'chn-partnership-rus', 'RUS'],
    ]);
    expect(steps.hops[0]?.quote).toBe('quote');
    expect(steps.hops[1]?.sentence).toMatch(/United States .*China/);
  });

  it('starts at the overview, moves one hop per step and stops at both ends', () => {
    let s = setPresenting(true)(withPath());
    const steps = presentationSteps(s, model, visibility(s));
    const n = steps.hops.length;
    expect(presentedIndex(s, steps)).toBe(-1);
    s = stepHop(steps.key, -1, n)(s);
    expect(presentedIndex(s, steps)).toBe(-1);
    for (let i = 0; i < 5; i++) s = stepHop(steps.key, +1, n)(s);
    expect(presentedIndex(s, steps)).toBe(n - 1);
    s = stepHop(steps.key, -1, n)(s);
    expect(presentedIndex(s, steps)).toBe(n - 2);
    // Another path (or focus) starts from its own overview.
    expect(presentedIndex(s, { ...steps, key: 'path:other' })).toBe(-1);
  });

  it('with paths found but none chosen (a link with from and to), steps through the first', () => {
    const chosen = withPath();
    const s = { ...chosen, pathIndex: null };
    const steps = presentationSteps(s, model, visibility(s));
    expect(steps.title).toBe('South Korea → Russia');
    expect(steps.hops.map((h) => h.relationshipId)).toEqual([
      'kor-alliance-usa',
      'usa-opposition-chn',
      'chn-partnership-rus',
    ]);
  });

  it('without a path, steps through the focused actor’s shown relationships', () => {
    const s = initialState('?focus=CHN&hideTypes=LEADERSHIP');
    const steps = presentationSteps(s, model, visibility({ ...s, graphVersion: 1 }));
    expect(steps.title).toBe('Focus: China');
    expect(steps.hops.every((h) => h.fromId === 'CHN')).toBe(true);
    expect(steps.hops.map((h) => h.relationshipId).sort()).toEqual([
      'chn-partnership-rus',
      'chn-support-prk',
      'usa-opposition-chn',
    ]);
  });

  it('has nothing to step through with neither path nor focus (a selection is not stepped), and says so', () => {
    const s = initialState('?actor=CHN');
    expect(presentationSteps(s, model, visibility(s)).hops).toEqual([]);
    expect(hopCounter(-1, 0)).toBe('Nothing to step through');
    expect(hopCounter(1, 4)).toBe('Hop 2 of 4');
  });

  it('keeps presentation mode in the link', () => {
    expect(setPresenting(true)(initialState('')).present).toBe(true);
  });
});
