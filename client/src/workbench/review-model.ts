/**
 * The review's state, DOM-free: the actors known to this review and one card per relationship
 * (drafted, saved before, or made by the reviewer), each proposed, accepted or rejected. Every
 * change is a pure function of the state, so the undo stack (undo-stack.ts) keeps whole states.
 */
import type { DraftAnnotation } from '../api/api-client.ts';

export type CardStatus = 'proposed' | 'accepted' | 'rejected';
export type Modality = DraftAnnotation['relationships'][number]['modality'];
export type RelationshipType = DraftAnnotation['relationships'][number]['type'];
export type AttributeValue = DraftAnnotation['relationships'][number]['attributes'][string];

export interface Span {
  readonly quote: string;
  /** JS string offsets into the brief text: text.slice(start, end) === quote. */
  readonly start: number;
  readonly end: number;
}

export interface WorkActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly iso3?: string;
  readonly aliases: readonly string[];
  /** Not in the graph yet: made by the drafter or the reviewer. */
  readonly isNew: boolean;
}

export interface Card {
  /** Stable within the review (not the saved id, which is derived at save time). */
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationshipType;
  readonly modality: Modality;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly evidence: readonly Span[];
  /** The drafter's confidence and cues; null and empty for a card the reviewer made. */
  readonly confidence: number | null;
  readonly cues: readonly string[];
  readonly inferred: boolean;
  readonly negated: boolean;
  readonly addressee?: string;
  readonly note?: string;
  readonly status: CardStatus;
  readonly origin: 'draft' | 'saved' | 'manual';
}

export interface Review {
  readonly actors: Readonly<Record<string, WorkActor>>;
  readonly cards: readonly Card[];
}

export type CardFields = Omit<Card, 'key' | 'status' | 'origin' | 'confidence' | 'cues'>;

export function setStatus(review: Review, key: string, status: CardStatus): Review {
  return {
    ...review,
    cards: review.cards.map((c) => (c.key === key ? { ...c, status } : c)),
  };
}

/** An edit accepts the card: the reviewer has said what it should be. */
export function editCard(
  review: Review,
  key: string,
  fields: CardFields,
  actors: readonly WorkActor[],
): Review {
  return {
    actors: withActors(review.actors, actors),
    cards: review.cards.map((c) => (c.key === key ? { ...c, ...fields, status: 'accepted' } : c)),
  };
}

export function createCard(review: Review, fields: CardFields, actors: readonly WorkActor[]): Review {
  const key = nextKey(review, 'new');
  const card: Card = { ...fields, key, confidence: null, cues: [], status: 'accepted', origin: 'manual' };
  return { actors: withActors(review.actors, actors), cards: [...review.cards, card] };
}

function withActors(known: Review['actors'], actors: readonly WorkActor[]): Review['actors'] {
  const next = { ...known };
  for (const a of actors) next[a.id] = a;
  return next;
}

function nextKey(review: Review, prefix: string): string {
  let n = review.cards.length + 1;
  while (review.cards.some((c) => c.key === `${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Offsets of the nth (1-based) occurrence of quote, counting overlapping ones; null if none. */
export function occurrenceStart(text: string, quote: string, occurrence = 1): number | null {
  let from = 0;
  for (let n = 1; ; n++) {
    const at = text.indexOf(quote, from);
    if (at < 0) return null;
    if (n === occurrence) return at;
    from = at + 1;
  }
}

type SavedFile = {
  readonly actors: ReadonlyArray<
    Omit<WorkActor, 'isNew' | 'aliases'> & { readonly aliases?: readonly string[] }
  >;
  readonly relationships: ReadonlyArray<{
    readonly source: string;
    readonly target: string;
    readonly type: RelationshipType;
    readonly modality: Modality;
    readonly attributes?: Readonly<Record<string, AttributeValue>>;
    readonly evidence: ReadonlyArray<{ readonly quote: string; readonly occurrence?: number }>;
    readonly note?: string;
    readonly inferred?: boolean;
    readonly negated?: boolean;
    readonly addressee?: string;
  }>;
};

/**
 * The review's first state: the saved annotation's relationships accepted (when the brief was
 * reviewed), then the draft's proposals that the saved ones do not already hold.
 */
export function initialReview(text: string, draft: DraftAnnotation | null, saved: SavedFile | null): Review {
  const actors: Record<string, WorkActor> = {};
  for (const a of draft?.actors ?? []) actors[a.id] = { ...a };
  // The export may leave defaulted fields out (an actor without aliases).
  for (const a of saved?.actors ?? []) actors[a.id] = { ...a, aliases: [...(a.aliases ?? [])], isNew: false };
  const cards: Card[] = [];
  for (const r of saved?.relationships ?? []) {
    const evidence = r.evidence.flatMap((e): Span[] => {
      const start = occurrenceStart(text, e.quote, e.occurrence ?? 1);
      return start === null ? [] : [{ quote: e.quote, start, end: start + e.quote.length }];
    });
    cards.push({
      key: `saved-${cards.length + 1}`,
      source: r.source,
      target: r.target,
      type: r.type,
      modality: r.modality,
      attributes: r.attributes ?? {},
      evidence,
      confidence: null,
      cues: [],
      inferred: r.inferred ?? false,
      negated: r.negated ?? false,
      ...(r.addressee ? { addressee: r.addressee } : {}),
      ...(r.note ? { note: r.note } : {}),
      status: 'accepted',
      origin: 'saved',
    });
  }
  const same = (a: Card, r: DraftAnnotation['relationships'][number]) =>
    a.source === r.source &&
    a.target === r.target &&
    a.type === r.type &&
    a.evidence.some((e) => r.evidence.some((d) => d.start === e.start));
  let n = 0;
  for (const r of draft?.relationships ?? []) {
    n++;
    if (cards.some((c) => same(c, r))) continue;
    cards.push({
      key: `draft-${n}`,
      source: r.source,
      target: r.target,
      type: r.type,
      modality: r.modality,
      attributes: r.attributes,
      evidence: r.evidence.map((e) => ({ ...e })),
      confidence: r.confidence,
      cues: r.cues,
      inferred: r.inferred,
      negated: r.negated,
      // Who should act: the drafter names it on every recommendation (the loader requires one).
      ...(r.addressee ? { addressee: r.addressee } : {}),
      status: 'proposed',
      origin: 'draft',
    });
  }
  return { actors, cards };
}

export function actorName(review: Review, id: string): string {
  return review.actors[id]?.name ?? id;
}
