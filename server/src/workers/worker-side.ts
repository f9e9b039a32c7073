/**
 * The worker thread's half of worker-pool.ts: each message is a job with an id, answered with its
 * result or with the error's plain fields (an AppError's code and status say how to answer).
 */
import { parentPort } from 'node:worker_threads';

export interface ThreadError {
  name: string;
  message: string;
  code?: unknown;
  status?: unknown;
}

export type JobAnswer<R> = { id: number; result: R } | { id: number; error: ThreadError };

export function serveJobs<J, R>(handle: (job: J) => R | Promise<R>): void {
  parentPort?.on('message', async (message: J & { id: number }) => {
    try {
      const result = await handle(message);
      parentPort?.postMessage({ id: message.id, result } satisfies JobAnswer<R>);
    } catch (error) {
      const {
        name,
        message: text,
        code,
        status,
      } = (error instanceof Error ? error : { name: 'Error', message: String(error) }) as {
        name: string;
        message: string;
        code?: unknown;
        status?: unknown;
      };
      parentPort?.postMessage({
        id: message.id,
        error: { name, message: text, code, status },
      } satisfies JobAnswer<R>);
    }
  });
}
