import { describe, expect, it, vi } from 'vitest';
import type { Neo4jGateway } from './neo4j-gateway.ts';
import {
  createSnapshot,
  MAX_SNAPSHOT_BYTES,
  newSnapshotId,
  type SnapshotDraft,
  SnapshotTooLargeError,
} from './snapshots.repository.ts';

const draft = (quote: string): SnapshotDraft => ({
  title: 'A snapshot',
  source: 'Source: a brief',
  filters: {},
  frame: '16:9',
  scope: 'all',
  bundle: true,
  nodes: [
    { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [] },
    { id: 'USA', name: 'United States', kind: 'state', aliases: [] },
  ],
  edges: [
    {
      id: 'kor-alliance-usa',
      source: 'KOR',
      target: 'USA',
      type: 'ALLIANCE',
      directed: false,
      modality: 'fact',
      quadClass: 2,
      attributes: {},
      evidence: [{ briefId: 'brief-a', quote, start: 0, end: quote.length }],
    },
  ],
  positions: { KOR: { x: 0, y: 0 }, USA: { x: 100, y: 0 } },
  zoom: 1,
  pan: { x: 0, y: 0 },
});

function stubGateway() {
  const write = vi.fn(
    async (_options: unknown, work: (run: (c: string, p?: unknown) => Promise<unknown[]>) => unknown) =>
      work(async () => []),
  );
  return { gateway: { write } as unknown as Neo4jGateway, write };
}

describe('newSnapshotId', () => {
  it('is 22 base64url characters (128 random bits), different every time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newSnapshotId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('createSnapshot', () => {
  it('validates, dates and CREATEs the snapshot as one JSON property', async () => {
    const { gateway, write } = stubGateway();
    const snapshot = await createSnapshot(gateway, draft('the alliance'), new Date('2026-11-29T10:00:00Z'));
    expect(snapshot).toMatchObject({
      version: 2,
      createdAt: '2026-11-29T10:00:00.000Z',
      title: 'A snapshot',
    });
    expect(write).toHaveBeenCalledOnce();
  });

  it('refuses a snapshot over the size limit before writing anything', async () => {
    const { gateway, write } = stubGateway();
    await expect(createSnapshot(gateway, draft('x'.repeat(MAX_SNAPSHOT_BYTES)))).rejects.toBeInstanceOf(
      SnapshotTooLargeError,
    );
    expect(write).not.toHaveBeenCalled();
  });

  it('refuses an invalid snapshot before writing anything', async () => {
    const { gateway, write } = stubGateway();
    await expect(createSnapshot(gateway, { ...draft('q'), nodes: [] })).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      status: 400,
      message:
        'The snapshot cannot be stored: nodes: Too small: expected array to have >=1 items; nothing was stored.',
    });
    expect(write).not.toHaveBeenCalled();
  });
});
