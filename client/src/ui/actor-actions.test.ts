// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureStore } from '../test-support/explorer-state.ts';
import { createActorActions } from './actor-actions.ts';

const byTest = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

beforeEach(() => document.body.replaceChildren());

describe('a long press on an actor', () => {
  it('selects it and offers its actions in a menu named after it; a choice runs and closes it', () => {
    const store = fixtureStore();
    const asked: string[] = [];
    const actions = createActorActions(store, {
      expand: (id) => asked.push(`expand ${id}`),
      pathFrom: (id) => asked.push(`path ${id}`),
      nameOf: (id) => (id === 'JPN' ? 'Japan' : id),
    });
    actions.open('JPN', { x: 100, y: 100 });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'JPN' });
    expect(byTest('actor-actions').hidden).toBe(false);
    expect(byTest('actor-actions').getAttribute('aria-label')).toBe('Actions: Japan');
    expect(document.activeElement).toBe(byTest('action-details'));
    byTest('action-path').click();
    expect(asked).toEqual(['path JPN']);
    expect(store.getState().sheet.tab).toBe('paths');
    expect(byTest('actor-actions').hidden).toBe(true);
    actions.open('JPN', { x: 100, y: 100 });
    byTest('action-focus').click();
    expect(store.getState().focus).toEqual({ actorId: 'JPN', depth: 1 });
  });

  it('closes with Esc, and on a press elsewhere', () => {
    const actions = createActorActions(fixtureStore(), {
      expand: () => {},
      pathFrom: () => {},
      nameOf: (id) => id,
    });
    actions.open('KOR', { x: 10, y: 10 });
    byTest('action-details').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(byTest('actor-actions').hidden).toBe(true);
    actions.open('KOR', { x: 10, y: 10 });
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(byTest('actor-actions').hidden).toBe(true);
  });
});
