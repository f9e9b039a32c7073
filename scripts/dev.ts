/**
 * `npm run dev`: the local Neo4j once (unless NEO4J_URI is set), the API restarting on change
 * (node --watch) against it, and the Vite dev server with /api proxied to the API.
 * Ctrl-C stops all three.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertConfig } from '../server/src/config.ts';
import { type LocalNeo4j, startLocalNeo4j } from './neo4j/local-neo4j.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const config = assertConfig(process.env);
let local: LocalNeo4j | undefined;
if (!config.NEO4J_URI) {
  local = await startLocalNeo4j({
    home: resolve(repoRoot, config.NEO4J_HOME),
    port: config.NEO4J_BOLT_PORT,
    heapMb: config.NEO4J_HEAP_MB,
    log: console.log,
  });
}
const env = {
  ...process.env,
  NEO4J_URI: config.NEO4J_URI ?? local?.uri,
  BRIEFGRAPH_API: `http://localhost:${config.PORT}`,
};
const children: ChildProcess[] = [
  spawn(process.execPath, ['--watch', '--import', 'tsx', 'server/src/main.ts'], {
    stdio: 'inherit',
    env,
    cwd: repoRoot,
  }),
  spawn('npx', ['vite', '--config', 'client/vite.config.ts'], { stdio: 'inherit', env, cwd: repoRoot }),
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
