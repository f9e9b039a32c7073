/**
 * Every environment variable the server reads, in one documented schema, checked at start-up.
 * README's configuration table is checked against CONFIG_DOCS by a unit test.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** What Express's `trust proxy` takes by name, besides addresses and subnets. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * Express's `trust proxy`: off; how many proxies stand in front of the app; or which addresses
 * they have. Never `true`, which would take the client address from whatever X-Forwarded-For a
 * client sends, and so let anyone choose the address that rate limits count.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    if (/^\d+$/.test(value) && Number(value) <= 20) return Number(value);
    const entries = value.split(',').map((e) => e.trim());
    if (value !== 'true' && entries.every(isProxyAddress)) return entries;
    ctx.addIssue({
      code: 'custom',
      message:
        'must be false, the number of proxies in front of the app (1, 2, …), or their addresses and subnets separated by commas (loopback, 10.0.0.0/8, …); true is refused because any client could then choose its address',
    });
    return z.NEVER;
  });

const perMinute = (fallback: number) => z.coerce.number().int().min(0).max(100_000).default(fallback);

export const ConfigSchema = z.object({
  PORT: port.default(3000).describe('HTTP port of the API and the web client.'),
  HOST: z.string().min(1).default('127.0.0.1').describe('Interface to listen on; 0.0.0.0 in a container.'),
  PUBLIC_URL: z
    .url()
    .optional()
    .describe('Absolute base URL used in snapshot links (default: from the request Host header).'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, neo4j+s:// or bolt+s:// URI')
    .optional()
    .describe('Existing Neo4j server, cluster or Aura. When unset, a local Neo4j 5.26 is started.'),
  NEO4J_USERNAME: z.string().optional().describe('Neo4j user (with NEO4J_URI).'),
  NEO4J_PASSWORD: z.string().optional().describe('Neo4j password (with NEO4J_URI). Never logged.'),
  NEO4J_DATABASE: z.string().optional().describe('Neo4j database name (default: the server default).'),
  NEO4J_BOLT_PORT: port
    .default(7687)
    .describe('Bolt port of the local Neo4j (only when NEO4J_URI is unset).'),
  NEO4J_HOME: z
    .string()
    .default('.neo4j/dev')
    .describe('Data folder of the local Neo4j, relative to the repository (git-ignored).'),
  NEO4J_HEAP_MB: z.coerce
    .number()
    .int()
    .min(256)
    .max(65_536)
    .default(1024)
    .describe('JVM heap of the local Neo4j, in MB; a load is one transaction, so large graphs need more.'),
  NEO4J_TX_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(10_000)
    .describe(
      'Server-side timeout of every transaction, read or write (the seed load allows itself 5 minutes), in ms.',
    ),
  SEED_DIR: z.string().default('seeds').describe('Folder of briefs and their *.annotations.json.'),
  AUTO_LOAD: bool.default(true).describe('Load the seeds at start-up when their content changed.'),
  WRITE_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe(
      'When set, every write (creating snapshots; adding, saving and deleting briefs) requires "Authorization: Bearer <token>".',
    ),
  ALLOW_ANONYMOUS_WRITES: bool
    .default(false)
    .describe(
      'Without WRITE_TOKEN the server accepts writes from anyone who can reach it, so it refuses to listen on a HOST other than loopback unless this is true.',
    ),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(10_000)
    .describe(
      'On SIGTERM or Ctrl-C, how long requests in flight may take to finish before their connections are closed, in ms; the driver and the local Neo4j are stopped after.',
    ),
  RATE_LIMIT_RENDERS_PER_MINUTE: perMinute(30).describe(
    'Per client address: POST /api/snapshots, /api/render.svg, /api/render.png, /api/briefs and /api/briefs/:id/draft together, per minute (429 beyond; 0: no limit).',
  ),
  RATE_LIMIT_IMAGES_PER_MINUTE: perMinute(300).describe(
    "Per client address: GET of a snapshot's .png and .svg, per minute (429 beyond; 0: no limit).",
  ),
  TRUST_PROXY: trustProxy
    .default(false)
    .describe(
      'Behind a reverse proxy: the number of proxies, or their addresses (e.g. loopback or 10.0.0.0/8), so the client address comes from X-Forwarded-For.',
    ),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level.'),
});

export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG_DOCS = Object.entries(ConfigSchema.shape).map(([name, schema]) => ({
  name,
  description: schema.description ?? '',
  default: (() => {
    const parsed = (schema as z.ZodType).safeParse(undefined);
    return parsed.success && parsed.data !== undefined ? String(parsed.data) : '';
  })(),
}));

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function assertConfig(env: NodeJS.ProcessEnv): Config {
  const relevant = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .map((k) => [k, env[k] === '' ? undefined : env[k]])
      .filter(([, v]) => v !== undefined),
  );
  const parsed = ConfigSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (!config.WRITE_TOKEN && !config.ALLOW_ANONYMOUS_WRITES && !isLoopbackHost(config.HOST)) {
    throw new ConfigError(
      `Invalid configuration:\n  HOST: ${config.HOST} is reachable from other machines, and without WRITE_TOKEN anyone there could add, change and delete briefs and snapshots. Set WRITE_TOKEN (at least 16 characters), or ALLOW_ANONYMOUS_WRITES=true if that is what you want.`,
    );
  }
  return config;
}

/** localhost, 127.0.0.0/8 and ::1: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.'));
}
