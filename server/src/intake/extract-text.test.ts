import { describe, expect, it } from 'vitest';
import { fileFormat, pageParagraphs } from './extract-text.ts';

/** A PDF.js text item at height y (12-point text). */
const item = (str: string, y: number, hasEOL = true) => ({
  str,
  hasEOL,
  height: 12,
  transform: [12, 0, 0, 12, 72, y],
});

describe('pageParagraphs', () => {
  it('joins the lines of a paragraph with a space and starts a paragraph at a gap taller than a line and a half', () => {
    const items = [
      item('South Korea and Japan', 700),
      item('met in Tokyo.', 685),
      item('A new paragraph.', 655),
    ];
    expect(pageParagraphs(items)).toEqual(['South Korea and Japan met in Tokyo.', 'A new paragraph.']);
  });

  it('joins a word hyphenated across a line end, but keeps a hyphen before a capital', () => {
    expect(pageParagraphs([item('closer coop-', 700), item('eration.', 685)])).toEqual([
      'closer cooperation.',
    ]);
    expect(pageParagraphs([item('the China-', 700), item('Russia summit', 685)])).toEqual([
      'the China- Russia summit',
    ]);
  });

  it('builds a line from several items until its end-of-line mark, and an empty line ends a paragraph', () => {
    const items = [item('Korea', 700, false), item(' and the U.S.', 700), item('', 685), item('Next.', 670)];
    expect(pageParagraphs(items)).toEqual(['Korea and the U.S.', 'Next.']);
  });

  it('starts a paragraph where the text moves up the page (a new column)', () => {
    expect(pageParagraphs([item('Left column ends.', 100), item('Right column starts.', 700)])).toEqual([
      'Left column ends.',
      'Right column starts.',
    ]);
  });
});

describe('fileFormat', () => {
  it('knows a PDF by its first bytes whatever it is called, then HTML and text by type or name', () => {
    expect(fileFormat(Buffer.from('%PDF-1.7 ...'), 'application/octet-stream', 'x.bin')).toBe('pdf');
    expect(fileFormat(Buffer.from('<p>x</p>'), 'text/html', 'x')).toBe('html');
    expect(fileFormat(Buffer.from('<p>x</p>'), 'application/octet-stream', 'page.htm')).toBe('html');
    expect(fileFormat(Buffer.from('  <!DOCTYPE html><html>'), '', 'noname')).toBe('html');
    expect(fileFormat(Buffer.from('plain'), 'text/plain; charset=utf-8', 'a')).toBe('text');
    expect(fileFormat(Buffer.from([0x89, 0x50]), 'image/png', 'a.png')).toBeNull();
  });
});
