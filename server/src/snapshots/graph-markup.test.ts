import type { Relationship } from '@briefgraph/graph/domain/schemas';
import { describe, expect, it } from 'vitest';
import { relationshipHeading } from './graph-markup.ts';

const chn = { id: 'CHN', name: 'China' };
const kor = { id: 'KOR', name: 'South Korea' };
const rus = { id: 'RUS', name: 'Russia' };
const rel = (over: Partial<Relationship>): Relationship => ({
  id: 'x',
  source: 'CHN',
  target: 'KOR',
  type: 'DIPLOMACY',
  directed: false,
  modality: 'recommendation',
  quadClass: 1,
  attributes: {},
  evidence: [{ briefId: 'b', quote: 'q', start: 0, end: 1 }],
  ...over,
});
type Edge = Parameters<typeof relationshipHeading>[0];

describe('the heading an image gives a line (its title, for screen readers and hover)', () => {
  it('reads an undirected recommendation from its addressee, not from the id order', () => {
    const r = rel({ addressee: 'KOR' });
    expect(relationshipHeading({ rel: r, source: chn, target: kor } as unknown as Edge)).toBe(
      'South Korea should hold talks with China',
    );
  });

  it('reads a negative finding with "not"', () => {
    const r = rel({
      source: 'CHN',
      target: 'RUS',
      type: 'SUPPORT',
      directed: true,
      modality: 'fact',
      negated: true,
    });
    expect(relationshipHeading({ rel: r, source: chn, target: rus } as unknown as Edge)).toBe(
      'China does not support Russia',
    );
  });
});
