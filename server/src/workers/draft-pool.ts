/**
 * Drafts off the main thread: a worker pool (worker-pool.ts) running draft.worker.ts. One thread
 * by default: each holds compromise's lexicon, and drafts are rate-limited with the renders.
 */
import type { DraftAnnotation } from '@briefgraph/graph/drafting/draft.types';
import type { KnownActor } from '@briefgraph/graph/drafting/gazetteer';
import type { DraftJob } from './draft.worker.ts';
import { createWorkerPool } from './worker-pool.ts';

/** Drafts `text` with a gazetteer of the base list and the `known` actors. */
export type DraftFn = (text: string, known: readonly KnownActor[]) => Promise<DraftAnnotation>;

export interface DraftPool {
  draft: DraftFn;
  close(): Promise<void>;
}

export function createDraftPool(size = 1): DraftPool {
  const pool = createWorkerPool<DraftJob, DraftAnnotation>(
    new URL('./draft.worker.ts', import.meta.url),
    size,
    {
      name: 'draft',
    },
  );
  return {
    draft: (text, known) => pool.run({ text, known: [...known] }),
    close: () => pool.close(),
  };
}
