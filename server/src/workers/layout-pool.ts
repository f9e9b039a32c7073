/**
 * Query-snapshot layouts off the main thread: a pool of worker threads (one per core, at most
 * `size`), each running layout.worker.ts, with jobs queued while all are busy. It implements the
 * snapshot use case's LayoutFn, so the use case does not know where layouts run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '@briefgraph/graph/domain/errors';
import type { LayoutFn, Placement } from '@briefgraph/graph/snapshots/draft-snapshot';
import type { LayoutJob } from './layout.worker.ts';

const WORKER_URL = new URL('./layout.worker.ts', import.meta.url);

interface Pending {
  resolve(placement: Placement): void;
  reject(error: Error): void;
}

interface ThreadError {
  name: string;
  message: string;
  code?: unknown;
  status?: unknown;
}

/** A layout error crosses the thread as plain fields; an AppError keeps its code and status. */
function rebuilt(error: ThreadError): Error {
  if (typeof error.code === 'string' && typeof error.status === 'number') {
    return new AppError(error.code, error.status, error.message);
  }
  if (error.name === 'LayoutTooLargeError') {
    return new AppError('LAYOUT_TOO_LARGE', 413, `A snapshot can lay out ${error.message}.`);
  }
  return Object.assign(new Error(error.message), { name: error.name });
}

export interface LayoutPool {
  layout: LayoutFn;
  close(): Promise<void>;
}

export function createLayoutPool(size = Math.max(1, availableParallelism())): LayoutPool {
  // Run from sources (dev, tests), the worker is TypeScript: it registers tsx's loader first, as
  // Node 20 does not pass --import on to workers. The built bundle's worker is plain JavaScript.
  const fromSources = WORKER_URL.pathname.endsWith('.ts');
  const bootstrap = `(async () => { const { register } = await import('tsx/esm/api'); register(); await import(${JSON.stringify(WORKER_URL.href)}); })()`;
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Array<{ job: Omit<LayoutJob, 'id'>; pending: Pending }> = [];
  const running = new Map<number, { worker: Worker; pending: Pending }>();
  let nextId = 1;
  let closed = false;

  const spawn = (): Worker => {
    const worker = fromSources ? new Worker(bootstrap, { eval: true }) : new Worker(WORKER_URL);
    worker.on(
      'message',
      (answer: { id: number; placement?: Placement; error?: { name: string; message: string } }) => {
        const entry = running.get(answer.id);
        if (!entry) return;
        running.delete(answer.id);
        if (answer.error) entry.pending.reject(rebuilt(answer.error));
        else entry.pending.resolve(answer.placement as Placement);
        release(worker);
      },
    );
    worker.on('error', (error) => {
      // A worker that crashed takes its job with it; the pool replaces it.
      for (const [id, entry] of running) {
        if (entry.worker === worker) {
          running.delete(id);
          entry.pending.reject(error);
        }
      }
      all.splice(all.indexOf(worker), 1);
      if (!closed) release(spawn());
    });
    // Idle workers must not keep the process alive.
    worker.unref();
    all.push(worker);
    return worker;
  };

  const dispatch = (worker: Worker, job: Omit<LayoutJob, 'id'>, pending: Pending) => {
    const id = nextId++;
    running.set(id, { worker, pending });
    worker.ref();
    worker.postMessage({ ...job, id } satisfies LayoutJob);
  };

  function release(worker: Worker): void {
    worker.unref();
    const next = queue.shift();
    if (next) dispatch(worker, next.job, next.pending);
    else idle.push(worker);
  }

  const layout: LayoutFn = (nodes, edges, labelled) =>
    new Promise<Placement>((resolve, reject) => {
      if (closed) return reject(new Error('the layout pool is closed'));
      const job = { nodes: [...nodes], edges: [...edges], labelled: [...labelled] };
      const pending = { resolve, reject };
      const worker = idle.pop() ?? (all.length < size ? spawn() : undefined);
      if (worker) dispatch(worker, job, pending);
      else queue.push({ job, pending });
    });

  return {
    layout,
    async close() {
      closed = true;
      for (const { pending } of queue.splice(0)) pending.reject(new Error('the layout pool is closed'));
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
