import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../state/filters.ts';
import { actors, koreaToRussia, relationships } from '../test-support/fixtures.ts';
import {
  buildView,
  type CanvasState,
  describeView,
  EmptyViewError,
  pathIds,
  shownFilters,
  type ViewInput,
  visibleExtent,
} from './view-payload.ts';

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

/** A 400x300 canvas at zoom 2, panned so model (0,0)..(200,150) fills it. */
const canvas: CanvasState = {
  zoom: 2,
  pan: { x: 0, y: 0 },
  width: 400,
  height: 300,
  positions: {
    KOR: { x: 10.123456, y: 20 },
    USA: { x: 100, y: 100 },
    PRK: { x: 50, y: 140 },
    CHN: { x: 190, y: 10 },
    RUS: { x: 500, y: 20 },
    XI_JINPING: { x: 180, y: -40 },
    NATO: { x: 0, y: 0 },
  },
};

function input(over: Partial<ViewInput> = {}): ViewInput {
  return {
    actors: byId(actors),
    relationships: byId(relationships),
    visible: {
      nodes: new Set(actors.map((a) => a.id)),
      edges: new Set(relationships.map((r) => r.id)),
    },
    canvas,
    filters: NO_FILTERS,
    path: null,
    emphasis: {},
    scope: 'graph',
    ...over,
  };
}

describe('the view sent to POST /api/snapshots and /api/render.*', () => {
  it('for the whole graph, holds every visible actor and relationship as the API gave them, with positions, zoom, pan and canvas size', () => {
    const view = buildView(input());
    expect(view.nodes).toEqual(actors);
    expect(view.edges).toEqual(relationships);
    expect(view.positions.KOR).toEqual({ x: 10.12, y: 20 });
    expect(Object.keys(view.positions).sort()).toEqual(actors.map((a) => a.id).sort());
    expect(view.zoom).toBe(2);
    expect(view.pan).toEqual({ x: 0, y: 0 });
    expect(view.viewport).toEqual({ width: 400, height: 300 });
    expect(view.filters).toEqual({});
    expect(view.highlightedPath).toBeUndefined();
    expect(view.emphasis).toBeUndefined();
  });

  it('leaves out what the filters hide, and relationships whose ends are not both in', () => {
    const view = buildView(
      input({
        visible: {
          nodes: new Set(['KOR', 'USA', 'PRK']),
          edges: new Set(['kor-alliance-usa', 'chn-support-prk']),
        },
      }),
    );
    expect(view.nodes.map((n) => n.id)).toEqual(['KOR', 'USA', 'PRK']);
    expect(view.edges.map((e) => e.id)).toEqual(['kor-alliance-usa']);
  });

  it('for the current view, keeps only the actors inside the canvas and the relationships among them', () => {
    const view = buildView(input({ scope: 'viewport' }));
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['CHN', 'KOR', 'NATO', 'PRK', 'USA']);
    expect(view.edges.map((e) => e.id).sort()).toEqual([
      'chn-support-prk',
      'kor-alliance-usa',
      'prk-provocation-kor',
      'usa-opposition-chn',
    ]);
    expect(view.positions.RUS).toBeUndefined();
  });

  it('sends the highlighted path in order when all of it is in scope, and drops it when part is outside', () => {
    const ids = pathIds(koreaToRussia);
    expect(ids).toEqual([
      'KOR',
      'kor-alliance-usa',
      'USA',
      'usa-opposition-chn',
      'CHN',
      'chn-partnership-rus',
      'RUS',
    ]);
    expect(buildView(input({ path: ids })).highlightedPath).toEqual(ids);
    expect(buildView(input({ path: ids, scope: 'viewport' })).highlightedPath).toBeUndefined();
  });

  it('carries the selection and the focus as drawn, beside the path', () => {
    const ids = pathIds(koreaToRussia);
    const view = buildView(
      input({
        path: ids,
        emphasis: {
          selected: { kind: 'relationship', id: 'chn-support-prk' },
          focus: { actorId: 'PRK', depth: 2 },
        },
      }),
    );
    expect(view.highlightedPath).toEqual(ids);
    expect(view.emphasis).toEqual({
      selected: { kind: 'relationship', id: 'chn-support-prk' },
      focus: { actorId: 'PRK', depth: 2 },
    });
  });

  it('leaves out a selection or a focus the current view does not hold, and the emphasis when nothing is left', () => {
    const outside = buildView(
      input({
        scope: 'viewport',
        emphasis: { selected: { kind: 'actor', id: 'RUS' }, focus: { actorId: 'KOR', depth: 1 } },
      }),
    );
    expect(outside.emphasis).toEqual({ focus: { actorId: 'KOR', depth: 1 } });
    const gone = buildView(
      input({
        scope: 'viewport',
        emphasis: { selected: { kind: 'relationship', id: 'chn-partnership-rus' } },
      }),
    );
    expect(gone.emphasis).toBeUndefined();
  });

  it('says why when nothing is in scope', () => {
    const away = { ...canvas, pan: { x: -10_000, y: 0 } };
    expect(() => buildView(input({ canvas: away, scope: 'viewport' }))).toThrow(EmptyViewError);
    expect(() => buildView(input({ canvas: away, scope: 'viewport' }))).toThrow(/inside the canvas/);
    expect(() => buildView(input({ visible: { nodes: new Set(), edges: new Set() } }))).toThrow(
      /No actor is shown/,
    );
  });

  it('with a hidden canvas (the table view), the current view falls back to everything shown, without a viewport', () => {
    const view = buildView(input({ canvas: { ...canvas, width: 0, height: 0 }, scope: 'viewport' }));
    expect(view.nodes).toHaveLength(actors.length);
    expect(view.viewport).toBeUndefined();
  });

  it('describes itself for the Share dialog', () => {
    const view = buildView(input({ path: pathIds(koreaToRussia) }));
    expect(describeView(view)).toBe(
      'The snapshot keeps the 7 actors and 6 relationships shown, where they are drawn, and the highlighted path.',
    );
    const focused = buildView(
      input({ emphasis: { focus: { actorId: 'KOR', depth: 1 }, selected: { kind: 'actor', id: 'USA' } } }),
    );
    expect(describeView(focused)).toBe(
      'The snapshot keeps the 7 actors and 6 relationships shown, where they are drawn, and the focus and the selection.',
    );
  });
});

describe('filters as lists of what is shown', () => {
  it('leaves out a dimension nothing of which is hidden', () => {
    expect(shownFilters(NO_FILTERS)).toEqual({});
  });

  it('lists the shown types, modalities and quad classes', () => {
    const shown = shownFilters({
      hiddenTypes: new Set(['WAR']),
      hiddenModalities: new Set(['recommendation']),
      hiddenQuads: new Set(['4', 'none']),
      briefs: null,
    });
    expect(shown.types).not.toContain('WAR');
    expect(shown.types).toContain('ALLIANCE');
    expect(shown.modality).toEqual(['fact', 'assessment']);
    expect(shown.quadClass).toEqual([1, 2, 3]);
  });

  it('cannot say "no quad class" is hidden, so leaves quad classes out then', () => {
    expect(shownFilters({ ...NO_FILTERS, hiddenQuads: new Set(['none']) })).toEqual({});
  });

  it('names the briefs shown, as brief ids of the query model', () => {
    expect(shownFilters({ ...NO_FILTERS, briefs: new Set(['brief-two', 'brief-one']) })).toEqual({
      briefs: ['brief-one', 'brief-two'],
    });
  });
});

describe('the part of model space the canvas shows', () => {
  it('follows zoom and pan', () => {
    expect(visibleExtent({ zoom: 2, pan: { x: 100, y: -50 }, width: 400, height: 300 })).toEqual({
      x1: -50,
      y1: 25,
      x2: 150,
      y2: 175,
    });
  });
});
