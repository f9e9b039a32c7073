import { describe, expect, it } from 'vitest';
import { splitSentences } from '../drafting/text.ts';
import { briefSlug, canonicalBriefText, intakeMetadata, uniqueBriefId } from './brief-intake.ts';
import { sha256 } from './validate-seed.ts';

describe('canonicalBriefText', () => {
  it('turns NFD into NFC, so offsets count composed characters', () => {
    const nfd = 'Cafe\u0301 talks.';
    expect(nfd.length).toBe(12);
    const text = canonicalBriefText(nfd);
    expect(text).toBe('Café talks.\n');
    expect(splitSentences(text)[0]).toEqual({ start: 0, end: 11, text: 'Café talks.' });
  });

  it('makes line ends LF, drops a byte-order mark, leading blank lines and trailing white space', () => {
    expect(canonicalBriefText('\uFEFF\r\n  \nTitle\r\n\r\nBody.\rEnd.  \n\n\n')).toBe(
      'Title\n\nBody.\nEnd.\n',
    );
  });

  it('keeps what is inside the text as it is: non-breaking spaces, curly quotes, indentation', () => {
    const inside = '\u00a0 “Quoted” — text\n\tindented';
    expect(canonicalBriefText(inside)).toBe(`${inside}\n`);
  });

  it('is idempotent: a canonical text stays the same', () => {
    const once = canonicalBriefText('A\r\nb\u0301');
    expect(canonicalBriefText(once)).toBe(once);
  });
});

describe('briefSlug', () => {
  it('takes the Latin letters and digits of a title as lower-case words', () => {
    expect(briefSlug("Japan's Defence Review, 2026")).toBe('japans-defence-review-2026');
    expect(briefSlug('Café Diplomacy: Séoul & Hà Nội')).toBe('cafe-diplomacy-seoul-ha-noi');
  });

  it('cuts a long title at a word, at most 60 characters', () => {
    const slug = briefSlug(
      'The Korean Peninsula after the Summit and the Alliance in an Age of Strategic Competition',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('the-korean-peninsula-after-the-summit-and-the-alliance-in-an');
  });

  it('falls back to "brief" for a title without Latin letters or digits, and pads one letter', () => {
    expect(briefSlug('한반도 정세')).toBe('brief');
    expect(briefSlug('X')).toBe('x-brief');
  });
});

describe('uniqueBriefId', () => {
  it('numbers a slug that is taken from 2 on', () => {
    expect(uniqueBriefId('a-b', new Set())).toBe('a-b');
    expect(uniqueBriefId('a-b', new Set(['a-b', 'a-b-2']))).toBe('a-b-3');
  });
});

describe('intakeMetadata', () => {
  it('gives the seed metadata: one author or none, optional fields only when given, the hash of the text', () => {
    const text = 'Body.\n';
    const base = { title: 'T', publisher: 'P', published: '2026-01-02', text, language: 'en' };
    expect(intakeMetadata('t-1', base, text)).toEqual({
      id: 't-1',
      title: 'T',
      publisher: 'P',
      authors: [],
      publishedOn: '2026-01-02',
      language: 'en',
      sha256: sha256(text),
    });
    expect(
      intakeMetadata('t-1', { ...base, author: 'A', url: 'https://x.org/b', series: 'S' }, text),
    ).toMatchObject({
      authors: [{ name: 'A' }],
      url: 'https://x.org/b',
      series: 'S',
    });
  });
});
