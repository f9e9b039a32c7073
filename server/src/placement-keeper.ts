/**
 * Keeps the stored layout of the whole graph up to date (graph/src/seed/placements.ts): asked
 * after every load (start-up, a saved or deleted brief), it refreshes the placements in the
 * background, one refresh at a time; asks that come while one runs make one more run after it,
 * so the last load is always laid out. A failed refresh is logged and leaves the placements as
 * they were (the explorer places unplaced actors itself).
 */
import {
  type PlacementsRefreshed,
  refreshPlacements,
  type WholeLayoutFn,
} from '@briefgraph/graph/seed/placements';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import type { Logger } from './logger.ts';

export interface PlacementKeeper {
  /** Schedules a refresh; returns at once. */
  request(reason: string): void;
  /** Resolves when no refresh is running or asked for (tests, shutdown). */
  settled(): Promise<void>;
}

export function createPlacementKeeper(
  gateway: Neo4jGateway,
  layout: WholeLayoutFn,
  logger: Pick<Logger, 'info' | 'error'>,
): PlacementKeeper {
  let running: Promise<void> | null = null;
  let again: string | null = null;

  const run = async (reason: string): Promise<void> => {
    const started = performance.now();
    try {
      const done: PlacementsRefreshed = await refreshPlacements(gateway, layout);
      logger.info(
        { reason, ...done, ms: Math.round(performance.now() - started) },
        'whole-graph layout refreshed',
      );
    } catch (error) {
      logger.error(
        { reason, err: error instanceof Error ? error.message : String(error) },
        'whole-graph layout could not be refreshed; the stored positions stay as they were',
      );
    }
  };

  const loop = async (reason: string): Promise<void> => {
    let next: string | null = reason;
    while (next !== null) {
      again = null;
      await run(next);
      next = again;
    }
    running = null;
  };

  return {
    request(reason) {
      if (running) {
        again = reason;
        return;
      }
      running = loop(reason);
    },
    async settled() {
      while (running) await running;
    },
  };
}
