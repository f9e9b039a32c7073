import { describe, expect, it } from 'vitest';
import type { BriefMetadata, Relationship } from '../domain/schemas.ts';
import { citation, sourceLine } from './source-line.ts';

const sejong: BriefMetadata = {
  id: 'sejong-focus-2023-04-no25',
  title: "China-Russia Summit and South Korea's Diplomatic and Security Challenges",
  series: 'Sejong Focus',
  number: 'No.25 (April 2023)',
  publisher: 'The Sejong Institute',
  authors: [{ name: 'Hyun-ik Hong' }],
  publishedOn: '2023-04-03',
  language: 'en',
  sha256: '0'.repeat(64),
};

const quoting = (...briefIds: string[]) =>
  ({ evidence: briefIds.map((briefId) => ({ briefId, quote: 'q', start: 0, end: 1 })) }) as Relationship;

describe('citation', () => {
  it('names series and number, publisher and date', () => {
    expect(citation(sejong)).toBe('Sejong Focus No.25, The Sejong Institute, 2023-04-03');
  });

  it('falls back to the title without a series', () => {
    expect(citation({ ...sejong, series: undefined, number: undefined, title: 'A brief' })).toBe(
      'A brief, The Sejong Institute, 2023-04-03',
    );
  });
});

describe('sourceLine', () => {
  it('cites the one brief the evidence quotes', () => {
    expect(sourceLine([quoting(sejong.id), quoting(sejong.id)], [sejong])).toBe(
      'Source: Sejong Focus No.25, The Sejong Institute, 2023-04-03',
    );
  });

  it('cites several briefs, most quoted first, and counts the rest', () => {
    const other = { ...sejong, id: 'other-brief', series: 'Other Series', number: 'No.1' };
    expect(sourceLine([quoting('other-brief', 'other-brief', sejong.id)], [sejong, other])).toBe(
      'Sources: Other Series No.1, The Sejong Institute, 2023-04-03; Sejong Focus No.25, The Sejong Institute, 2023-04-03',
    );
    expect(sourceLine([quoting('a1', 'a2', 'a3', 'a4', 'a5')], [])).toBe(
      'Sources: a1; a2; a3 and 2 more briefs',
    );
  });

  it('is empty without evidence', () => {
    expect(sourceLine([], [sejong])).toBe('');
  });
});
