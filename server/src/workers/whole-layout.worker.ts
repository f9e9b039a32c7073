/**
 * A worker thread for the whole graph's layout (graph/src/drawing/whole-layout.ts: seconds at
 * 10,000 actors), so the server keeps answering while the placements are refreshed.
 */
import { layoutWholeGraph, type WholeLayoutInput } from '@briefgraph/graph/drawing/whole-layout';
import { serveJobs } from './worker-side.ts';

serveJobs((job: WholeLayoutInput) => layoutWholeGraph(job));
