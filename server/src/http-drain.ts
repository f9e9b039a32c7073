/**
 * Closing an HTTP server within a deadline, for shutdown (main.ts): it stops accepting at once,
 * closes the keep-alive connections that are idle now and each one as soon as its answer is
 * sent, lets requests in flight finish, and at the deadline closes whatever is still open. A
 * keep-alive client alone can otherwise hold server.close() open for as long as it likes.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Drained {
  /** Connections still busy at the deadline, and closed then. */
  cut: number;
  ms: number;
}

/** How often connections that went idle since the last look are closed. */
const SWEEP_MS = 100;

export function drainHttpServer(server: Server, timeoutMs: number): Promise<Drained> {
  const started = performance.now();
  return new Promise((resolve) => {
    let cut = 0;
    // A request that still arrives on an open connection is answered, and its connection closed after.
    const closeAfterAnswer = (_req: IncomingMessage, res: ServerResponse) => {
      if (!res.headersSent) res.setHeader('Connection', 'close');
    };
    server.prependListener('request', closeAfterAnswer);
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
    const deadline = setTimeout(() => {
      // Idle ones were closed by the last sweep: those left are busy.
      server.getConnections((_error, open) => {
        cut = open;
        server.closeAllConnections();
      });
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      server.off('request', closeAfterAnswer);
      resolve({ cut, ms: Math.round(performance.now() - started) });
    });
    server.closeIdleConnections();
  });
}
