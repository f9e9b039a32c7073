/**
 * Cuts a brief's text into paragraphs of segments, each segment covered by the same set of
 * evidence spans, so the reader can draw overlapping quotes without nesting marks. Offsets are
 * JavaScript string indices, as in the API (text.slice(start, end) === quote). DOM-free.
 */

export interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly relationshipId: string;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Relationships whose evidence covers this segment, the tightest quote first. */
  readonly relationshipIds: readonly string[];
}

export type Paragraph = readonly Segment[];

/** A newline, then anything blank (spaces, no-break spaces, more newlines), then a newline. */
const PARAGRAPH_BREAK = /\n\s*\n/g;

/** `boundaries`: more offsets to cut at (the ends of the front matter), so no segment straddles one. */
export function segmentBrief(
  text: string,
  spans: readonly SpanLike[],
  boundaries: readonly number[] = [],
): Paragraph[] {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .slice()
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);

  const breaks: Array<[number, number]> = [];
  for (const m of text.matchAll(PARAGRAPH_BREAK)) breaks.push([m.index, m.index + m[0].length]);

  const cuts = new Set<number>([0, text.length, ...boundaries.filter((b) => b > 0 && b < text.length)]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  for (const [a, b] of breaks) {
    cuts.add(a);
    cuts.add(b);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const paragraphs: Segment[][] = [];
  let current: Segment[] = [];
  let breakIndex = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    while (breakIndex < breaks.length && (breaks[breakIndex] as [number, number])[1] <= start) breakIndex++;
    const brk = breaks[breakIndex];
    if (brk && start >= brk[0] && end <= brk[1]) {
      if (current.length) paragraphs.push(current);
      current = [];
      continue;
    }
    const ids: string[] = [];
    for (const s of valid) {
      if (s.start <= start && s.end >= end && !ids.includes(s.relationshipId)) ids.push(s.relationshipId);
    }
    current.push({ start, end, text: text.slice(start, end), relationshipIds: ids });
  }
  if (current.length) paragraphs.push(current);
  return paragraphs.filter((p) => p.some((s) => s.text.trim() !== ''));
}
