import { describe, expect, it } from 'vitest';
import { SeedValidationError } from '../domain/errors.ts';
import { frontMatterRanges, lineRanges } from './front-matter.ts';
import { assertValidSeed, sha256 } from './validate-seed.ts';

const text = 'Masthead\n\nDate 2023-04-03 View 2,417\n\nme@example.org\n\nAlpha provokes Beta.\n\nThe end.';

function annotation(frontMatter: unknown) {
  return {
    brief: {
      id: 'unit-brief',
      textFile: 'unit-brief.txt',
      sha256: sha256(text),
      title: 'Unit',
      publisher: 'Nobody',
      authors: [{ name: 'A. Author' }],
      publishedOn: '2024-02-03',
      language: 'en',
    },
    frontMatter,
    actors: [
      { id: 'ALPHA', name: 'Alpha', kind: 'state' },
      { id: 'BETA', name: 'Beta', kind: 'state' },
    ],
    relationships: [
      {
        id: 'alpha-provocation-beta',
        source: 'ALPHA',
        target: 'BETA',
        type: 'PROVOCATION',
        modality: 'fact',
        evidence: [{ quote: 'Alpha provokes Beta' }],
      },
    ],
  };
}

const problems = (frontMatter: unknown): readonly string[] => {
  try {
    assertValidSeed(annotation(frontMatter), text, 'unit.json');
    return [];
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
};

describe('front matter in the annotation', () => {
  it('lines split at LF, each ending before its LF', () => {
    expect(lineRanges('a\n\nbc')).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 2 },
      { start: 3, end: 5 },
    ]);
  });

  it('lines 1 to 5 become the characters from the first line to the end of the fifth, the text untouched', () => {
    const seed = assertValidSeed(annotation([{ fromLine: 1, toLine: 5 }]), text, 'unit.json');
    expect(seed.frontMatter).toEqual([{ start: 0, end: text.indexOf('me@example.org') + 14 }]);
    const [range] = seed.frontMatter;
    expect(text.slice(range?.start, range?.end)).toBe(
      'Masthead\n\nDate 2023-04-03 View 2,417\n\nme@example.org',
    );
    expect(seed.text).toBe(text);
  });

  it('is optional: without it a brief has none', () => {
    const { frontMatter: _none, ...without } = annotation([]);
    expect(assertValidSeed(without, text, 'unit.json').frontMatter).toEqual([]);
  });

  it('changes the content hash, so a changed front matter is loaded again', () => {
    const a = assertValidSeed(annotation([]), text, 'unit.json');
    const b = assertValidSeed(annotation([{ fromLine: 1, toLine: 1 }]), text, 'unit.json');
    expect(a.contentHash).not.toBe(b.contentHash);
  });

  it('refuses lines holding evidence, beyond the text, reversed or overlapping, saying where', () => {
    expect(problems([{ fromLine: 5, toLine: 7 }])).toEqual([
      expect.stringMatching(
        /^unit\.json: frontMatter\[0\]: lines 5-7 hold evidence \("Alpha provokes Beta"\)$/,
      ),
    ]);
    expect(problems([{ fromLine: 9, toLine: 12 }])).toEqual([
      expect.stringContaining('frontMatter[0]: lines 9-12 are outside the text, which has 9 lines'),
    ]);
    expect(problems([{ fromLine: 3, toLine: 1 }])).toEqual([
      expect.stringContaining('frontMatter[0]: toLine 1 is before fromLine 3'),
    ]);
    expect(
      problems([
        { fromLine: 1, toLine: 3 },
        { fromLine: 3, toLine: 5 },
      ]),
    ).toEqual([expect.stringContaining('frontMatter[1]: lines 3-5 overlap or come before the previous')]);
    expect(problems([{ fromLine: 0, toLine: 1 }])).toEqual([
      expect.stringContaining('frontMatter[0].fromLine'),
    ]);
    expect(problems([{ fromLine: 1, toLine: 1, extra: true }])).toHaveLength(1);
  });

  it('the ranges of a well-formed list, in order', () => {
    const heard: string[] = [];
    const ranges = frontMatterRanges(
      [
        { fromLine: 1, toLine: 1 },
        { fromLine: 5, toLine: 5 },
      ],
      text,
      [],
      (i, m) => heard.push(`${i}: ${m}`),
    );
    expect(heard).toEqual([]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Masthead', 'me@example.org']);
  });
});
