import { describe, expect, it } from 'vitest';
import { select } from '../state/actions.ts';
import { viewSummary, visibilitySelector } from '../state/selectors.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { describeView, modelNames, selectionAnnouncement } from './view-description.ts';

/** The fixture graph: 7 actors, 6 relationships; North Korea is in 2 of them. */
function described(search: string) {
  const model = fixtureModel();
  const store = fixtureStore(search);
  const summary = () => viewSummary(store.getState(), model, visibilitySelector(model)(store.getState()));
  const names = modelNames(model);
  return {
    store,
    description: () => describeView(summary(), names),
    announcement: () => selectionAnnouncement(summary(), names),
  };
}

describe('the canvas in words', () => {
  it('with nothing selected, the counts of what is shown', () => {
    expect(described('').description()).toBe('7 actors, 6 relationships.');
  });

  it('an actor selected: its name and its shown relationships', () => {
    const view = described('?actor=PRK');
    expect(view.description()).toBe('7 actors, 6 relationships; North Korea selected, 2 relationships.');
    expect(view.announcement()).toBe('North Korea selected, 2 relationships.');
  });

  it('follows the filters: a hidden type is neither counted in the view nor in the selection', () => {
    const view = described('?actor=PRK&hideTypes=PROVOCATION');
    expect(view.description()).toBe('7 actors, 5 relationships; North Korea selected, 1 relationship.');
  });

  it('a relationship selected reads as its sentence; a cleared selection says so', () => {
    const view = described('');
    view.store.dispatch(select({ kind: 'relationship', id: 'prk-provocation-kor' }, 'other'));
    expect(view.announcement()).toBe('North Korea provokes South Korea selected.');
    view.store.dispatch(select(null, 'other'));
    expect(view.announcement()).toBe('Selection cleared.');
  });

  it('a focus is named after the selection', () => {
    expect(described('?actor=PRK&focus=PRK&depth=1').description()).toMatch(
      /^\d+ actors, \d+ relationships; North Korea selected, 2 relationships; Focus: North Korea · 1 step\.$/,
    );
  });
});
