import { describe, expect, it } from 'vitest';
import { emphasisedIds, neighborhoodIds } from './emphasis.ts';

// A chain KOR - USA - JPN - CHN, and a spur USA - RUS.
const edges = [
  { id: 'kor-usa', source: 'KOR', target: 'USA' },
  { id: 'usa-jpn', source: 'USA', target: 'JPN' },
  { id: 'jpn-chn', source: 'JPN', target: 'CHN' },
  { id: 'rus-usa', source: 'RUS', target: 'USA' },
];

describe('neighborhoodIds', () => {
  it('keeps the actors within depth hops and the relationships among them', () => {
    expect([...neighborhoodIds('KOR', 1, edges)].sort()).toEqual(['KOR', 'USA', 'kor-usa']);
    expect([...neighborhoodIds('KOR', 2, edges)].sort()).toEqual([
      'JPN',
      'KOR',
      'RUS',
      'USA',
      'kor-usa',
      'rus-usa',
      'usa-jpn',
    ]);
  });

  it('is the actor alone when it has no relationship', () => {
    expect([...neighborhoodIds('PRK', 3, edges)]).toEqual(['PRK']);
  });
});

describe('emphasisedIds', () => {
  it('is null when the view emphasises nothing, even with a selection', () => {
    expect(emphasisedIds({ edges })).toBeNull();
    expect(emphasisedIds({ edges, emphasis: { selected: { kind: 'actor', id: 'KOR' } } })).toBeNull();
  });

  it('keeps a highlighted path, and a path wins over a focus', () => {
    const kept = emphasisedIds({
      edges,
      highlightedPath: ['KOR', 'kor-usa', 'USA'],
      emphasis: { focus: { actorId: 'CHN', depth: 1 } },
    });
    expect([...(kept ?? [])].sort()).toEqual(['KOR', 'USA', 'kor-usa']);
  });

  it('keeps a focus neighbourhood and the selected relationship with its two actors', () => {
    const kept = emphasisedIds({
      edges,
      emphasis: { focus: { actorId: 'CHN', depth: 1 }, selected: { kind: 'relationship', id: 'rus-usa' } },
    });
    expect([...(kept ?? [])].sort()).toEqual(['CHN', 'JPN', 'RUS', 'USA', 'jpn-chn', 'rus-usa']);
  });
});
