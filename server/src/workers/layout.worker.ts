/**
 * A worker thread that lays out query snapshots (headless Cytoscape + fcose can take seconds on
 * a large graph), so the event loop keeps answering other requests meanwhile. layout-pool.ts
 * starts and feeds it.
 */
import { parentPort } from 'node:worker_threads';
import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import { queryLayout } from '../snapshots/query-layout.ts';

export interface LayoutJob {
  id: number;
  nodes: Actor[];
  edges: Relationship[];
  labelled: Relationship[];
}

parentPort?.on('message', async (job: LayoutJob) => {
  try {
    const placement = await queryLayout(job.nodes, job.edges, job.labelled);
    parentPort?.postMessage({ id: job.id, placement });
  } catch (error) {
    // Only plain fields cross the thread: an AppError's code and status say how to answer.
    const { name, message, code, status } = (
      error instanceof Error ? error : { name: 'Error', message: String(error) }
    ) as { name: string; message: string; code?: unknown; status?: unknown };
    parentPort?.postMessage({ id: job.id, error: { name, message, code, status } });
  }
});
