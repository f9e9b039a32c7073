import type { Relationship } from '@briefgraph/graph/domain/schemas';
import { describe, expect, it } from 'vitest';
import { actors, relationships } from '../test-support/fixtures.ts';
import { awaitsQuotes, GraphModel } from './graph-model.ts';

/** The record as the whole graph sends it: brief ids and offsets kept, the quote left out. */
const withoutQuotes = (rel: Relationship): Relationship => ({
  ...rel,
  evidence: rel.evidence.map((e) => ({ ...e, quote: '' })),
});

const full = relationships[0]!;

describe('a relationship the whole graph sent without its quotes', () => {
  it('is told apart from one with its quotes', () => {
    expect(awaitsQuotes(withoutQuotes(full))).toBe(true);
    expect(awaitsQuotes(full)).toBe(false);
  });

  it('takes its quotes from a full record merged later (a neighbourhood, a path), and says so', () => {
    const model = new GraphModel();
    model.merge({ nodes: actors, edges: relationships.map(withoutQuotes) });
    const added = model.merge({ nodes: [], edges: [full] });
    expect(added).toEqual({ actors: [], relationships: [], filled: 1 });
    expect(model.relationship(full.id)?.evidence[0]?.quote).toBe('quote');
    // Still one incident entry per end: the degree does not count it twice.
    expect(model.degree(full.source)).toBe(
      relationships.filter((r) => r.source === full.source || r.target === full.source).length,
    );
  });

  it('a full record is never blanked by a record without quotes', () => {
    const model = new GraphModel();
    model.merge({ nodes: actors, edges: [full] });
    const added = model.merge({ nodes: [], edges: [withoutQuotes(full)] });
    expect(added.filled).toBe(0);
    expect(model.relationship(full.id)?.evidence[0]?.quote).toBe('quote');
  });

  it('fillQuotes fills known records only, and counts them', () => {
    const model = new GraphModel();
    model.merge({ nodes: actors, edges: [withoutQuotes(full)] });
    const stranger: Relationship = { ...full, id: 'not-loaded' };
    expect(model.fillQuotes([full, stranger, withoutQuotes(full)])).toBe(1);
    expect(model.relationship('not-loaded')).toBeUndefined();
    expect(model.fillQuotes([full])).toBe(0);
  });
});

describe('the most connected actors', () => {
  /** n actors, actor i tied to the next (i % 7) actors: many degrees, many ties. */
  function model(n: number) {
    const base = actors[0]!;
    const many = Array.from({ length: n }, (_, i) => ({
      ...base,
      id: `A${i}`,
      name: `Actor ${(i * 37) % n}`,
    }));
    const edges = many.flatMap((a, i) =>
      Array.from({ length: i % 7 }, (_, j) => ({
        ...full,
        id: `R${i}-${j}`,
        source: a.id,
        target: `A${(i + j + 1) % n}`,
      })),
    );
    const m = new GraphModel();
    m.merge({ nodes: many, edges });
    return m;
  }
  const bySort = (m: GraphModel, limit: number) =>
    [...m.actors.values()]
      .sort((a, b) => m.degree(b.id) - m.degree(a.id) || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((a) => a.id);

  it('are the first of all actors sorted by degree, then name', () => {
    const m = model(300);
    for (const limit of [0, 1, 8, 299, 300, 400])
      expect(m.mostConnected(limit).map((a) => a.id)).toEqual(bySort(m, limit));
  });

  it('are counted again once a merge adds an actor or a relationship', () => {
    const m = model(50);
    const first = m.mostConnected(3);
    expect(m.mostConnected(3)).toBe(first);
    const hub = m.actor('A0')!;
    m.merge({
      nodes: [],
      edges: Array.from({ length: 20 }, (_, j) => ({
        ...full,
        id: `X${j}`,
        source: hub.id,
        target: `A${j + 1}`,
      })),
    });
    expect(m.mostConnected(3)[0]?.id).toBe('A0');
    expect(m.mostConnected(3).map((a) => a.id)).toEqual(bySort(m, 3));
  });
});
