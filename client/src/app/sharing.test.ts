// @vitest-environment happy-dom
import { emphasisedIds } from '@briefgraph/graph/domain/emphasis';
import type { RenderRequest, SnapshotLinks, SnapshotRequest } from '@briefgraph/graph/domain/schemas';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/api-client.ts';
import type { ExportRequest, ImageChoice } from '../export/formats.ts';
import { choosePath, focusOn, select, setBundle, setImageFrame } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { fixtureCanvas, fixtureModel, fixtureStore, recordingView } from '../test-support/explorer-state.ts';
import { koreaToRussia } from '../test-support/fixtures.ts';
import { createStatus } from '../ui/status.ts';
import { connectCanvas } from './canvas-binding.ts';
import { createSharing } from './sharing.ts';

/**
 * Share and Export from the store to the request bodies: what the explorer sends is what it
 * draws, emphasis included, and every drawing option goes with it.
 */

const PATH = ['KOR', 'kor-alliance-usa', 'USA', 'usa-opposition-chn', 'CHN', 'chn-partnership-rus', 'RUS'];
const LINKS: SnapshotLinks = {
  id: 'abcdefghijklmnopqrstuv',
  url: 'http://x.test/s/abcdefghijklmnopqrstuv',
  embedUrl: 'http://x.test/embed/abcdefghijklmnopqrstuv',
  svgUrl: 'http://x.test/api/snapshots/abcdefghijklmnopqrstuv.svg',
  pngUrl: 'http://x.test/api/snapshots/abcdefghijklmnopqrstuv.png',
};

function fakeApi() {
  const sent = { renders: [] as RenderRequest[], snapshots: [] as SnapshotRequest[] };
  const api = {
    render: (_format: 'png' | 'svg', body: RenderRequest) => {
      sent.renders.push(body);
      return Promise.resolve({ blob: new Blob(['not a png']), scale: 2 });
    },
    createSnapshot: (body: SnapshotRequest) => {
      sent.snapshots.push(body);
      return Promise.resolve(LINKS);
    },
  } as unknown as ApiClient;
  return { api, sent };
}

function setUp(store: AppStore = fixtureStore('?from=KOR&to=RUS')) {
  const model = fixtureModel();
  const visibility = visibilitySelector(model);
  const canvas = recordingView({ canvas: fixtureCanvas() });
  const { api, sent } = fakeApi();
  const toasts: string[] = [];
  const status = { ...createStatus(document.createElement('div'), document.createElement('div')) };
  status.toast = (message: string) => void toasts.push(message);
  const sharing = createSharing({ api, status, store, model, visibility, view: () => canvas });
  return { store, model, visibility, canvas, sharing, sent, toasts };
}

/** The store with the fixture path found and chosen. */
function withPath(store: AppStore): AppStore {
  const query = store.getState().pathQuery!;
  const result = { from: koreaToRussia.nodes[0]!, to: koreaToRussia.nodes[3]!, paths: [koreaToRussia] };
  store.dispatch((s) => ({ ...s, paths: { status: 'done', query, result, run: 1 } }));
  store.dispatch(choosePath(0));
  return store;
}

const png = (over: Partial<ImageChoice> = {}): ExportRequest => ({
  kind: 'image',
  scope: 'graph',
  title: 'South Korea to Russia',
  image: {
    format: 'png',
    scale: 2,
    background: 'white',
    title: true,
    legend: true,
    source: true,
    frame: '16:9',
    show: 'all',
    bundle: true,
    corroboration: false,
    ...over,
  },
});

let saved: string[];
beforeEach(() => {
  saved = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('Export sends the view as drawn', () => {
  it('a PNG: the path, the selection and the focus, the frame, what it shows and merged relationships, exactly', async () => {
    const { store, sharing, sent, toasts } = setUp();
    withPath(store);
    store.dispatch(focusOn('PRK', 1));
    store.dispatch(select({ kind: 'actor', id: 'USA' }, 'graph'));
    await sharing.export(png());
    expect(sent.renders).toHaveLength(1);
    const { view, ...options } = sent.renders[0]!;
    expect(options).toEqual({ title: 'South Korea to Russia', frame: '16:9', scope: 'all', bundle: true });
    expect(view.highlightedPath).toEqual(PATH);
    expect(view.emphasis).toEqual({
      selected: { kind: 'actor', id: 'USA' },
      focus: { actorId: 'PRK', depth: 1 },
    });
    expect(view.viewport).toEqual({ width: 800, height: 600 });
    expect(saved).toEqual(['briefgraph-south-korea-to-russia-2x-16x9.png']);
    expect(toasts).toEqual([
      'Saved briefgraph-south-korea-to-russia-2x-16x9.png: 7 actors and 6 relationships.',
    ]);
  });

  it('"Emphasised only", Auto (the canvas) and no merging, when asked; an SVG is named without a scale', async () => {
    const { store, sharing, sent } = setUp();
    withPath(store);
    await sharing.export(png({ format: 'svg', scale: 1, frame: 'window', show: 'emphasis', bundle: false }));
    const { view: _, ...options } = sent.renders[0]!;
    expect(options).toEqual({
      title: 'South Korea to Russia',
      frame: { width: 800, height: 600 },
      scope: 'emphasis',
      bundle: false,
    });
    expect(saved).toEqual(['briefgraph-south-korea-to-russia-800x600.svg']);
  });

  it('"Emphasised only" with nothing emphasised draws everything', async () => {
    const { sharing, sent } = setUp(fixtureStore('?actor=KOR'));
    await sharing.export(png({ show: 'emphasis', frame: '4:3' }));
    const { view, ...options } = sent.renders[0]!;
    expect(options).toMatchObject({ frame: '4:3', scope: 'all', bundle: true });
    expect(view.emphasis).toEqual({ selected: { kind: 'actor', id: 'KOR' } });
  });

  it('the image emphasises what the canvas does: the shared rule over the view sent keeps what the canvas keeps', async () => {
    for (const arrange of [
      (s: AppStore) => s.dispatch(focusOn('KOR', 2)),
      (s: AppStore) => {
        s.dispatch(focusOn('PRK', 1));
        s.dispatch(select({ kind: 'relationship', id: 'chn-partnership-rus' }, 'graph'));
      },
      (s: AppStore) => {
        withPath(s);
        s.dispatch(focusOn('NATO', 1));
        s.dispatch(select({ kind: 'relationship', id: 'prk-provocation-kor' }, 'graph'));
      },
    ]) {
      const { store, model, visibility, canvas, sharing, sent } = setUp();
      arrange(store);
      connectCanvas(store, model, canvas, visibility, {
        graph: document.createElement('div'),
        table: document.createElement('div'),
      });
      const drawn = canvas.calls.filter((c) => c.method === 'setEmphasis').at(-1)?.args[0] as {
        keep: Set<string>;
      };
      await sharing.export(png());
      const sentView = sent.renders[0]!.view;
      expect([...(emphasisedIds(sentView) ?? [])].sort()).toEqual([...drawn.keep].sort());
    }
  });
});

describe('Share stores the view in the frame chosen', () => {
  it('merges parallel relationships as the canvas does: the one switch of the store', async () => {
    const { store, sharing, sent } = setUp(fixtureStore());
    store.dispatch(setBundle(true));
    await sharing.share();
    const dialog = document.querySelector<HTMLDialogElement>('[data-testid=share-dialog]')!;
    dialog.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await vi.waitFor(() => expect(sent.snapshots).toHaveLength(1));
    expect(sent.snapshots[0]?.bundle).toBe(true);
  });

  it('offers the frame chosen last, stores the one chosen in the dialog with the focus, and says it in the image URLs', async () => {
    const { store, sharing, sent } = setUp(fixtureStore());
    store.dispatch(focusOn('KOR', 2));
    store.dispatch(setImageFrame('4:3'));
    await sharing.share();
    const dialog = document.querySelector<HTMLDialogElement>('[data-testid=share-dialog]')!;
    const checked = dialog.querySelector<HTMLInputElement>('input[name=share-frame]:checked');
    expect(checked?.value).toBe('4:3');
    const square = dialog.querySelector<HTMLInputElement>('[data-testid=share-frame-1x1]')!;
    square.checked = true;
    square.dispatchEvent(new Event('change', { bubbles: true }));
    expect(store.getState().drawing.frame).toBe('1:1');
    dialog.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await vi.waitFor(() => expect(dialog.querySelector('[data-testid=share-result]')).not.toBeNull());
    expect(sent.snapshots).toHaveLength(1);
    const { view, ...rest } = sent.snapshots[0]!;
    expect(rest).toEqual({ title: 'Around South Korea', frame: '1:1', bundle: false });
    expect(view?.emphasis).toEqual({ focus: { actorId: 'KOR', depth: 2 } });
    expect(dialog.querySelector<HTMLInputElement>('[data-testid=share-png]')?.value).toBe(
      `${LINKS.pngUrl}?frame=1:1`,
    );
    expect(dialog.querySelector<HTMLImageElement>('[data-testid=share-preview]')?.getAttribute('src')).toBe(
      `${LINKS.pngUrl}?frame=1:1&scale=1`,
    );
  });
});
