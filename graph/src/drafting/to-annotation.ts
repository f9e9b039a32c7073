/**
 * A draft as the relationship and actor parts of a seed annotation file (seeds/README.md): the
 * offsets become `occurrence` where a quote occurs more than once, and the drafter's own fields
 * (confidence, cues, inferred, negated, isNew) go. Negative findings are left out: the seed
 * format has no place for them yet. What a reviewed draft is saved as.
 */
import type { DraftAnnotation } from './draft.types.ts';

export interface AnnotationParts {
  actors: { id: string; name: string; kind: string; iso3?: string; aliases: string[] }[];
  relationships: {
    id: string;
    source: string;
    target: string;
    type: string;
    modality: string;
    attributes: Record<string, unknown>;
    evidence: { quote: string; occurrence?: number }[];
    note?: string;
  }[];
}

function occurrences(text: string, quote: string, before: number): { index: number; total: number } {
  let index = 0;
  let total = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    total += 1;
    if (at <= before) index = total;
  }
  return { index, total };
}

export function toAnnotationParts(text: string, draft: DraftAnnotation): AnnotationParts {
  const relationships = draft.relationships
    .filter((r) => !r.negated)
    .map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      modality: r.modality,
      attributes: { ...r.attributes },
      evidence: r.evidence.map((e) => {
        const { index, total } = occurrences(text, e.quote, e.start);
        return total > 1 ? { quote: e.quote, occurrence: index } : { quote: e.quote };
      }),
      ...(r.inferred ? { note: 'drafted: an end is inferred, not named in the quote' } : {}),
    }));
  const used = new Set(relationships.flatMap((r) => [r.source, r.target]));
  const actors = draft.actors
    .filter((a) => used.has(a.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(a.iso3 ? { iso3: a.iso3 } : {}),
      aliases: [...a.aliases],
    }));
  return { actors, relationships };
}
