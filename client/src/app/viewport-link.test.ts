import { describe, expect, it, vi } from 'vitest';
import { viewportMoved } from '../state/screen-actions.ts';
import { fixtureStore, recordingView } from '../test-support/explorer-state.ts';
import { centreOf, createViewportLink, panFor } from './viewport-link.ts';

const canvas = { width: 800, height: 600 };

describe('the view in the link', () => {
  it('keeps the model point at the centre, and puts it back at the centre of any canvas', () => {
    const v = centreOf({ zoom: 2, pan: { x: 100, y: -50 } }, canvas);
    expect(v).toEqual({ zoom: 2, x: 150, y: 175 });
    expect(panFor(v, canvas)).toEqual({ x: 100, y: -50 });
    // A wider canvas: the same point in its middle.
    expect(panFor(v, { width: 1000, height: 600 })).toEqual({ x: 200, y: -50 });
  });

  it('puts a link’s view back once connected, and not again when the canvas already shows it', () => {
    const store = fixtureStore('?vp=2,150,175');
    const view = recordingView();
    const container = { clientWidth: 800, clientHeight: 600 } as HTMLElement;
    createViewportLink(store, container, { readOnly: false }).connect(view);
    const set = view.calls.filter((c) => c.method === 'setViewport');
    expect(set.map((c) => c.args[0])).toEqual([{ zoom: 2, pan: { x: 100, y: -50 } }]);
    // The recording canvas shows zoom 1, pan 0: the state saying so (after rounding) moves nothing.
    store.dispatch(viewportMoved({ zoom: 1.0001, x: 400.2, y: 300.1 }));
    expect(view.calls.filter((c) => c.method === 'setViewport')).toHaveLength(1);
    // Back or Forward to another view: the canvas goes there.
    store.dispatch(viewportMoved({ zoom: 1.5, x: 0, y: 0 }));
    expect(view.calls.filter((c) => c.method === 'setViewport')).toHaveLength(2);
  });

  it('writes the canvas’s moves into the link after a pause, only once connected', () => {
    vi.useFakeTimers();
    try {
      const store = fixtureStore('');
      const container = { clientWidth: 800, clientHeight: 600 } as HTMLElement;
      const link = createViewportLink(store, container, { readOnly: false });
      link.moved({ zoom: 1, pan: { x: 0, y: 0 } });
      vi.advanceTimersByTime(1000);
      expect(store.getState().viewport).toBeNull();
      link.connect(recordingView());
      link.moved({ zoom: 1, pan: { x: 0, y: 0 } });
      link.moved({ zoom: 1.5, pan: { x: 100, y: 0 } });
      vi.advanceTimersByTime(1000);
      expect(store.getState().viewport).toEqual({ zoom: 1.5, x: 200, y: 200 });
    } finally {
      vi.useRealTimers();
    }
  });
});
