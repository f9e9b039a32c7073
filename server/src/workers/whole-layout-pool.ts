/**
 * The whole graph's layout off the main thread: one worker thread (whole-layout.worker.ts);
 * placements are refreshed one at a time anyway (placement-keeper.ts).
 */
import type { WholeLayout, WholeLayoutInput } from '@briefgraph/graph/drawing/whole-layout';
import type { WholeLayoutFn } from '@briefgraph/graph/seed/placements';
import { createWorkerPool } from './worker-pool.ts';

export interface WholeLayoutPool {
  layout: WholeLayoutFn;
  close(): Promise<void>;
}

export function createWholeLayoutPool(): WholeLayoutPool {
  const pool = createWorkerPool<WholeLayoutInput, WholeLayout>(
    new URL('./whole-layout.worker.ts', import.meta.url),
    1,
    { name: 'whole-layout' },
  );
  return { layout: (input) => pool.run({ ...input }), close: () => pool.close() };
}
