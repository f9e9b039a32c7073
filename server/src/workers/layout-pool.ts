/**
 * Query-snapshot layouts off the main thread: a worker pool (worker-pool.ts, one thread per core)
 * running layout.worker.ts. It implements the snapshot use case's LayoutFn, so the use case does
 * not know where layouts run.
 */
import { availableParallelism } from 'node:os';
import type { LayoutFn, Placement } from '@briefgraph/graph/snapshots/draft-snapshot';
import type { LayoutJob } from './layout.worker.ts';
import { createWorkerPool } from './worker-pool.ts';

export interface LayoutPool {
  layout: LayoutFn;
  close(): Promise<void>;
}

export function createLayoutPool(size = Math.max(1, availableParallelism())): LayoutPool {
  // The drawing's limit error (LayoutTooLargeError) is an AppError: it comes back as its 413.
  const pool = createWorkerPool<LayoutJob, Placement>(new URL('./layout.worker.ts', import.meta.url), size, {
    name: 'layout',
  });
  return {
    layout: (nodes, edges, labelled) =>
      pool.run({ nodes: [...nodes], edges: [...edges], labelled: [...labelled] }),
    close: () => pool.close(),
  };
}
