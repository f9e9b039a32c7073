/**
 * Work off the main thread: a pool of worker threads (at most `size`), each running the worker
 * module at `url` (one that calls serveJobs, worker-side.ts), with jobs queued while all are busy.
 * A worker that crashes takes its job with it and is replaced. layout-pool.ts and draft-pool.ts
 * are the two pools; each names its own worker file, which the server build makes an entry of.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '@briefgraph/graph/domain/errors';
import type { JobAnswer, ThreadError } from './worker-side.ts';

export interface WorkerPool<J, R> {
  run(job: J): Promise<R>;
  close(): Promise<void>;
}

interface Pending<R> {
  resolve(result: R): void;
  reject(error: Error): void;
}

/** An error that crossed the thread as plain fields; an AppError keeps its code and status. */
function rebuilt(error: ThreadError): Error {
  if (typeof error.code === 'string' && typeof error.status === 'number') {
    return new AppError(error.code, error.status, error.message);
  }
  return Object.assign(new Error(error.message), { name: error.name });
}

export function createWorkerPool<J extends object, R>(
  url: URL,
  size: number,
  options: { name: string },
): WorkerPool<J, R> {
  // Run from sources (dev, tests), the worker is TypeScript: it registers tsx's loader first, as
  // Node 20 does not pass --import on to workers. The built bundle's worker is plain JavaScript.
  const fromSources = url.pathname.endsWith('.ts');
  const bootstrap = `(async () => { const { register } = await import('tsx/esm/api'); register(); await import(${JSON.stringify(url.href)}); })()`;
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Array<{ job: J; pending: Pending<R> }> = [];
  const running = new Map<number, { worker: Worker; pending: Pending<R> }>();
  let nextId = 1;
  let closed = false;

  const spawn = (): Worker => {
    const worker = fromSources ? new Worker(bootstrap, { eval: true }) : new Worker(url);
    worker.on('message', (answer: JobAnswer<R>) => {
      const entry = running.get(answer.id);
      if (!entry) return;
      running.delete(answer.id);
      if ('error' in answer) entry.pending.reject(rebuilt(answer.error));
      else entry.pending.resolve(answer.result);
      release(worker);
    });
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

  const dispatch = (worker: Worker, job: J, pending: Pending<R>) => {
    const id = nextId++;
    running.set(id, { worker, pending });
    worker.ref();
    worker.postMessage({ ...job, id });
  };

  function release(worker: Worker): void {
    worker.unref();
    const next = queue.shift();
    if (next) dispatch(worker, next.job, next.pending);
    else idle.push(worker);
  }

  return {
    run: (job) =>
      new Promise<R>((resolve, reject) => {
        if (closed) return reject(new Error(`the ${options.name} pool is closed`));
        const pending = { resolve, reject };
        const worker = idle.pop() ?? (all.length < size ? spawn() : undefined);
        if (worker) dispatch(worker, job, pending);
        else queue.push({ job, pending });
      }),
    async close() {
      closed = true;
      for (const { pending } of queue.splice(0))
        pending.reject(new Error(`the ${options.name} pool is closed`));
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
