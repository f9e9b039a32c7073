/**
 * The brief's text as the drafter sees it: sentences and tokens, each with its exact JavaScript
 * string offsets into the text it was given (text.slice(start, end) is always the span). Nothing
 * here rewrites the text; making it canonical (NFC) is the intake's job, once
 * (seed/brief-intake.ts canonicalBriefText).
 */
import { ABBREVIATIONS } from './abbreviations.data.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const abbreviations = new Set(ABBREVIATIONS);
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** A full stop at `index` ends no sentence when it closes an abbreviation ("U.S.", "No.25"). */
function closesAbbreviation(text: string, index: number): boolean {
  let from = index;
  while (from > 0 && /[\p{L}\p{M}.]/u.test(text[from - 1] ?? '')) from -= 1;
  const word = text.slice(from, index + 1);
  if (abbreviations.has(word)) {
    // "... with the U.S. The next ..." still ends there; a lower-case word or a digit goes on.
    const rest = text.slice(index + 1);
    const next = /^[\s\u00a0]*(\S)/u.exec(rest)?.[1] ?? '';
    const atBreak = /^[ \t\u00a0]*\n/u.test(rest);
    if (atBreak) return false;
    if (word === 'U.S.' || word === 'U.K.' || word === 'U.N.' || word === 'E.U.') {
      return !/[\p{Lu}]/u.test(next) || /^[\s\u00a0]*(?:and|or|to|in)\b/u.test(rest);
    }
    return true;
  }
  // A single capital with a stop is an initial ("Kim J. Un") unless a break follows.
  return /^\p{Lu}\.$/u.test(word);
}

/**
 * A line break inside a sentence, as text taken from a PDF has them ("trades with China\nand
 * Russia"): the next line goes on in lower case and this one ends in no stop or colon.
 */
function continuesLine(text: string, at: number): boolean {
  const next = /^[ \t\u00a0]*(\S)/u.exec(text.slice(at + 1))?.[1] ?? '';
  const last = /(\S)[ \t\u00a0\r]*$/u.exec(text.slice(Math.max(0, at - 200), at))?.[1] ?? '';
  return /\p{Ll}/u.test(next) && !/[.!?:]/u.test(last);
}

/**
 * Sentences, split at ., ! or ? followed by space and at line breaks (a brief's paragraphs and
 * headings are lines; a line going on in lower case is the same sentence), trimmed of white
 * space including non-breaking spaces. Empty lines give nothing.
 */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') {
      if (continuesLine(text, i)) continue;
      push(i + 1);
    } else if (c === '.' || c === '!' || c === '?') {
      let end = i + 1;
      // Closing quotes and brackets belong to the sentence they close.
      while (end < text.length && /["'”’)\]]/u.test(text[end] ?? '')) end += 1;
      const after = text[end];
      if (after !== undefined && !/\s/u.test(after)) continue;
      if (c === '.' && closesAbbreviation(text, i)) continue;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

const TOKEN = new RegExp(
  [
    // abbreviations first, so "U.S." and "No." stay one token
    ...[...abbreviations]
      .sort((a, b) => b.length - a.length)
      .map((a) => `${a.replace(/\./g, '\\.')}(?![\\p{L}])`),
    // words, with inner apostrophes (straight or curly) and hyphens: "Korea's", "Asia-Pacific"
    "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*",
    // numbers: 2,417  116%  2023-04-03
    '\\p{N}+(?:[.,:\\-/]\\p{N}+)*%?',
    // anything else that is not white space, one character at a time
    '[^\\s\\p{L}\\p{M}\\p{N}]',
  ].join('|'),
  'gu',
);

/** Words, numbers and punctuation of `text`, with offsets into it. */
export function tokenize(text: string, offset = 0): Span[] {
  const tokens: Span[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + (match.index ?? 0);
    tokens.push({ start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}

/** Whether the characters either side of [start, end) leave it a whole word. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const last = text[end - 1] ?? '';
  return !LETTER.test(before) && (last === '.' || !LETTER.test(after));
}
