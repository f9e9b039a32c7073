/**
 * A worker thread that drafts briefs (compromise's tagging takes seconds on a long text), so the
 * event loop keeps answering other requests meanwhile. draft-pool.ts starts and feeds it.
 */
import { baseActors } from '@briefgraph/graph/drafting/base-gazetteer';
import { draftAnnotation } from '@briefgraph/graph/drafting/draft-annotation';
import { buildGazetteer, type KnownActor } from '@briefgraph/graph/drafting/gazetteer';
import { serveJobs } from './worker-side.ts';

export interface DraftJob {
  text: string;
  known: KnownActor[];
}

serveJobs((job: DraftJob) => draftAnnotation(job.text, buildGazetteer(baseActors(), job.known)));
