/**
 * A draft as the relationship and actor parts of a seed annotation file (seeds/README.md): the
 * offsets become `occurrence` where a quote occurs more than once; `inferred` and `negated`
 * become the file's flags (each with the `note` the format asks for), a recommendation keeps its
 * `addressee`, and the drafter's own fields (confidence, cues, isNew) go. What a reviewed draft
 * is saved as.
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
    addressee?: string;
    inferred?: true;
    negated?: true;
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

/** The note a drafted flag carries until a reviewer writes why (the format requires one for `inferred`). */
export const DRAFTED_NOTES = {
  inferred: 'Drafted: an end is inferred, not named in the quote; say why it is read so.',
  negated: 'Drafted: a negative finding (the text says this is not so, or not known).',
} as const;

export function toAnnotationParts(text: string, draft: DraftAnnotation): AnnotationParts {
  const relationships = draft.relationships.map((r) => {
    const notes = [r.inferred ? DRAFTED_NOTES.inferred : null, r.negated ? DRAFTED_NOTES.negated : null];
    const note = notes.filter((n) => n !== null).join(' ');
    return {
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
      ...(r.modality === 'recommendation' ? { addressee: r.addressee ?? r.source } : {}),
      ...(r.inferred ? { inferred: true as const } : {}),
      ...(r.negated ? { negated: true as const } : {}),
      ...(note ? { note } : {}),
    };
  });
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
