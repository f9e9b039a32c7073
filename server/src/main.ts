/**
 * `npm start`: checks the config, starts the project-managed local Neo4j when NEO4J_URI is
 * unset, loads the seeds when their content changed, then serves. Ctrl-C / SIGTERM close the
 * HTTP server, the driver and the local Neo4j, in that order, leaving no JVM behind.
 */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { loadSeeds, seedsNeedLoading } from '@briefgraph/graph/seed/loader';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { LocalNeo4jError } from '@briefgraph/neo4j-local';
import { createApp } from './app.ts';
import { assertConfig, ConfigError } from './config.ts';
import { openDatabase, REPO_ROOT } from './database.ts';
import { createLogger } from './logger.ts';

async function main(): Promise<void> {
  const config = assertConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(config, (line) => logger.info(line));
  const local = database.local;
  const gateway = database.connect();

  let server: Server | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server?.closeAllConnections();
    await gateway.close().catch(() => undefined);
    await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (config.AUTO_LOAD) {
      const seeds = await readSeedFolder(resolve(REPO_ROOT, config.SEED_DIR));
      if (await seedsNeedLoading(gateway, seeds)) {
        const result = await loadSeeds(gateway, seeds);
        logger.info(result, 'seeds loaded');
      } else {
        logger.info('seeds unchanged; nothing to load');
      }
    }
    const app = createApp({ config, gateway, logger, clientDir: resolve(REPO_ROOT, 'client/dist') });
    server = app.listen(config.PORT, config.HOST);
    await new Promise<void>((ready, fail) => {
      server?.once('listening', ready);
      server?.once('error', fail);
    });
    const shown = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
    logger.info(`briefgraph is ready: open http://${shown}:${config.PORT}`);
  } catch (error) {
    logger.fatal(error instanceof Error ? error.message : String(error));
    await gateway.close().catch(() => undefined);
    await local?.stop();
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(`briefgraph: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
