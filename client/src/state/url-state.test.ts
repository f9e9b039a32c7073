import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  MAX_LINK_POSITIONS,
  parseViewState,
  sameFilters,
  serializeViewState,
  toSearch,
  type ViewState,
} from './url-state.ts';

const full: ViewState = {
  selection: { kind: 'relationship', id: 'prk-provocation-kor' },
  focus: { actorId: 'KOR', depth: 2 },
  filters: {
    hiddenTypes: new Set(['TRADE', 'SUPPORT']),
    hiddenModalities: new Set(['recommendation'] as const),
    hiddenQuads: new Set(['none'] as const),
    briefs: new Set(['brief-one', 'brief-two']),
  },
  pathQuery: {
    from: 'KOR',
    to: 'RUS',
    k: 5,
    maxHops: 3,
    types: ['ALLIANCE', 'PARTNERSHIP'],
    direction: 'outgoing',
    stance: 'cooperation',
  },
  pathIndex: 1,
  layout: 'concentric',
  view: 'table',
  seed: 123456789,
  positions: { KOR: { x: 120, y: -40 }, USA: { x: 3, y: 5 } },
  viewport: { zoom: 0.925, x: -12, y: 40 },
  present: true,
  renderer: 'webgl',
};

describe('deep-link state in the URL', () => {
  it('leaves everything out of the URL when nothing is chosen', () => {
    expect(toSearch(DEFAULT_STATE)).toBe('');
  });

  it('survives a round trip through the query string', () => {
    const back = parseViewState(new URLSearchParams(toSearch(full)));
    expect(back.selection).toEqual(full.selection);
    expect(back.focus).toEqual(full.focus);
    expect(sameFilters(back.filters, full.filters)).toBe(true);
    expect(back.pathQuery).toEqual({ ...full.pathQuery, types: ['ALLIANCE', 'PARTNERSHIP'] });
    expect(back.pathIndex).toBe(1);
    expect(back.layout).toBe('concentric');
    expect(back.view).toBe('table');
    expect(back.seed).toBe(123456789);
    expect(back.positions).toEqual(full.positions);
    expect(back.viewport).toEqual(full.viewport);
    expect(back.present).toBe(true);
    expect(back.renderer).toBe('webgl');
  });

  it('draws with WebGL only when the link says renderer=webgl; canvas, the default, is left out', () => {
    expect(toSearch({ ...DEFAULT_STATE, renderer: 'webgl' })).toBe('?renderer=webgl');
    expect(toSearch({ ...DEFAULT_STATE, renderer: 'canvas' })).toBe('');
    for (const other of ['WebGL', 'gpu', '', 'canvas'])
      expect(parseViewState(new URLSearchParams({ renderer: other })).renderer).toBe('canvas');
  });

  it('keeps the view compactly: zoom to a thousandth, the centre to whole model pixels', () => {
    const search = toSearch({ ...DEFAULT_STATE, viewport: { zoom: 0.91234, x: 10.6, y: -3.2 } });
    expect(search).toBe('?vp=0.912,11,-3');
    expect(parseViewState(new URLSearchParams(search)).viewport).toEqual({ zoom: 0.912, x: 11, y: -3 });
  });

  it('drops a malformed view and clamps a zoom out of range', () => {
    for (const bad of ['abc', '1,2', '1,2,3,4', '-1,0,0', '0.5,1e3,0', '0.5,,0'])
      expect(parseViewState(new URLSearchParams({ vp: bad })).viewport).toBeNull();
    expect(parseViewState(new URLSearchParams('?vp=99,0,0')).viewport).toEqual({ zoom: 4, x: 0, y: 0 });
    expect(parseViewState(new URLSearchParams('?present=yes')).present).toBe(false);
  });

  it('keeps a fresh layout: its seed, and the dragged actors rounded, readable and capped', () => {
    const search = toSearch({
      ...DEFAULT_STATE,
      seed: 42,
      positions: { KOR: { x: 120.4, y: -39.6 }, USA: { x: 3, y: 5 } },
    });
    expect(search).toBe('?seed=42&pos=KOR:120,-40;USA:3,5');
    const back = parseViewState(new URLSearchParams(search));
    expect(back.seed).toBe(42);
    expect(back.positions).toEqual({ KOR: { x: 120, y: -40 }, USA: { x: 3, y: 5 } });
    const many = Object.fromEntries(
      Array.from({ length: MAX_LINK_POSITIONS + 6 }, (_, i) => [`A${i}`, { x: i, y: i }]),
    );
    const capped = parseViewState(new URLSearchParams(toSearch({ ...DEFAULT_STATE, positions: many })));
    expect(Object.keys(capped.positions ?? {})).toHaveLength(MAX_LINK_POSITIONS);
    // The last moved are kept.
    expect(capped.positions?.[`A${MAX_LINK_POSITIONS + 5}`]).toEqual({
      x: MAX_LINK_POSITIONS + 5,
      y: MAX_LINK_POSITIONS + 5,
    });
    expect(capped.positions?.A0).toBeUndefined();
  });

  it('drops a bad seed or position, and keeps the good ones', () => {
    const s = parseViewState(new URLSearchParams('?seed=-3&pos=KOR:1,2;bad:1,2;USA:x,1;CHN:5,6'));
    expect(s.seed).toBeNull();
    expect(s.positions).toEqual({ KOR: { x: 1, y: 2 }, CHN: { x: 5, y: 6 } });
    expect(parseViewState(new URLSearchParams('?pos=;;')).positions).toBeNull();
  });

  it('writes readable links, commas unescaped and the chosen path counted from one', () => {
    const search = toSearch(full);
    expect(search).toContain('rel=prk-provocation-kor');
    expect(search).toContain('hideTypes=SUPPORT,TRADE');
    expect(search).toContain('path=2');
    expect(search).toContain('brief=brief-one,brief-two');
  });

  it('keeps the briefs shown: a list, none at all (brief=-), or every brief when absent', () => {
    const only = (briefs: ReadonlySet<string> | null) =>
      parseViewState(
        new URLSearchParams(toSearch({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, briefs } })),
      ).filters.briefs;
    expect(only(new Set(['second-brief']))).toEqual(new Set(['second-brief']));
    expect(toSearch({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, briefs: new Set() } })).toBe(
      '?brief=-',
    );
    expect(only(new Set())).toEqual(new Set());
    expect(only(null)).toBeNull();
    // A malformed id is dropped; nothing left is no filter, not "no brief".
    expect(parseViewState(new URLSearchParams('?brief=Bad%20Id,good-id')).filters.briefs).toEqual(
      new Set(['good-id']),
    );
    expect(parseViewState(new URLSearchParams('?brief=Bad%20Id')).filters.briefs).toBeNull();
  });

  it('reads a hand-written link for an actor', () => {
    const s = parseViewState(new URLSearchParams('?actor=KOR'));
    expect(s.selection).toEqual({ kind: 'actor', id: 'KOR' });
    expect(s.pathQuery).toBeNull();
  });

  it('ignores what it cannot trust: bad ids, unknown types, numbers out of range', () => {
    const s = parseViewState(
      new URLSearchParams(
        '?actor=<script>&hideTypes=ALLIANCE,BOGUS&from=KOR&to=RUS&k=99&hops=0&layout=spiral',
      ),
    );
    expect(s.selection).toBeNull();
    expect([...s.filters.hiddenTypes]).toEqual(['ALLIANCE']);
    expect(s.pathQuery?.k).toBe(10);
    expect(s.pathQuery?.maxHops).toBe(1);
    expect(s.layout).toBe('fcose');
  });

  it('keeps the chosen path only with a path query', () => {
    expect(parseViewState(new URLSearchParams('?path=2')).pathIndex).toBeNull();
  });

  it('prefers the relationship when a link names both an actor and a relationship', () => {
    const s = parseViewState(new URLSearchParams('?actor=KOR&rel=kor-alliance-usa'));
    expect(s.selection).toEqual({ kind: 'relationship', id: 'kor-alliance-usa' });
    expect(serializeViewState(s).has('actor')).toBe(false);
  });
});
