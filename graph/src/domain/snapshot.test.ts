import { describe, expect, it } from 'vitest';
import { migrateSnapshot, SnapshotRequestSchema } from './schemas.ts';

const actor = (id: string) => ({ id, name: id, kind: 'state', aliases: [] });
const relationship = {
  id: 'kor-alliance-usa',
  source: 'KOR',
  target: 'USA',
  type: 'ALLIANCE',
  directed: false,
  modality: 'fact',
  quadClass: 2,
  attributes: {},
  evidence: [{ briefId: 'sejong-focus-2023-04-no25', quote: 'alliance', start: 0, end: 8 }],
};
const view = {
  nodes: [actor('KOR'), actor('USA')],
  edges: [relationship],
  positions: { KOR: { x: 0, y: 0 }, USA: { x: 100, y: 0 } },
  zoom: 1,
  pan: { x: 0, y: 0 },
};

function problems(body: unknown): string[] {
  const parsed = SnapshotRequestSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('SnapshotRequestSchema', () => {
  it('fills in the defaults of a query', () => {
    const parsed = SnapshotRequestSchema.parse({
      title: ' Path ',
      query: { kind: 'path', from: 'KOR', to: 'RUS' },
    });
    expect(parsed.title).toBe('Path');
    expect(parsed.query).toEqual({
      kind: 'path',
      from: 'KOR',
      to: 'RUS',
      k: 3,
      maxHops: 4,
      direction: 'any',
    });
    expect(SnapshotRequestSchema.parse({ title: 'G', query: { kind: 'graph' } }).query).toEqual({
      kind: 'graph',
      limit: 500,
      edgeLimit: 5000,
    });
  });

  it('takes a view whose elements, positions and path agree', () => {
    expect(
      problems({ title: 'V', view: { ...view, highlightedPath: ['KOR', 'kor-alliance-usa', 'USA'] } }),
    ).toEqual([]);
  });

  it('wants a query or a view, not both and not neither', () => {
    expect(problems({ title: 'x' })).toEqual([': give either "query" or "view" (and not both)']);
    expect(problems({ title: 'x', view, query: { kind: 'graph' } })).toEqual([
      ': give either "query" or "view" (and not both)',
    ]);
  });

  it('says which part of a view does not agree', () => {
    expect(problems({ title: 'x', view: { ...view, positions: { KOR: { x: 0, y: 0 } } } })).toEqual([
      'view.positions: has no position for USA',
    ]);
    expect(
      problems({ title: 'x', view: { ...view, nodes: [actor('KOR')], positions: { KOR: { x: 0, y: 0 } } } }),
    ).toEqual(['view.edges.0: relationship kor-alliance-usa joins an actor that is not in "nodes"']);
    expect(problems({ title: 'x', view: { ...view, highlightedPath: ['JPN'] } })).toEqual([
      'view.highlightedPath.0: JPN is not in the view',
    ]);
  });

  it('bounds titles, captions and sizes, and refuses control characters', () => {
    expect(problems({ title: '', query: { kind: 'graph' } })).toEqual(['title: is required']);
    expect(problems({ title: 'x'.repeat(201), query: { kind: 'graph' } })).toEqual([
      'title: must be at most 200 characters',
    ]);
    expect(problems({ title: 'a\u0007b', query: { kind: 'graph' } })).toEqual([
      'title: must be one line of plain text',
    ]);
    expect(problems({ title: 'x', caption: 'y'.repeat(1001), query: { kind: 'graph' } })).toEqual([
      'caption: must be at most 1000 characters',
    ]);
    expect(problems({ title: 'x', caption: 'two\nlines', query: { kind: 'graph' } })).toEqual([]);
    expect(problems({ title: 'x', query: { kind: 'graph', limit: 5000 } })).toHaveLength(1);
    expect(problems({ title: 'x', query: { kind: 'path', from: 'KOR', to: 'RUS', extra: 1 } })).toHaveLength(
      1,
    );
  });
});

describe('migrateSnapshot', () => {
  const stored = {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    createdAt: '2026-11-29T12:00:00.000Z',
    title: 'Conflict only',
    source: 'Source: a brief',
    nodes: [actor('KOR'), actor('USA')],
    edges: [relationship],
    positions: view.positions,
    zoom: 1,
    pan: { x: 0, y: 0 },
  };

  it('reads a version 1 snapshot with the filter lists under their version 2 names', () => {
    const snapshot = migrateSnapshot({
      ...stored,
      version: 1,
      filters: { types: ['ALLIANCE'], modalities: ['fact'], quadClasses: [2] },
    });
    expect(snapshot.version).toBe(2);
    expect(snapshot.filters).toEqual({ types: ['ALLIANCE'], modality: ['fact'], quadClass: [2] });
    // It keeps the look it had: its content's own shape, every relationship on its own.
    expect(snapshot).toMatchObject({ frame: 'auto', scope: 'all', bundle: false });
  });

  it('reads a version 1 snapshot without filters as unfiltered', () => {
    expect(migrateSnapshot({ ...stored, version: 1, filters: {} }).filters).toEqual({});
  });

  it('keeps a version 2 snapshot as it is', () => {
    const current = {
      ...stored,
      version: 2,
      filters: { modality: ['assessment'] },
      frame: '16:9',
      scope: 'all',
      bundle: true,
    };
    expect(migrateSnapshot(current)).toEqual(current);
  });

  it('refuses a stored snapshot that fits no version, naming the field', () => {
    expect(() =>
      migrateSnapshot({
        ...stored,
        version: 2,
        filters: {},
        frame: '16:9',
        scope: 'all',
        bundle: true,
        zoom: -1,
      }),
    ).toThrow(/zoom/);
    expect(() => migrateSnapshot({ ...stored, version: 3, filters: {} })).toThrow(/version/);
  });
});
