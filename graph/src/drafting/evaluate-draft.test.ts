import { describe, expect, it } from 'vitest';
import type { DraftAnnotation, DraftRelationship } from './draft.types.ts';
import { alignActors, scoreDraft } from './evaluate-draft.ts';

const text = 'Seoul should talk to Beijing. Tokyo trades with Seoul.';
const rel = (
  r: Partial<DraftRelationship> & Pick<DraftRelationship, 'source' | 'target' | 'type'>,
): DraftRelationship => ({
  id: `${r.source}-${r.type}-${r.target}`.toLowerCase(),
  modality: 'fact',
  attributes: {},
  evidence: [{ quote: 'Seoul', start: 0, end: 5 }],
  confidence: 0.5,
  cues: ['x'],
  inferred: false,
  negated: false,
  ...r,
});

const curated = {
  actors: [
    { id: 'KOR', name: 'South Korea', aliases: ['Seoul'] },
    { id: 'CHN', name: 'China', aliases: [] },
    { id: 'JPN', name: 'Japan', aliases: [] },
    { id: 'KOREA_US_SUMMIT_2023', name: 'Korea-U.S. Summit (April 2023)', aliases: ['Korea-U.S. summit'] },
  ],
  relationships: [
    { id: 'chn-diplomacy-kor', source: 'CHN', target: 'KOR', type: 'DIPLOMACY', modality: 'recommendation' },
    { id: 'jpn-trade-kor', source: 'JPN', target: 'KOR', type: 'TRADE', modality: 'fact' },
    {
      id: 'kor-participation',
      source: 'KOR',
      target: 'KOREA_US_SUMMIT_2023',
      type: 'PARTICIPATION',
      modality: 'fact',
    },
  ],
};

describe('scoreDraft', () => {
  it('links a drafted actor to a curated one by a shared name or alias', () => {
    const align = alignActors(
      [
        { id: 'KOREA_US_SUMMIT', name: 'Korea-U.S. summit', kind: 'event', aliases: [], isNew: true },
        { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [], isNew: false },
        { id: 'MARS', name: 'Mars', kind: 'region', aliases: [], isNew: true },
      ],
      curated.actors,
    );
    expect([...align.entries()]).toEqual([
      ['KOREA_US_SUMMIT', 'KOREA_US_SUMMIT_2023'],
      ['KOR', 'KOR'],
    ]);
  });

  it('counts (source, target, type, modality) matches, modality apart, and exact offsets', () => {
    const draft: DraftAnnotation = {
      actors: [
        { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [], isNew: false },
        { id: 'CHN', name: 'China', kind: 'state', aliases: [], isNew: false },
        { id: 'JPN', name: 'Japan', kind: 'state', aliases: [], isNew: false },
      ],
      relationships: [
        // undirected, given in the other order: still a match
        rel({ source: 'KOR', target: 'CHN', type: 'DIPLOMACY', modality: 'recommendation' }),
        // right triple, wrong modality
        rel({
          source: 'JPN',
          target: 'KOR',
          type: 'TRADE',
          modality: 'assessment',
          evidence: [{ quote: 'Tokyo', start: 0, end: 5 }],
        }),
        // a negative finding is no positive relationship
        rel({ source: 'CHN', target: 'JPN', type: 'SUPPORT', negated: true }),
      ],
    };
    const score = scoreDraft(text, draft, curated);
    expect(score.matched).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.precision).toBeCloseTo(1 / 2);
    expect([score.typeMatched, score.modalityRight]).toEqual([2, 1]);
    expect([score.evidence, score.exactEvidence]).toEqual([3, 2]);
    expect(score.negativeFindings).toBe(1);
    expect(score.missed).toEqual(['jpn-trade-kor', 'kor-participation']);
  });
});

describe('scoreDraft with negative findings', () => {
  it('scores curated negative findings apart from the positive ties, against the drafted ones', () => {
    const withNegative = {
      ...curated,
      relationships: [
        ...curated.relationships,
        {
          id: 'chn-support-kor',
          source: 'CHN',
          target: 'KOR',
          type: 'SUPPORT',
          modality: 'fact',
          negated: true,
        },
      ],
    };
    const draft: DraftAnnotation = {
      actors: [
        { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [], isNew: false },
        { id: 'CHN', name: 'China', kind: 'state', aliases: [], isNew: false },
      ],
      relationships: [rel({ source: 'CHN', target: 'KOR', type: 'SUPPORT', negated: true })],
    };
    const score = scoreDraft(text, draft, withNegative);
    expect(score).toMatchObject({ curated: 3, drafted: 0, matched: 0 });
    expect(score).toMatchObject({ negativeFindings: 1, curatedNegativeFindings: 1, negativeMatched: 1 });
    expect(score.missed).not.toContain('chn-support-kor');
  });
});

describe('scoreDraft on addressees', () => {
  it('counts the curated recommendations found with the addressee the curator gave', () => {
    const withAddressee = {
      ...curated,
      relationships: curated.relationships.map((r) =>
        r.modality === 'recommendation' ? { ...r, addressee: 'KOR' } : r,
      ),
    };
    const draft = (addressee: string): DraftAnnotation => ({
      actors: [
        { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [], isNew: false },
        { id: 'CHN', name: 'China', kind: 'state', aliases: [], isNew: false },
      ],
      relationships: [
        rel({ source: 'CHN', target: 'KOR', type: 'DIPLOMACY', modality: 'recommendation', addressee }),
      ],
    });
    expect(scoreDraft(text, draft('KOR'), withAddressee)).toMatchObject({
      recommendationsMatched: 1,
      addresseeRight: 1,
    });
    expect(scoreDraft(text, draft('CHN'), withAddressee)).toMatchObject({
      recommendationsMatched: 1,
      addresseeRight: 0,
    });
  });
});
