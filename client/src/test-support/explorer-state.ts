import type { CanvasState } from '../export/view-payload.ts';
import type { GraphView } from '../graph/cy-adapter.ts';
import { GraphModel } from '../graph/graph-model.ts';
import { type AppState, type AppStore, initialState } from '../state/app-state.ts';
import { createStore } from '../state/store.ts';
import { actors, relationships } from './fixtures.ts';

/** The explorer's state, model and canvas for unit tests: the fixture graph loaded, a canvas that records. */

export function fixtureModel(): GraphModel {
  const model = new GraphModel();
  model.merge({ nodes: actors, edges: relationships });
  return model;
}

/** A store in the state a page opened on `search` has once the fixture graph is loaded. */
export function fixtureStore(search = '', patch: Partial<AppState> = {}): AppStore {
  return createStore({ ...initialState(search), graphVersion: 1, ...patch });
}

export type Call = { readonly method: keyof GraphView; readonly args: readonly unknown[] };

/** An 800×600 canvas at zoom 1 with every fixture actor inside it. */
export function fixtureCanvas(): CanvasState {
  const positions = Object.fromEntries(
    actors.map((a, i) => [a.id, { x: 100 + (i % 4) * 150, y: 100 + Math.floor(i / 4) * 200 }]),
  );
  return { zoom: 1, pan: { x: 0, y: 0 }, width: 800, height: 600, positions };
}

/** A GraphView that draws nothing and records what it is asked, in order. */
export function recordingView(
  options: { emphasised?: string[]; canvas?: CanvasState } = {},
): GraphView & { calls: Call[] } {
  const calls: Call[] = [];
  const record =
    <R>(method: keyof GraphView, result: R) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      return result;
    };
  return {
    calls,
    add: record('add', undefined),
    updateNodes: record('updateNodes', undefined),
    setVisibility: record('setVisibility', undefined),
    setCommunities: record('setCommunities', undefined),
    setSelection: record('setSelection', undefined),
    setEmphasis: record('setEmphasis', undefined),
    runLayout: record('runLayout', Promise.resolve()),
    fit: record('fit', undefined),
    reveal: record('reveal', undefined),
    centreOn: record('centreOn', undefined),
    resize: record('resize', undefined),
    clientPosition: record('clientPosition', null),
    visibleNodeIds: record('visibleNodeIds', []),
    emphasisedIds: record('emphasisedIds', options.emphasised ?? []),
    size: record('size', { nodes: 0, edges: 0 }),
    viewState: record(
      'viewState',
      options.canvas ?? { zoom: 1, pan: { x: 0, y: 0 }, width: 800, height: 600, positions: {} },
    ),
    setViewport: record('setViewport', undefined),
    elementsJson: record('elementsJson', []),
    setBundling: record('setBundling', undefined),
    bundling: record('bundling', false),
    setCorroborationWidths: record('setCorroborationWidths', undefined),
    bundleOf: record('bundleOf', null),
    bundles: record('bundles', []),
    layoutSeed: record('layoutSeed', 0),
    positions: record('positions', {}),
    draggedPositions: record('draggedPositions', {}),
    setPositions: record('setPositions', undefined),
    setFitZooms: record('setFitZooms', undefined),
    destroy: record('destroy', undefined),
  };
}

/** The names of the methods called, in order, leaving out the read-only ones. */
export function drawCalls(view: { calls: Call[] }): string[] {
  const reads = new Set([
    'emphasisedIds',
    'visibleNodeIds',
    'clientPosition',
    'size',
    'viewState',
    'elementsJson',
    'bundling',
    'bundleOf',
    'bundles',
    'layoutSeed',
    'positions',
    'draggedPositions',
  ]);
  return view.calls.map((c) => c.method).filter((m) => !reads.has(m));
}
