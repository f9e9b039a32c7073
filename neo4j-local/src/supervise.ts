/**
 * Supervision of a running local Neo4j: when its JVM exits while nobody asked it to stop (a
 * crash, kill -9, the OOM killer), it is started again for the same home and port, after 1 s,
 * then 2 s, 4 s … up to 30 s between attempts. The delay goes back to 1 s once an instance has
 * stayed up for a healthy period (60 s). After `maxFailures` attempts in a row that failed or died
 * before that period, it gives up and says so, and `exited` resolves: the caller decides what
 * then (the server shuts down with exit code 1).
 *
 * A layer over start-stop.ts: startLocalNeo4j() is safe to call again for the same home (stale
 * run files and re-parented JVMs are cleared first), it reports every exit through `exited` and
 * logs the console.log tail of an unexpected one (to `warn`), and its stop() marks the exit as
 * expected. The handle keeps the LocalNeo4j shape; the driver reconnects by itself.
 */
import { type LocalNeo4j, type LocalNeo4jOptions, startLocalNeo4j } from './start-stop.ts';

export interface RestartPolicy {
  /** Delay before the first restart after a healthy run; doubled for each failure in a row. Default 1_000. */
  initialDelayMs: number;
  /** Largest delay between two attempts. Default 30_000. */
  maxDelayMs: number;
  /** An instance up this long counts as healthy: the next crash starts from initialDelayMs again. Default 60_000. */
  healthyAfterMs: number;
  /** Attempts in a row (restarts that failed or died before healthyAfterMs) before giving up. Default 8. */
  maxFailures: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  healthyAfterMs: 60_000,
  maxFailures: 8,
};

/** Delay before the attempt that follows `failures` failures in a row: 1 s, 2 s, 4 s … capped. */
export function restartDelayMs(failures: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, failures));
}

/** `warn` (from LocalNeo4jOptions) hears of a crash and of a restart that worked. */
export interface SuperviseOptions extends LocalNeo4jOptions {
  /** A restart that failed, and giving up; default `warn`. */
  error?: (line: string) => void;
  restart?: Partial<RestartPolicy>;
  /** How an instance is started; startLocalNeo4j, or a stand-in in unit tests. */
  start?: (opts: LocalNeo4jOptions) => Promise<LocalNeo4j>;
}

export interface SupervisedNeo4j extends LocalNeo4j {
  /** Of the JVM running now: it changes with each restart. */
  readonly pid: number;
  /** Restarts that brought Neo4j back so far. */
  readonly restarts: number;
  /** Stops the JVM running now, and any restart under way or waiting; no restart after it. Idempotent. */
  stop(): Promise<void>;
  /** Resolves once supervision ends: after stop(), or when it gave up (with the last exit code). */
  readonly exited: Promise<number | null>;
}

const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e));

/**
 * Starts Neo4j as startLocalNeo4j() does (a failed first start throws, as there), then keeps it
 * running. Each restart is a fresh startLocalNeo4j(): own watchdog, readiness check, log lines.
 */
export async function superviseLocalNeo4j(opts: SuperviseOptions): Promise<SupervisedNeo4j> {
  const { start = startLocalNeo4j, restart, error: errorOpt, ...startOpts } = opts;
  const policy: RestartPolicy = { ...DEFAULT_RESTART_POLICY, ...restart };
  const log = opts.log ?? (() => {});
  const warn = opts.warn ?? log;
  const error = errorOpt ?? warn;

  let current = await start(startOpts);
  let upSince = performance.now();
  const uri = current.uri;
  let restarts = 0;
  let stopping = false;
  let starting: Promise<LocalNeo4j> | undefined;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const exited = (async (): Promise<number | null> => {
    let failures = 0;
    for (;;) {
      let code = await current.exited;
      if (stopping) return code;
      if (performance.now() - upSince >= policy.healthyAfterMs) failures = 0;
      for (;;) {
        if (failures >= policy.maxFailures) {
          error(
            `Neo4j on ${uri} failed ${failures} times in a row; not restarting it again. See ${opts.home}/logs/console.log.`,
          );
          return code;
        }
        const delay = restartDelayMs(failures, policy);
        (failures === 0 ? warn : error)(
          `Neo4j on ${uri} is down; restarting it in ${delay / 1000} s (attempt ${failures + 1} of ${policy.maxFailures})`,
        );
        await pause(delay);
        if (stopping) return code;
        failures += 1;
        try {
          starting = start(startOpts);
          current = await starting;
          upSince = performance.now();
          restarts += 1;
          if (!stopping) warn(`Neo4j on ${uri} restarted (pid ${current.pid}, restart ${restarts})`);
          break;
        } catch (e) {
          code = null;
          if (stopping) return code;
          error(`Neo4j on ${uri} could not be restarted: ${message(e)}`);
        } finally {
          starting = undefined;
        }
      }
    }
  })();

  let stopped: Promise<void> | undefined;
  return {
    uri,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    exited,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wake?.();
        // A restart under way is let finish, then stopped like any running instance.
        const latest = starting ? await starting.catch(() => current) : current;
        await latest.stop();
        await exited;
      })();
      return stopped;
    },
  };
}
