/**
 * `npm start`: checks the config, starts the project-managed local Neo4j when NEO4J_URI is
 * unset (supervised: restarted after a crash), loads the seeds when their content changed, then
 * serves. Seeds that fail validation stop the start only when there is no graph to serve yet.
 *
 * Ctrl-C / SIGTERM: the HTTP server stops accepting and is given SHUTDOWN_TIMEOUT_MS to finish
 * the requests in flight (idle keep-alive connections are closed at once, busy ones at the
 * deadline), then the layout and draft workers, the driver and the local Neo4j are stopped, in that order,
 * leaving no JVM behind, and the process exits 0.
 */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { SeedValidationError } from '@briefgraph/graph/domain/errors';
import { loadLibrary } from '@briefgraph/graph/seed/library';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import type { Seed } from '@briefgraph/graph/seed/validate-seed';
import { listBriefs } from '@briefgraph/graph/store/briefs.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { LocalNeo4jError } from '@briefgraph/neo4j-local';
import { createApp } from './app.ts';
import { assertConfig, type Config, ConfigError } from './config.ts';
import { openDatabase, REPO_ROOT } from './database.ts';
import { drainHttpServer } from './http-drain.ts';
import { createLogger, type Logger } from './logger.ts';
import { createPlacementKeeper } from './placement-keeper.ts';
import { createDraftPool, type DraftPool } from './workers/draft-pool.ts';
import { createLayoutPool, type LayoutPool } from './workers/layout-pool.ts';
import { createWholeLayoutPool, type WholeLayoutPool } from './workers/whole-layout-pool.ts';

/**
 * The seeds to load, or none. Invalid seeds are refused; with a graph already loaded the server
 * goes on serving it and says why, loudly; with none there is nothing to serve, and it throws.
 */
async function seedsToLoad(config: Config, gateway: Neo4jGateway, logger: Logger): Promise<Seed[] | null> {
  const folder = resolve(REPO_ROOT, config.SEED_DIR);
  try {
    return await readSeedFolder(folder);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    const loaded = await listBriefs(gateway);
    if (loaded.length === 0) throw error;
    logger.error(
      { seedDir: folder, problems: error.problems, serving: loaded.map((b) => b.id) },
      `Seeds refused: ${error.problems.length} problem(s) in ${folder}; nothing was loaded, and the graph loaded before (${loaded.length} brief(s)) is served instead. Fix the seeds and restart, or check them with npm run load.\n  ${error.problems.join('\n  ')}`,
    );
    return null;
  }
}

/**
 * The seed files with the briefs added in the app, loaded when any changed. A stored app brief
 * that no longer validates (a newer rule) is refused like a bad seed: the graph before is served.
 */
async function loadBriefs(gateway: Neo4jGateway, seeds: Seed[], logger: Logger): Promise<void> {
  try {
    const { loaded, replaced } = await loadLibrary(gateway, seeds);
    for (const id of replaced)
      logger.warn({ brief: id }, `seeds/ holds ${id}: it replaces the brief added in the app`);
    if (loaded) logger.info(loaded, 'briefs loaded');
    else logger.info('briefs unchanged; nothing to load');
  } catch (error) {
    if (!(error instanceof SeedValidationError) || (await listBriefs(gateway)).length === 0) throw error;
    logger.error(
      { problems: error.problems },
      `Briefs refused: nothing was loaded, and the graph loaded before is served instead.\n  ${error.problems.join('\n  ')}`,
    );
  }
}

async function main(): Promise<void> {
  const config = assertConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(config, {
    info: (line) => logger.info(line),
    warn: (line) => logger.warn(line),
    error: (line) => logger.error(line),
  });
  const local = database.local;
  const gateway = database.connect();

  let server: Server | undefined;
  let layout: LayoutPool | undefined;
  let drafts: DraftPool | undefined;
  let wholeLayout: WholeLayoutPool | undefined;
  let stopping = false;
  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    logger.info({ reason, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down');
    if (server) {
      const drained = await drainHttpServer(server, config.SHUTDOWN_TIMEOUT_MS);
      if (drained.cut > 0) {
        logger.warn(drained, `closed ${drained.cut} connection(s) still busy at the shutdown deadline`);
      }
    }
    await layout?.close().catch(() => undefined);
    await drafts?.close().catch(() => undefined);
    await wholeLayout?.close().catch(() => undefined);
    await gateway.close().catch(() => undefined);
    await local?.stop();
    logger.info({ ms: Math.round(performance.now() - started) }, 'stopped');
    process.exit(exitCode);
  };
  // `on`, not `once`: npm relays a terminal's Ctrl-C, so a second signal must not kill the
  // process before Neo4j has stopped.
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  // The supervisor gave up on the local Neo4j: without a database there is nothing to serve.
  void local?.exited.then(() => {
    if (stopping) return;
    logger.error('the local Neo4j could not be kept running; stopping the server');
    void shutdown('neo4j', 1);
  });

  try {
    if (config.AUTO_LOAD) {
      const seeds = await seedsToLoad(config, gateway, logger);
      if (seeds) await loadBriefs(gateway, seeds, logger);
    }
    layout = createLayoutPool();
    drafts = createDraftPool();
    wholeLayout = createWholeLayoutPool();
    const placements = createPlacementKeeper(gateway, wholeLayout.layout, logger);
    // Also when nothing was loaded: a database written before placements existed gets them.
    placements.request('start-up');
    const app = createApp({
      config,
      gateway,
      logger,
      clientDir: resolve(REPO_ROOT, 'client/dist'),
      layout: layout.layout,
      draft: drafts.draft,
      placements,
    });
    server = app.listen(config.PORT, config.HOST);
    await new Promise<void>((ready, fail) => {
      server?.once('listening', ready);
      server?.once('error', fail);
    });
    const shown = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
    logger.info(`briefgraph is ready: open http://${shown}:${config.PORT}`);
  } catch (error) {
    if (stopping) return;
    stopping = true;
    logger.fatal(error instanceof Error ? error.message : String(error));
    await layout?.close().catch(() => undefined);
    await drafts?.close().catch(() => undefined);
    await wholeLayout?.close().catch(() => undefined);
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
