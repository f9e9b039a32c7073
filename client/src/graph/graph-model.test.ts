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
