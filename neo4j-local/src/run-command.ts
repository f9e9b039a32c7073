/** Small helpers for running the machine's tools (java, mvn, ps) and reporting on them. */
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  output: string;
  error?: NodeJS.ErrnoException;
}

/** Runs a command to completion; stdout and stderr together in `output`. Never rejects. */
export function run(cmd: string, args: string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => resolve({ code: null, output, error }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Last n non-empty lines of a text. */
export function lastLines(text: string, n: number): string[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-n);
}

/** Seconds since a performance.now() reading, one decimal. */
export function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
