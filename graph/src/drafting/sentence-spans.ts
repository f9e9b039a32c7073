/** Spans inside one sentence, in brief offsets: clauses, relative clauses, the span of a quote. */
/** The smallest span holding every span given. */
export function spanOf(...spans: ({ start: number; end: number } | undefined)[]): {
  start: number;
  end: number;
} {
  const present = spans.filter((s): s is { start: number; end: number } => s !== undefined);
  return {
    start: Math.min(...present.map((s) => s.start)),
    end: Math.max(...present.map((s) => s.end)),
  };
}

/** Where the clause of `from` ends: the next comma, semicolon or colon, or the sentence's end. */
export function clauseEnd(sentence: string, sentenceStart: number, from: number): number {
  const rel = /[,;:]/u.exec(sentence.slice(from - sentenceStart));
  return rel ? from + rel.index : sentenceStart + sentence.length;
}

/** Spans of ", which ... ," and ", who ... ,": their groups are no subject of the main verb. */
export function relativeSpans(sentence: string, sentenceStart: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(/,\s+(?:which|who)\b[^,]*,/gu)) {
    out.push([sentenceStart + m.index, sentenceStart + m.index + m[0].length]);
  }
  return out;
}

/** No comma or semicolon between a and b, but for a relative clause (", which is making"). */
export function sameClause(sentence: string, sentenceStart: number, a: number, b: number): boolean {
  return !/[,;:](?!\s+(?:which|who)\b)/u.test(sentence.slice(a - sentenceStart, b - sentenceStart));
}
