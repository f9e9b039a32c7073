/**
 * Every environment variable the server reads, in one documented schema, checked at start-up.
 * README's configuration table is checked against CONFIG_DOCS by a unit test.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
    .describe('When set, creating snapshots requires "Authorization: Bearer <token>".'),
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
  return parsed.data;
}
