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

/** kor-alliance-usa; a second one of the same triple gets -2 (RelationshipIdSchema: lower kebab). */
export function relationshipIds(cards: readonly Pick<Card, 'source' | 'type' | 'target'>[]): string[] {
  const taken = new Set<string>();
  return cards.map((c) => {
    const base = `${c.source}-${c.type}-${c.target}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** What the drafter says of an inferred end when the reviewer wrote no note for it. */
const INFERRED_NOTE = 'An end the text does not name here, inferred by the drafter and accepted in review.';

export interface BuiltBody {
  readonly body: AnnotationBody;
  /** The card of each relationship, by index in body.relationships (server problems name that index). */
  readonly cardKeys: readonly string[];
}

export function buildAnnotationBody(
  brief: Brief,
  review: Review,
  frontMatter: AnnotationBody['frontMatter'] = [],
): BuiltBody {
  const accepted = review.cards.filter((c) => c.status === 'accepted');
  const ids = relationshipIds(accepted);
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
    frontMatter,
    actors,
    relationships,
  };
  return { body, cardKeys: accepted.map((c) => c.key) };
}
