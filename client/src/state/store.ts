/**
 * A small store: one state, changed only by actions (named functions from one state to the
 * next), and subscriptions by slice. A subscription names the slice it draws (a selector and an
 * equality) and hears only when that slice changes, compared with what it last heard, so a view
 * redraws exactly when its own inputs do.
 */

export type Action<S> = (state: S) => S;
export type Equality<T> = (a: T, b: T) => boolean;
/** `previous` is undefined on the first call of an `immediate` subscription. */
export type Listener<T, S> = (value: T, previous: T | undefined, state: S) => void;

export interface SubscribeOptions<T> {
  readonly equals?: Equality<T>;
  /** Call the listener once now with the current slice. */
  readonly immediate?: boolean;
}

export interface Store<S> {
  getState(): S;
  dispatch(action: Action<S>): void;
  subscribe<T>(select: (state: S) => T, listener: Listener<T, S>, options?: SubscribeOptions<T>): () => void;
}

interface Subscription<S> {
  /** Calls the listener when the slice differs from the last one it heard. */
  check(state: S): void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const subscriptions = new Set<Subscription<S>>();
  let notifying = false;
  let dirty = false;

  function notify() {
    // An action dispatched by a listener is applied at once and heard in the next round, so
    // listeners never see an older state than the store holds.
    if (notifying) {
      dirty = true;
      return;
    }
    notifying = true;
    try {
      do {
        dirty = false;
        for (const sub of [...subscriptions]) if (subscriptions.has(sub)) sub.check(state);
      } while (dirty);
    } finally {
      notifying = false;
    }
  }

  return {
    getState: () => state,

    dispatch(action) {
      const next = action(state);
      if (next === state) return;
      state = next;
      notify();
    },

    subscribe(select, listener, options = {}) {
      const equals = options.equals ?? Object.is;
      let last = select(state);
      const sub: Subscription<S> = {
        check(current) {
          const value = select(current);
          if (equals(last, value)) return;
          const previous = last;
          last = value;
          listener(value, previous, current);
        },
      };
      subscriptions.add(sub);
      if (options.immediate) listener(last, undefined, state);
      return () => subscriptions.delete(sub);
    },
  };
}

/** Equal when both have the same keys holding identical (Object.is) values: for object slices. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  const keys = Object.keys(a) as Array<keyof T>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}
