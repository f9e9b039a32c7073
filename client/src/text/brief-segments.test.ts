import { describe, expect, it } from 'vitest';
import { segmentBrief } from './brief-segments.ts';

const text = 'Title\n\n \n\nNorth Korea provokes. China supports it.\nNext line.';
const at = (quote: string) => text.indexOf(quote);

describe('cutting a brief into highlighted segments', () => {
  it('splits paragraphs at blank lines, even lines holding only a no-break space', () => {
    const paragraphs = segmentBrief(text, []);
    expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual([
      'Title',
      'North Korea provokes. China supports it.\nNext line.',
    ]);
  });

  it('covers exactly the quoted characters', () => {
    const start = at('North Korea provokes');
    const paragraphs = segmentBrief(text, [{ start, end: start + 20, relationshipId: 'a' }]);
    const marked = paragraphs.flat().filter((s) => s.relationshipIds.length > 0);
    expect(marked.map((s) => s.text)).toEqual(['North Korea provokes']);
  });

  it('cuts overlapping quotes so each piece knows every relationship over it, tightest first', () => {
    const wide = { start: at('North'), end: at('\nNext'), relationshipId: 'wide' };
    const tight = { start: at('China'), end: at('China') + 5, relationshipId: 'tight' };
    const segments = segmentBrief(text, [wide, tight]).flat();
    const china = segments.find((s) => s.text === 'China');
    expect(china?.relationshipIds).toEqual(['tight', 'wide']);
    expect(segments.find((s) => s.text.startsWith('North'))?.relationshipIds).toEqual(['wide']);
  });

  it('keeps offsets: every segment is the text between its start and end', () => {
    const spans = [{ start: 3, end: 15, relationshipId: 'x' }];
    for (const s of segmentBrief(text, spans).flat()) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ignores spans outside the text instead of failing', () => {
    expect(() => segmentBrief(text, [{ start: 10, end: 9999, relationshipId: 'x' }])).not.toThrow();
  });
});

describe('extra boundaries', () => {
  it('cuts at them too, so a front-matter range never shares a segment with the text after it', () => {
    const text = 'Header line then body';
    const segments = segmentBrief(text, [], [11]).flat();
    expect(segments.map((s) => s.text)).toEqual(['Header line', ' then body']);
  });
});
