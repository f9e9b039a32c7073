import { describe, expect, it } from 'vitest';
import { actors } from '../test-support/fixtures.ts';
import { localSearch } from './local-search.ts';

describe('searching loaded actors when the server cannot', () => {
  it('finds an actor by alias, whatever the case', () => {
    expect(localSearch(actors, 'dprk', 5)[0]?.actor.id).toBe('PRK');
    expect(localSearch(actors, 'Washington', 5)[0]).toMatchObject({ matched: 'Washington' });
  });

  it('ranks an exact match above a prefix and a prefix above a substring', () => {
    const hits = localSearch(actors, 'korea', 5).map((h) => h.actor.id);
    expect(hits).toEqual(['PRK', 'KOR']);
    expect(localSearch(actors, 'rok', 5)[0]?.actor.id).toBe('KOR');
  });

  it('finds nothing for an empty query', () => {
    expect(localSearch(actors, '  ', 5)).toEqual([]);
  });
});
