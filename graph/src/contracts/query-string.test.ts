import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ActorListQuery, GraphQuery, NeighborhoodQuery, PathsQuery } from './api.contracts.ts';

function problems(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('query strings into the query model', () => {
  it('reads numbers as numbers and lists as comma-separated values, filling in the defaults', () => {
    expect(
      PathsQuery.parse({ from: 'ROK', to: 'Russia', k: '2', types: 'ALLIANCE, TRADE', quadClass: '3,4' }),
    ).toEqual({
      from: 'ROK',
      to: 'Russia',
      k: 2,
      maxHops: 4,
      direction: 'any',
      types: ['ALLIANCE', 'TRADE'],
      quadClass: [3, 4],
    });
  });

  it('takes a repeated parameter as a list', () => {
    expect(GraphQuery.parse({ modality: ['fact', 'assessment'] })).toEqual({
      limit: 500,
      edgeLimit: 5_000,
      format: 'full',
      modality: ['fact', 'assessment'],
    });
  });

  it('treats an empty list parameter as no filter', () => {
    expect(NeighborhoodQuery.parse({ types: '' })).toEqual({ depth: 1, limit: 500 });
  });

  it('refuses an empty, non-numeric or fractional number instead of reading it as 0', () => {
    expect(problems(ActorListQuery, { offset: '' })).toEqual(['offset: must be a number']);
    expect(problems(PathsQuery, { from: 'KOR', to: 'RUS', k: 'three' })).toEqual(['k: must be a number']);
    expect(problems(PathsQuery, { from: 'KOR', to: 'RUS', maxHops: '2.5' })).toEqual([
      'maxHops: must be a whole number',
    ]);
  });

  it('names the bounds of the query model', () => {
    expect(problems(PathsQuery, { from: 'KOR', to: 'RUS', k: '11' })).toEqual(['k: must be at most 10']);
    expect(problems(NeighborhoodQuery, { depth: '0' })).toEqual(['depth: must be at least 1']);
  });

  it('names the list item that is not in the vocabulary', () => {
    expect(problems(GraphQuery, { quadClass: '2,5' })).toHaveLength(1);
    expect(problems(GraphQuery, { quadClass: '2,5' })[0]).toMatch(/^quadClass\.1: /);
    expect(problems(GraphQuery, { types: 'ALLIANCE,FRIENDSHIP' })[0]).toMatch(/^types\.1: /);
  });

  it('requires both ends of a path', () => {
    expect(problems(PathsQuery, { from: 'KOR' })).toEqual(['to: is required']);
  });

  it('ignores unknown parameters such as cache busters', () => {
    expect(GraphQuery.parse({ _: '1733000000' })).toEqual({ limit: 500, edgeLimit: 5_000, format: 'full' });
  });

  it('reads briefs as a list of brief ids, the same as the JSON query model', () => {
    const query = { from: 'KOR', to: 'RUS', briefs: 'sejong-focus-2023-04-no25, second-brief' };
    const parsed = PathsQuery.parse(query);
    expect(parsed.briefs).toEqual(['sejong-focus-2023-04-no25', 'second-brief']);
    // Round trip: the parsed list written back as a query string reads the same.
    const text = new URLSearchParams({ from: 'KOR', to: 'RUS', briefs: parsed.briefs?.join(',') ?? '' });
    expect(PathsQuery.parse(Object.fromEntries(text))).toEqual(parsed);
  });

  it('names a malformed brief id, and keeps the bound of the list', () => {
    expect(problems(GraphQuery, { briefs: 'good-id,Not A Brief' })).toEqual([
      'briefs.1: a brief id is lower-case kebab (sejong-focus-2023-04-no25)',
    ]);
    const many = Array.from({ length: 201 }, (_, i) => `brief-${i}`).join(',');
    expect(problems(GraphQuery, { briefs: many })).toHaveLength(1);
    expect(GraphQuery.parse({ briefs: many.split(',').slice(0, 200).join(',') }).briefs).toHaveLength(200);
  });
});
