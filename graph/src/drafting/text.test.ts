import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './text.ts';

describe('splitSentences', () => {
  it('keeps abbreviations inside a sentence and gives offsets that slice back', () => {
    const text = 'Dr. Kim met the U.S. envoy on No.25 Street. Then she left.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Dr. Kim met the U.S. envoy on No.25 Street.',
      'Then she left.',
    ]);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 43],
      [44, 58],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence at "U.S." when a new sentence follows it', () => {
    const text = 'Seoul relies on the U.S. Tokyo does too.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Seoul relies on the U.S.', 'Tokyo does too.']);
  });

  it('counts non-ASCII characters as JavaScript does and keeps curly quotes with their sentence', () => {
    // "Ü" and "é" are one UTF-16 unit each, "😀" two.
    const text = '“Über café,” she said. 😀 Next one’s here.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['“Über café,” she said.', '😀 Next one’s here.']);
    expect(sentences[1]?.start).toBe(23);
    expect(sentences[1]?.end).toBe(42);
  });

  it('splits at line breaks and trims non-breaking spaces, leaving empty lines out', () => {
    const text = 'Title line\n\u00a0\n\u00a0 First sentence\nSecond.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Title line', 'First sentence', 'Second.']);
    expect(sentences[1]?.start).toBe(15);
  });
});

describe('splitSentences across a hard line break', () => {
  it('goes on when the next line starts in lower case, CRLF included', () => {
    const text = 'Japan trades with China\r\nand Russia.\nNext line.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Japan trades with China\r\nand Russia.', 'Next line.']);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 36],
      [37, 47],
    ]);
  });

  it('still ends at a heading followed by a capital', () => {
    expect(splitSentences('Sejong Focus\nThe brief').map((s) => s.text)).toEqual([
      'Sejong Focus',
      'The brief',
    ]);
  });
});

describe('tokenize', () => {
  it('keeps "U.S.", possessives with curly apostrophes, hyphenated names and percentages whole', () => {
    const text = 'The U.S.’s Asia-Pacific trade rose 116%.';
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'The',
      'U.S.',
      '’',
      's',
      'Asia-Pacific',
      'trade',
      'rose',
      '116%',
      '.',
    ]);
    const asia = tokenize(text).find((t) => t.text === 'Asia-Pacific');
    expect(asia).toEqual({ start: 11, end: 23, text: 'Asia-Pacific' });
  });

  it('adds the offset it is given', () => {
    expect(tokenize('Korea', 100)).toEqual([{ start: 100, end: 105, text: 'Korea' }]);
  });
});
