import { describe, expect, it } from 'vitest';
import { GraphModel } from '../graph/graph-model.ts';
import { actors, relationships } from '../test-support/fixtures.ts';
import { computeVisibility, type Filters, isRelationshipShown, NO_FILTERS } from './filters.ts';

function model() {
  const m = new GraphModel();
  m.merge({ nodes: actors, edges: relationships });
  return m;
}

const only = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('filters', () => {
  it('shows everything when nothing is hidden', () => {
    const v = computeVisibility(model(), NO_FILTERS, []);
    expect(v.edges.size).toBe(relationships.length);
    expect(v.nodes.size).toBe(actors.length);
  });

  it('hides a type, and the actors left without a shown relationship', () => {
    const v = computeVisibility(model(), only({ hiddenTypes: new Set(['LEADERSHIP']) }), []);
    expect(v.edges.has('xi-jinping-leadership-chn')).toBe(false);
    expect(v.nodes.has('XI_JINPING')).toBe(false);
    expect(v.nodes.has('CHN')).toBe(true);
  });

  it('shows a relationship when any brief that supports it is shown', () => {
    const both = {
      ...relationships[0]!,
      evidence: [...relationships[0]!.evidence, { briefId: 'brief-two', quote: 'q', start: 0, end: 1 }],
    };
    expect(isRelationshipShown(both, only({ briefs: new Set(['brief-two']) }))).toBe(true);
    expect(isRelationshipShown(relationships[0]!, only({ briefs: new Set(['brief-two']) }))).toBe(false);
    expect(isRelationshipShown(relationships[0]!, only({ briefs: new Set() }))).toBe(false);
    expect(isRelationshipShown(relationships[0]!, only({ briefs: null }))).toBe(true);
  });

  it('keeps an actor without any relationship at all', () => {
    expect(computeVisibility(model(), NO_FILTERS, []).nodes.has('NATO')).toBe(true);
  });

  it('never hides what the user pinned (the selection, the path)', () => {
    const v = computeVisibility(model(), only({ hiddenTypes: new Set(['PROVOCATION']) }), [
      'prk-provocation-kor',
    ]);
    expect(v.edges.has('prk-provocation-kor')).toBe(true);
    expect(v.nodes.has('PRK')).toBe(true);
  });

  it('filters conflict out by quad class, and structural ties by "none"', () => {
    const noConflict = only({ hiddenQuads: new Set(['3', '4']) });
    expect(isRelationshipShown(relationships[1]!, noConflict)).toBe(false);
    expect(isRelationshipShown(relationships[0]!, noConflict)).toBe(true);
    expect(isRelationshipShown(relationships[5]!, only({ hiddenQuads: new Set(['none']) }))).toBe(false);
  });

  it('filters by modality', () => {
    expect(isRelationshipShown(relationships[2]!, only({ hiddenModalities: new Set(['assessment']) }))).toBe(
      false,
    );
  });
});
