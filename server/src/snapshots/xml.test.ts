import { describe, expect, it } from 'vitest';
import { escapeXml, jsonForScript, num } from './xml.ts';

describe('escapeXml', () => {
  it('escapes markup characters for content and attributes', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('drops characters XML 1.0 forbids and keeps the rest, astral ones included', () => {
    expect(escapeXml('a\u0000b\u0008c\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('end 😀 서울')).toBe('end 😀 서울');
    expect(escapeXml('tab\tline\n')).toBe('tab&#9;line&#10;');
  });
});

describe('jsonForScript', () => {
  it('cannot end the script element or open a comment', () => {
    const json = jsonForScript({ q: '</script><!-- & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ q: '</script><!-- & \u2028' });
  });
});

describe('num', () => {
  it('rounds to two decimals without a negative zero', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
  });

  it('never writes NaN or Infinity into a document', () => {
    expect([num(Number.NaN), num(Number.POSITIVE_INFINITY), num(-1 / 0)]).toEqual(['0', '0', '0']);
  });
});
