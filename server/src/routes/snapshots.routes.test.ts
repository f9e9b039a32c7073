import { describe, expect, it } from 'vitest';
import { snapshotIdFromUrl, snapshotLinks } from './snapshots.routes.ts';

const id = 'Ab3_-Ab3_-Ab3_-Ab3_-Ab';

describe('snapshotIdFromUrl', () => {
  it('finds the id in the permalink, the embed page and the image URLs', () => {
    for (const url of [
      `https://bg.example/s/${id}`,
      `https://bg.example/embed/${id}?bare=1`,
      `https://bg.example/api/snapshots/${id}.png?scale=2`,
      `https://bg.example/api/snapshots/${id}.svg`,
      `http://localhost:3000/s/${id}/`,
    ]) {
      expect(snapshotIdFromUrl(url), url).toBe(id);
    }
  });

  it('finds nothing in other URLs', () => {
    for (const url of [
      'not a url',
      `https://bg.example/x/${id}`,
      'https://bg.example/s/short',
      `https://bg.example/s/${id}/more`,
    ]) {
      expect(snapshotIdFromUrl(url), url).toBeNull();
    }
  });
});

describe('snapshotLinks', () => {
  it('builds absolute links from the base URL', () => {
    expect(snapshotLinks('https://bg.example', id)).toEqual({
      id,
      url: `https://bg.example/s/${id}`,
      embedUrl: `https://bg.example/embed/${id}`,
      svgUrl: `https://bg.example/api/snapshots/${id}.svg`,
      pngUrl: `https://bg.example/api/snapshots/${id}.png`,
    });
  });
});
