import { describe, expect, it } from 'vitest';
import { pathIds } from '../export/view-payload.ts';
import { actors, koreaToRussia, relationships } from '../test-support/fixtures.ts';
import { bannerParts, panFor, snapshotIdFromPath, snapshotPath, viewportFor } from './snapshot-view.ts';

describe('a permalink', () => {
  it('is /s/:id; other pages are not', () => {
    expect(snapshotIdFromPath('/s/abcdefghijklmnopqrstuv')).toBe('abcdefghijklmnopqrstuv');
    expect(snapshotIdFromPath('/s/abcdefghijklmnopqrstuv/')).toBe('abcdefghijklmnopqrstuv');
    expect(snapshotIdFromPath('/s/nope')).toBe('nope');
    expect(snapshotIdFromPath('/')).toBeNull();
    expect(snapshotIdFromPath('/s/')).toBeNull();
    expect(snapshotIdFromPath('/embed/abcdefghijklmnopqrstuv')).toBeNull();
  });

  it("reads the snapshot's highlighted path back as actors and relationships in order", () => {
    const snapshot = { nodes: actors, edges: relationships, highlightedPath: pathIds(koreaToRussia) };
    expect(snapshotPath(snapshot)).toEqual(koreaToRussia);
    expect(snapshotPath({ ...snapshot, highlightedPath: [] })).toBeNull();
    expect(snapshotPath({ ...snapshot, highlightedPath: ['KOR', 'missing-edge', 'USA'] })).toBeNull();
  });

  it('keeps the stored pan on a canvas of the stored size, and the same centre on another', () => {
    const snapshot = { pan: { x: 10, y: 20 }, viewport: { width: 800, height: 600 } };
    expect(panFor(snapshot, { width: 800, height: 600 })).toEqual({ x: 10, y: 20 });
    expect(panFor(snapshot, { width: 1000, height: 500 })).toEqual({ x: 110, y: -30 });
    expect(panFor({ pan: { x: 10, y: 20 } }, { width: 1000, height: 500 })).toEqual({ x: 10, y: 20 });
  });

  it('has a banner that says snapshot, its title, its date and its caption', () => {
    expect(
      bannerParts({
        title: 'Seoul and Moscow',
        createdAt: '2025-11-29T18:04:00.000Z',
        caption: 'For the briefing',
      }),
    ).toEqual(['Snapshot', 'Seoul and Moscow', '29 November 2025', 'For the briefing']);
    expect(bannerParts({ title: 'T', createdAt: '2025-01-02T00:00:00Z' })).toEqual([
      'Snapshot',
      'T',
      '2 January 2025',
    ]);
  });
});

describe('a permalink on a smaller screen', () => {
  const stored = { zoom: 2, pan: { x: 100, y: 50 }, viewport: { width: 1920, height: 1080 } };

  it('keeps the stored zoom on a canvas a little smaller (a banner above it)', () => {
    expect(viewportFor(stored, { width: 1920, height: 1000 })?.zoom).toBe(2);
  });

  it('on a phone fits the snapshot’s actors instead (null): no corner of a 1920 px frame', () => {
    expect(viewportFor(stored, { width: 390, height: 520 })).toBeNull();
    expect(viewportFor(stored, { width: 1920, height: 1080 })).toEqual({ zoom: 2, pan: { x: 100, y: 50 } });
  });
});
