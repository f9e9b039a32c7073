// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Review } from './review-model.ts';
import { forgetReview, restoreReview, storageKey, storeReview } from './review-storage.ts';

const review: Review = {
  actors: { KOR: { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [], isNew: false } },
  cards: [
    {
      key: 'new-1',
      source: 'KOR',
      target: 'KOR',
      type: 'ALLIANCE',
      modality: 'fact',
      attributes: {},
      evidence: [{ quote: 'Seoul’s', start: 0, end: 7 }],
      confidence: null,
      cues: [],
      inferred: false,
      negated: false,
      status: 'accepted',
      origin: 'manual',
    },
  ],
};

describe('unsaved work in local storage', () => {
  it('comes back for the same brief and text, and not for another text of it', () => {
    localStorage.clear();
    const key = storageKey('b', 'f'.repeat(64));
    storeReview(localStorage, key, review, new Date('2026-01-02T03:04:05Z'));
    expect(restoreReview(localStorage, key, 100)).toEqual({ review, savedAt: '2026-01-02T03:04:05.000Z' });
    expect(restoreReview(localStorage, storageKey('b', 'e'.repeat(64)), 100)).toBeNull();
  });

  it('is gone once forgotten (after a save or a discard)', () => {
    const key = storageKey('b', '0'.repeat(64));
    storeReview(localStorage, key, review);
    forgetReview(localStorage, key);
    expect(restoreReview(localStorage, key, 100)).toBeNull();
  });

  it('is ignored when unreadable or when its offsets do not fit the text', () => {
    localStorage.setItem('k', '{not json');
    expect(restoreReview(localStorage, 'k', 100)).toBeNull();
    localStorage.setItem('k', JSON.stringify({ version: 99, review }));
    expect(restoreReview(localStorage, 'k', 100)).toBeNull();
    storeReview(localStorage, 'k', review);
    expect(restoreReview(localStorage, 'k', 5)).toBeNull();
  });
});
