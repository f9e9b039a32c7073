import { describe, expect, it } from 'vitest';
import { placeProblems, problemsOf, unsupportedFlagsHint } from './server-problems.ts';

describe("a refused save's problems", () => {
  it('go on the card of the relationship index they name', () => {
    const placed = placeProblems(
      [
        'relationships[1] (kor-alliance-usa).evidence[0]: quote not found in brief text',
        'relationships[0]: unknown actor "XYZ"',
        'brief.sha256: does not match the text',
      ],
      ['draft-3', 'new-1'],
      ['jpn-trade-kor', 'kor-alliance-usa'],
    );
    expect(placed).toEqual([
      {
        message: 'relationships[1] (kor-alliance-usa).evidence[0]: quote not found in brief text',
        cardKey: 'new-1',
      },
      { message: 'relationships[0]: unknown actor "XYZ"', cardKey: 'draft-3' },
      { message: 'brief.sha256: does not match the text', cardKey: null },
    ]);
  });

  it('are found after the place in the file a message may start with', () => {
    const placed = placeProblems(
      [
        'b.annotations.json:12:9: relationships[0] (jpn-trade-kor).evidence[0]: quote not found in brief text',
      ],
      ['draft-3'],
      ['jpn-trade-kor'],
    );
    expect(placed[0]?.cardKey).toBe('draft-3');
  });

  it('fall back on the id in brackets when the index does not match it', () => {
    const placed = placeProblems(
      ['relationships[7] (kor-alliance-usa): bad'],
      ['a', 'b'],
      ['x', 'kor-alliance-usa'],
    );
    expect(placed[0]?.cardKey).toBe('b');
  });

  it('are read from details.problems, or from a list of field problems', () => {
    expect(problemsOf({ problems: ['one', 2, 'two'] })).toEqual(['one', 'two']);
    expect(problemsOf([{ field: 'relationships[0].type', message: 'Invalid option' }])).toEqual([
      'relationships[0].type: Invalid option',
    ]);
    expect(problemsOf(undefined)).toEqual([]);
  });
});

describe('flags the server does not take yet', () => {
  it('are named in a hint, once each', () => {
    expect(
      unsupportedFlagsHint([
        'annotation: relationships[0] (usa-deployment-kor): Unrecognized key: "inferred"',
        'annotation: relationships[2] (x): Unrecognized keys: "negated", "inferred"',
      ]),
    ).toMatch(/does not record inferred, negated yet/);
    expect(unsupportedFlagsHint(['relationships[0]: quote not found in brief text'])).toBeNull();
  });
});
