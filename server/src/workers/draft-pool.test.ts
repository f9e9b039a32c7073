import { baseActors } from '@briefgraph/graph/drafting/base-gazetteer';
import { draftAnnotation } from '@briefgraph/graph/drafting/draft-annotation';
import { buildGazetteer } from '@briefgraph/graph/drafting/gazetteer';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraftPool } from './draft-pool.ts';

const pool = createDraftPool(1);
afterAll(() => pool.close());

const TEXT =
  'The United States and Japan strengthened their alliance in 2023. China should hold talks with South Korea.';
const known = [{ id: 'ROK_NAVY', name: 'ROK Navy', kind: 'organization' as const, aliases: ['the Navy'] }];

describe('the draft pool', () => {
  it('drafts in a worker exactly as in process', async () => {
    const inProcess = draftAnnotation(TEXT, buildGazetteer(baseActors(), known));
    expect(inProcess.relationships.length).toBeGreaterThan(0);
    expect(await pool.draft(TEXT, known)).toEqual(inProcess);
  });

  it('queues drafts behind the one thread and answers each', async () => {
    const texts = ['Russia supports North Korea.', 'Japan criticised China.', TEXT];
    const drafts = await Promise.all(texts.map((t) => pool.draft(t, [])));
    expect(drafts.map((d) => d.relationships.length > 0)).toEqual([true, true, true]);
  });
});
