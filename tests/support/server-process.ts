/**
 * The real server as a child process (`node --import tsx server/src/main.ts`), for the tests of
 * what main.ts does: start-up, signals, shutdown. Its pino lines are kept, parsed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  lines: LogLine[];
  /** stdout lines that are not JSON, and stderr. */
  text: string[];
  /** Resolves with the exit code (or the signal's name) and the time of the exit. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves once the server logged that it is ready; rejects if it exits first. */
  ready: Promise<void>;
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const text: string[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const raw of complete) {
      try {
        const line = JSON.parse(raw) as LogLine;
        lines.push(line);
        if (line.msg.startsWith('briefgraph is ready')) markReady();
      } catch {
        text.push(raw);
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => text.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    lines,
    text,
    exited,
    ready: Promise.race([
      ready,
      exited.then(({ code }) => {
        throw new Error(`the server exited (code ${code}) before it was ready:\n${text.join('\n')}`);
      }),
    ]),
  };
}
