/**
 * Unsaved review work in localStorage, keyed by the brief id and its text's sha256 (so work on
 * a text that has since changed is never put back on another text); cleared after a save.
 */
import type { Review } from './review-model.ts';

const VERSION = 1;

interface Stored {
  readonly version: number;
  readonly savedAt: string;
  readonly review: Review;
}

export const storageKey = (briefId: string, sha256: string) => `briefgraph.review.${briefId}.${sha256}`;

export function storeReview(storage: Storage, key: string, review: Review, now = new Date()): void {
  const value: Stored = { version: VERSION, savedAt: now.toISOString(), review };
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the work stays in the page, as before local storage.
  }
}

/** The stored work and when it was stored, or null when there is none or it is unreadable. */
export function restoreReview(
  storage: Storage,
  key: string,
  textLength: number,
): { review: Review; savedAt: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  const s = parsed as Stored | null;
  if (!s || s.version !== VERSION || typeof s.review !== 'object' || !Array.isArray(s.review?.cards))
    return null;
  const fits = s.review.cards.every(
    (c) =>
      Array.isArray(c.evidence) &&
      c.evidence.every((e: { start: number; end: number }) => e.start >= 0 && e.end <= textLength),
  );
  return fits ? { review: s.review, savedAt: s.savedAt } : null;
}

export function forgetReview(storage: Storage, key: string): void {
  storage.removeItem(key);
}
