/**
 * The reviewed annotation as PUT /api/briefs/:id/annotations takes it: a seed annotation file
 * (graph/src/seed/annotation.schema.ts) of the accepted cards, evidence by quote (with its
 * occurrence when the quote is not unique), and every actor those cards use. DOM-free.
 */

import type { Brief } from '@briefgraph/graph/domain/schemas';
import type { AnnotationBody } from '../api/api-client.ts';
import type { Card, Review } from './review-model.ts';

/** 1-based index of the occurrence starting at `start` among all (overlapping) ones; undefined when unique. */
export function occurrenceOf(text: string, quote: string, start: number): number | undefined {
  let count = 0;
  let index = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    count++;
    if (at === start) index = count;
  }
  if (index === 0) throw new Error(`"${quote}" does not start at ${start}`);
  return count > 1 ? index : undefined;
}

/** "Xi Jinping" → XI_JINPING; "Ōsaka Forum" → OSAKA_FORUM (ActorIdSchema: ^[A-Z][A-Z0-9_]{1,63}$). */
export function actorIdFromName(name: string): string {
  const snake = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const lead = /^[A-Z]/.test(snake) ? snake : `A_${snake}`;
  return lead.length >= 2 ? lead.slice(0, 64).replace(/_+$/, '') : `${lead}_ACTOR`;
}

/** What the graph holds under a relationship id, from other briefs than this one. */
export interface KnownRelationship {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly modality: string;
}

type Identity = Pick<Card, 'source' | 'type' | 'target' | 'modality'>;

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const sameIdentity = (a: KnownRelationship, b: Identity) =>
  a.source === b.source && a.target === b.target && a.type === b.type && a.modality === b.modality;

/**
 * kor-alliance-usa, lower kebab (RelationshipIdSchema). One id is one relationship across briefs
 * (the loader refuses the same id with other ends, type or modality, graph/src/seed/merge.ts), so
 * an id another brief holds is reused when it is the same relationship, which corroborates it, and
 * otherwise the modality is added (usa-support-kor-fact), then -2, -3 on a further clash.
 */
export function relationshipIds(
  cards: readonly Identity[],
  known: ReadonlyMap<string, KnownRelationship> = new Map(),
): string[] {
  const taken = new Set<string>();
  return cards.map((c) => {
    const base = kebab(`${c.source}-${c.type}-${c.target}`);
    const fits = (id: string) => {
      const other = known.get(id);
      return !taken.has(id) && (!other || sameIdentity(other, c));
    };
    let id = [base, `${base}-${c.modality}`].find(fits);
    for (let n = 2; !id; n++) if (fits(`${base}-${c.modality}-${n}`)) id = `${base}-${c.modality}-${n}`;
    taken.add(id);
    return id;
  });
}

/** An undirected relationship is stored with its ends in id order, as the drafter and the seeds do. */
export function orderedEnds<T extends Pick<Card, 'source' | 'target' | 'type'>>(
  card: T,
  undirected: ReadonlySet<string>,
): T {
  return undirected.has(card.type) && card.source > card.target
    ? { ...card, source: card.target, target: card.source }
    : card;
}

/** What the drafter says of an inferred end when the reviewer wrote no note for it. */
const INFERRED_NOTE = 'An end the text does not name here, inferred by the drafter and accepted in review.';

export interface BuiltBody {
  readonly body: AnnotationBody;
  /** The card of each relationship, by index in body.relationships (server problems name that index). */
  readonly cardKeys: readonly string[];
}

export interface BodyOptions {
  readonly frontMatter?: AnnotationBody['frontMatter'];
  /** Relationship ids the graph holds from other briefs. */
  readonly known?: ReadonlyMap<string, KnownRelationship>;
  /** The vocabulary's undirected types (their ends go in id order). */
  readonly undirected?: ReadonlySet<string>;
}

export function buildAnnotationBody(brief: Brief, review: Review, options: BodyOptions = {}): BuiltBody {
  const undirected = options.undirected ?? new Set<string>();
  // Two accepted cards that say the same (ends, type, modality) are one relationship with both quotes.
  const groups = new Map<string, Card[]>();
  for (const card of review.cards) {
    if (card.status !== 'accepted') continue;
    const c = orderedEnds(card, undirected);
    const key = [c.source, c.type, c.target, c.modality, c.negated].join(' ');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const merged = [...groups.values()].map((cards) => ({
    ...(cards[0] as Card),
    evidence: cards
      .flatMap((c) => c.evidence)
      .filter((e, i, all) => all.findIndex((x) => x.start === e.start && x.end === e.end) === i),
    attributes: Object.assign({}, ...cards.map((c) => c.attributes).reverse()),
  }));
  const accepted = merged;
  const ids = relationshipIds(accepted, options.known);
  const relationships = accepted.map((c, i) => ({
    id: ids[i] as string,
    source: c.source,
    target: c.target,
    type: c.type,
    modality: c.modality,
    attributes: { ...c.attributes },
    evidence: c.evidence.map((e) => {
      const occurrence = occurrenceOf(brief.text, e.quote, e.start);
      return occurrence === undefined ? { quote: e.quote } : { quote: e.quote, occurrence };
    }),
    ...(c.note || c.inferred ? { note: c.note || INFERRED_NOTE } : {}),
    ...(c.inferred ? { inferred: true as const } : {}),
    ...(c.negated ? { negated: true as const } : {}),
    ...(c.addressee ? { addressee: c.addressee } : {}),
  }));
  const used = [...new Set(accepted.flatMap((c) => [c.source, c.target]))];
  const actors = used.map((id) => {
    const a = review.actors[id];
    return {
      id,
      name: a?.name ?? id,
      kind: (a?.kind ?? 'other') as AnnotationBody['actors'][number]['kind'],
      ...(a?.iso3 ? { iso3: a.iso3 } : {}),
      aliases: [...(a?.aliases ?? [])],
    };
  });
  const b = brief;
  const body: AnnotationBody = {
    brief: {
      id: b.id,
      title: b.title,
      ...(b.series ? { series: b.series } : {}),
      ...(b.number ? { number: b.number } : {}),
      publisher: b.publisher,
      ...(b.publisherPlace ? { publisherPlace: b.publisherPlace } : {}),
      authors: b.authors.map((a) => ({ ...a })),
      publishedOn: b.publishedOn,
      language: b.language,
      sha256: b.sha256,
      ...(b.url ? { url: b.url } : {}),
      textFile: `${b.id}.txt`,
    },
    frontMatter: options.frontMatter ?? [],
    actors,
    relationships,
  };
  return { body, cardKeys: accepted.map((c) => c.key) };
}
