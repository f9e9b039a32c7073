/**
 * npm run -w neo4j-local fetch                                   fetch the Neo4j jars (CI pre-fetch)
 * npm run -w neo4j-local start -- [--port N] [--home DIR]        run a local Neo4j until Ctrl-C
 * (or `npx tsx neo4j-local/src/cli.ts fetch|start ...` from the repository root)
 */
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { ensureNeo4jJars } from './jars.ts';
import { stateDir } from './paths.ts';
import { startLocalNeo4j } from './start-stop.ts';

const log = (line: string) => console.log(line);
const [command, ...rest] = process.argv.slice(2);

function option(name: string): string | undefined {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
}

async function main(): Promise<number> {
  if (command === 'fetch') {
    log(await ensureNeo4jJars(undefined, log));
    return 0;
  }
  if (command === 'start') {
    const port = Number(option('--port') ?? process.env.NEO4J_BOLT_PORT ?? 7687);
    const home = path.resolve(option('--home') ?? stateDir('dev'));
    const neo4j = await startLocalNeo4j({ home, port, log });
    log(`NEO4J_URI=${neo4j.uri} (home ${home}); Ctrl-C to stop`);
    // `on`, not `once`: a second Ctrl-C (or the same signal relayed by tsx/npm) must not kill this
    // process before the JVM has exited, or the next start finds a locked store.
    const stop = () => void neo4j.stop();
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    const code = await neo4j.exited;
    return code === 0 || code === 143 ? 0 : 1;
  }
  console.error('usage: cli.ts fetch | cli.ts start [--port N] [--home DIR]');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    // The console.log tail of a failed start was already passed through `log`: print the headline only.
    console.error(e instanceof LocalNeo4jError ? `error: ${e.message.split('\n')[0]}` : e);
    process.exit(1);
  },
);
