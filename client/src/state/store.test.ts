import { describe, expect, it } from 'vitest';
import { createStore, shallowEqual } from './store.ts';

interface S {
  readonly count: number;
  readonly name: string;
  readonly tags: readonly string[];
}

const start: S = { count: 0, name: 'a', tags: [] };
const increment = (s: S): S => ({ ...s, count: s.count + 1 });
const rename =
  (name: string) =>
  (s: S): S => ({ ...s, name });

describe('createStore', () => {
  it('an action produces the next state', () => {
    const store = createStore(start);
    store.dispatch(increment);
    store.dispatch(rename('b'));
    expect(store.getState()).toEqual({ count: 1, name: 'b', tags: [] });
  });

  it('a subscription hears only when its slice changes, with the new and the previous value', () => {
    const store = createStore(start);
    const heard: Array<[number, number | undefined]> = [];
    store.subscribe(
      (s) => s.count,
      (value, previous) => heard.push([value, previous]),
    );
    store.dispatch(rename('b'));
    store.dispatch(increment);
    store.dispatch(rename('c'));
    store.dispatch(increment);
    expect(heard).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it('an action that returns the same state notifies no one', () => {
    const store = createStore(start);
    let calls = 0;
    store.subscribe(
      (s) => s,
      () => calls++,
    );
    store.dispatch((s) => s);
    expect(calls).toBe(0);
  });

  it('with shallowEqual, a slice rebuilt with the same values is not heard again', () => {
    const store = createStore(start);
    const heard: string[] = [];
    store.subscribe(
      (s) => ({ name: s.name, tags: s.tags }),
      (slice) => heard.push(slice.name),
      { equals: shallowEqual },
    );
    store.dispatch(increment);
    store.dispatch(rename('b'));
    expect(heard).toEqual(['b']);
  });

  it('an immediate subscription hears the current slice at once, with no previous value', () => {
    const store = createStore({ ...start, name: 'now' });
    const heard: Array<[string, string | undefined]> = [];
    store.subscribe(
      (s) => s.name,
      (value, previous) => heard.push([value, previous]),
      { immediate: true },
    );
    expect(heard).toEqual([['now', undefined]]);
  });

  it('after unsubscribing, a listener hears nothing more', () => {
    const store = createStore(start);
    let calls = 0;
    const off = store.subscribe(
      (s) => s.count,
      () => calls++,
    );
    store.dispatch(increment);
    off();
    store.dispatch(increment);
    expect(calls).toBe(1);
  });

  it('an action dispatched by a listener is heard by every subscription, none seeing an older state', () => {
    const store = createStore(start);
    const seen: string[] = [];
    store.subscribe(
      (s) => s.count,
      (count) => seen.push(`first:${count}`),
    );
    store.subscribe(
      (s) => s.count,
      (count) => {
        seen.push(`second:${count}`);
        if (count === 1) store.dispatch(increment);
      },
    );
    store.subscribe(
      (s) => s.count,
      (count) => seen.push(`third:${count}`),
    );
    store.dispatch(increment);
    expect(seen).toEqual(['first:1', 'second:1', 'third:2', 'first:2', 'second:2']);
    expect(store.getState().count).toBe(2);
  });

  it('a listener that throws leaves the store able to notify again', () => {
    const store = createStore(start);
    const heard: number[] = [];
    store.subscribe(
      (s) => s.count,
      (count) => {
        if (count === 1) throw new Error('boom');
        heard.push(count);
      },
    );
    expect(() => store.dispatch(increment)).toThrow('boom');
    store.dispatch(increment);
    expect(heard).toEqual([2]);
  });
});

describe('shallowEqual', () => {
  it('compares own keys by identity', () => {
    const tags = ['x'];
    expect(shallowEqual({ a: 1, tags }, { a: 1, tags })).toBe(true);
    expect(shallowEqual({ a: 1, tags }, { a: 1, tags: ['x'] })).toBe(false);
    expect(shallowEqual<Record<string, number>>({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(shallowEqual<Record<string, number>>({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
  });
});
