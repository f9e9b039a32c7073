/**
 * `npm run dev`: the local Neo4j once (unless NEO4J_URI is set), the API restarting on change
 * (node --watch) against it, and the Vite dev server with /api proxied to the API.
 * Ctrl-C stops all three.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { assertConfig } from '../server/src/config.ts';
import { openDatabase, REPO_ROOT } from '../server/src/database.ts';

const config = assertConfig(process.env);
const database = await openDatabase(config, console.log);
const local = database.local;
const env = {
  ...process.env,
  NEO4J_URI: database.uri,
  BRIEFGRAPH_API: `http://localhost:${config.PORT}`,
};
const children: ChildProcess[] = [
  spawn(process.execPath, ['--watch', '--import', 'tsx', 'server/src/main.ts'], {
    stdio: 'inherit',
    env,
    cwd: REPO_ROOT,
  }),
  spawn('npx', ['vite', '--config', 'client/vite.config.ts'], { stdio: 'inherit', env, cwd: REPO_ROOT }),
];

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await local?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
