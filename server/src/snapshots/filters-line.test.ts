import { describe, expect, it } from 'vitest';
import { filtersLine, filterWords } from './filters-line.ts';

const nodes = [
  { id: 'PRK', name: 'North Korea' },
  { id: 'KOR', name: 'South Korea' },
];
const base = { nodes, edges: 44, drawnEdges: 44, cut: false };

describe('the filters in words', () => {
  it.each([
    [{ quadClass: [3, 4] as const }, 'conflict only'],
    [{ quadClass: [1, 2] as const }, 'cooperation only'],
    [{ quadClass: [1] as const }, 'verbal cooperation only'],
    [{ quadClass: [2, 4] as const }, 'material cooperation and material conflict only'],
    [{ types: ['ALLIANCE', 'TRADE'] as const }, 'alliance, trade'],
    [{ types: ['SECURITY_COOPERATION'] as const }, 'security cooperation'],
    [{ types: ['ALLIANCE', 'PROVOCATION'] as const, quadClass: [4] as const }, 'provocation'],
    [{ modality: ['recommendation'] as const }, 'recommendations only'],
    [
      { quadClass: [3, 4] as const, modality: ['fact', 'assessment'] as const },
      'conflict only; facts and assessments only',
    ],
    [{ briefs: ['second-brief'] }, 'brief second-brief only'],
    [
      { briefs: ['brief-one', 'brief-two'], quadClass: [3, 4] as const },
      'conflict only; briefs brief-one and brief-two only',
    ],
    [{ briefs: ['a1', 'b1', 'c1', 'd1'] }, '4 briefs only'],
    [{ modality: ['fact', 'assessment', 'recommendation'] as const }, null],
    [{}, null],
  ])('%j → %s', (filters, words) => {
    expect(filterWords(filters)).toBe(words);
  });
});

describe('the filters line', () => {
  it('says how many of how many when the total is known, how many when not', () => {
    expect(
      filtersLine({ ...base, filters: { quadClass: [3, 4] }, edges: 14, drawnEdges: 14, totalEdges: 44 }),
    ).toBe('Showing conflict only: 14 of 44 relationships');
    expect(filtersLine({ ...base, filters: { types: ['ALLIANCE', 'TRADE'] }, edges: 4, drawnEdges: 4 })).toBe(
      'Showing alliance, trade: 4 relationships',
    );
  });

  it('says what scope "emphasis" kept, of how many', () => {
    expect(filtersLine({ ...base, highlightedPath: ['KOR', 'r', 'RUS'], drawnEdges: 3, cut: true })).toBe(
      'Showing the highlighted path: 3 of 44 relationships',
    );
    expect(
      filtersLine({ ...base, emphasis: { focus: { actorId: 'PRK', depth: 2 } }, drawnEdges: 20, cut: true }),
    ).toBe('Showing North Korea and what lies within 2 hops: 20 of 44 relationships');
    expect(
      filtersLine({
        ...base,
        filters: { quadClass: [3, 4] },
        edges: 14,
        highlightedPath: ['a'],
        drawnEdges: 1,
        cut: true,
      }),
    ).toBe('Showing conflict only; of that, the highlighted path: 1 of 14 relationships');
  });

  it('says nothing when nothing is left out', () => {
    expect(filtersLine(base)).toBeNull();
    expect(filtersLine({ ...base, highlightedPath: ['KOR'] })).toBeNull();
  });
});
