import { textWidth as tableWidth } from '@briefgraph/graph/drawing/text-metrics';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './fonts.ts';

describe('textWidth', () => {
  it('measures with DejaVu Sans advances: wider for more text, bold and larger sizes', () => {
    expect(textWidth('', 12)).toBe(0);
    // DejaVu Sans 2.37: "M" advances 1767 of its 2048 units per em.
    expect(textWidth('M', 2048)).toBe(1767);
    expect(textWidth('MM', 12)).toBeCloseTo(2 * textWidth('M', 12));
    expect(textWidth('South Korea', 12)).toBeGreaterThan(textWidth('Korea', 12));
    expect(textWidth('South Korea', 12, true)).toBeGreaterThan(textWidth('South Korea', 12));
    expect(textWidth('South Korea', 24)).toBeCloseTo(2 * textWidth('South Korea', 12));
    expect(textWidth('서울', 12)).toBeGreaterThan(0);
  });
});

describe("the drawing's width table (graph/src/drawing/text-metrics.ts)", () => {
  it('holds the advance widths of the font file for every character it covers', () => {
    const covered = [
      ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
      ...Array.from({ length: 0xff - 0xa0 + 1 }, (_, i) => 0xa0 + i),
      0x2013,
      0x2014,
      0x2018,
      0x2019,
      0x201c,
      0x201d,
      0x2022,
      0x2026,
    ];
    for (const bold of [false, true]) {
      for (const code of covered) {
        const ch = String.fromCodePoint(code);
        expect(tableWidth(ch, 2048, bold), `U+${code.toString(16)} ${bold ? 'bold' : ''}`).toBe(
          textWidth(ch, 2048, bold),
        );
      }
    }
    expect(tableWidth('South Korea', 12)).toBeCloseTo(textWidth('South Korea', 12), 9);
  });
});

describe('wrapText', () => {
  it('keeps a line that fits, and breaks between words when it does not', () => {
    expect(wrapText('North Korea', 12, 200)).toEqual(['North Korea']);
    const lines = wrapText('China-Russia Summit (March 2023)', 12, 130);
    expect(lines).toEqual(['China-Russia Summit', '(March 2023)']);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(130);
  });

  it('cuts a word longer than a line, and keeps explicit line breaks', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 12, 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    expect(wrapText('one\ntwo', 12, 500)).toEqual(['one', 'two']);
  });

  it('ends the last allowed line with an ellipsis when text is left out', () => {
    const lines = wrapText('a b c d e f g h i j k l m n o p', 12, 30, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
