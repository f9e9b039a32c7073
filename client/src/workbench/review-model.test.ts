import { describe, expect, it } from 'vitest';
import type { DraftAnnotation } from '../api/api-client.ts';
import { editCard, initialReview, occurrenceStart, setStatus } from './review-model.ts';
import { emptyUndo, popUndo, pushUndo } from './undo-stack.ts';

const text = 'South Korea and Japan should deepen ties. South Korea and Japan trade.';
const draft: DraftAnnotation = {
  actors: [
    { id: 'KOR', name: 'South Korea', kind: 'state', iso3: 'KOR', aliases: ['ROK'], isNew: false },
    { id: 'JPN', name: 'Japan', kind: 'state', iso3: 'JPN', aliases: [], isNew: false },
  ],
  relationships: [
    {
      id: 'jpn-partnership-kor',
      source: 'JPN',
      target: 'KOR',
      type: 'PARTNERSHIP',
      modality: 'recommendation',
      attributes: {},
      evidence: [{ quote: 'South Korea and Japan should deepen ties', start: 0, end: 40 }],
      confidence: 0.6,
      cues: ['should', 'ties'],
      inferred: false,
      negated: false,
      addressee: 'KOR',
    },
    {
      id: 'jpn-trade-kor',
      source: 'JPN',
      target: 'KOR',
      type: 'TRADE',
      modality: 'fact',
      attributes: {},
      evidence: [{ quote: 'South Korea and Japan trade', start: 42, end: 69 }],
      confidence: 0.8,
      cues: ['trade'],
      inferred: false,
      negated: false,
    },
  ],
};

describe('the first state of a review', () => {
  it("keeps the drafter's addressee of a recommendation on its card, so the save names who should act", () => {
    const review = initialReview(text, draft, null);
    expect(review.cards.map((c) => c.addressee)).toEqual(['KOR', undefined]);
  });

  it('proposes every drafted relationship when the brief was never saved', () => {
    const review = initialReview(text, draft, null);
    expect(review.cards.map((c) => [c.key, c.status, c.origin])).toEqual([
      ['draft-1', 'proposed', 'draft'],
      ['draft-2', 'proposed', 'draft'],
    ]);
    expect(review.actors.KOR?.name).toBe('South Korea');
  });

  it('starts from the saved annotation, accepted, and keeps only the draft proposals it lacks', () => {
    const saved = {
      actors: [{ id: 'KOR', name: 'Republic of Korea', kind: 'state', iso3: 'KOR', aliases: ['ROK'] }],
      relationships: [
        {
          source: 'JPN',
          target: 'KOR',
          type: 'TRADE' as const,
          modality: 'fact' as const,
          evidence: [{ quote: 'South Korea and Japan', occurrence: 2 }],
          negated: true,
        },
      ],
    };
    const review = initialReview(text, draft, saved);
    expect(review.cards.map((c) => [c.key, c.status, c.type])).toEqual([
      ['saved-1', 'accepted', 'TRADE'],
      ['draft-1', 'proposed', 'PARTNERSHIP'],
    ]);
    expect(review.cards[0]?.evidence).toEqual([{ quote: 'South Korea and Japan', start: 42, end: 63 }]);
    expect(review.cards[0]?.negated).toBe(true);
    expect(review.actors.KOR?.name).toBe('Republic of Korea');
  });

  it('finds the nth overlapping occurrence of a quote', () => {
    expect(occurrenceStart('aaaa', 'aa', 3)).toBe(2);
    expect(occurrenceStart('aaaa', 'aa', 4)).toBeNull();
    expect(occurrenceStart(text, 'South Korea', 2)).toBe(42);
  });
});

describe('changes and undo', () => {
  it('an edit accepts the card with its new values and adds the actors chosen', () => {
    const review = initialReview(text, draft, null);
    const edited = editCard(
      review,
      'draft-2',
      { ...review.cards[1]!, source: 'KOR', target: 'CHN', note: 'China, not Japan.' },
      [{ id: 'CHN', name: 'China', kind: 'state', iso3: 'CHN', aliases: [], isNew: false }],
    );
    expect(edited.cards[1]).toMatchObject({
      status: 'accepted',
      source: 'KOR',
      target: 'CHN',
      note: 'China, not Japan.',
    });
    expect(edited.actors.CHN?.name).toBe('China');
    expect(review.cards[1]?.status).toBe('proposed');
  });

  it('undoes the last action first, back to the first state, then has nothing more', () => {
    const s0 = initialReview(text, draft, null);
    let undo = emptyUndo<typeof s0>();
    const s1 = setStatus(s0, 'draft-1', 'accepted');
    undo = pushUndo(undo, s0, 'Accepted');
    const s2 = setStatus(s1, 'draft-2', 'rejected');
    undo = pushUndo(undo, s1, 'Rejected');
    expect(s2.cards.map((c) => c.status)).toEqual(['accepted', 'rejected']);
    const first = popUndo(undo)!;
    expect(first.label).toBe('Rejected');
    expect(first.state).toBe(s1);
    const second = popUndo(first.stack)!;
    expect(second.state).toBe(s0);
    expect(popUndo(second.stack)).toBeNull();
  });

  it('keeps at most a hundred steps', () => {
    let undo = emptyUndo<number>();
    for (let i = 0; i < 150; i++) undo = pushUndo(undo, i, 'x');
    expect(undo.past).toHaveLength(100);
    expect(undo.past[0]?.state).toBe(50);
  });
});
