/**
 * A worker thread that lays out query snapshots (headless Cytoscape + fcose can take seconds on
 * a large graph), so the event loop keeps answering other requests meanwhile. layout-pool.ts
 * starts and feeds it.
 */
import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import { queryLayout } from '../snapshots/query-layout.ts';
import { serveJobs } from './worker-side.ts';

export interface LayoutJob {
  nodes: Actor[];
  edges: Relationship[];
  labelled: Relationship[];
}

serveJobs((job: LayoutJob) => queryLayout(job.nodes, job.edges, job.labelled));
