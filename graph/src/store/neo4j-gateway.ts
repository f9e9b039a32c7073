/**
 * The one module that owns neo4j-driver: driver lifecycle, sessions, read vs write
 * transactions, transaction timeouts and metadata, and translation of driver errors into named
 * AppErrors. Nothing else imports neo4j-driver; repositories hand it Cypher and `$params`.
 */
import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isTime,
  Neo4jError,
  type Record as Neo4jRecord,
  type QueryResult,
} from 'neo4j-driver';
import { DatabaseError, DatabaseUnavailableError, QueryTimeoutError } from '../domain/errors.ts';

export interface GatewayConfig {
  uri: string;
  username?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  /** Default server-side limit for every transaction. */
  transactionTimeoutMs: number;
}

export interface QueryOptions {
  /** Shown in `SHOW TRANSACTIONS` and the query log, so slow queries point at their caller. */
  name: string;
  timeoutMs?: number;
}

export type Row = Record<string, unknown>;

/** A unit of work inside one transaction: run as many statements as it needs. */
export type TransactionWork<T> = (run: (cypher: string, params?: Row) => Promise<Row[]>) => Promise<T>;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

export function translateNeo4jError(error: unknown): Error {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError(error);
    if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError(error);
    return new DatabaseError(error);
  }
  if (error instanceof Error && /ECONNREFUSED|connect|socket/i.test(error.message)) {
    return new DatabaseUnavailableError(error);
  }
  return error instanceof Error ? error : new DatabaseError(error);
}

/** Converts driver values to plain JSON-able values at the boundary. */
const TEMPORAL_CHECKS = [isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration];

export function toPlain(value: unknown): unknown {
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  // A byte array property (Neo4j BYTE[]) arrives as an Int8Array and stays bytes.
  if (value instanceof Int8Array) return value;
  if (value !== null && typeof value === 'object') {
    // Temporal values become their ISO strings, as the schemas expect.
    if (TEMPORAL_CHECKS.some((is) => is(value))) return String(value);
    const out: Row = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/**
 * JavaScript numbers go to Neo4j as floats; integer-valued ones (limits, offsets) must arrive as
 * INTEGER, so they are converted here, once, for every parameter.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  // Bytes go as Neo4j BYTE[]: the driver packs an Int8Array as such, any other view as a map.
  if (ArrayBuffer.isView(value)) {
    return value instanceof Int8Array
      ? value
      : new Int8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  // A load sends 100,000 rows: plain loops, no intermediate entry arrays.
  const out: Row = {};
  for (const key in value) out[key] = toNeo4jParams((value as Row)[key]);
  return out;
}

function recordsToRows(result: QueryResult): Row[] {
  return result.records.map((record: Neo4jRecord) => toPlain(record.toObject()) as Row);
}

/**
 * After the database was found unreachable, transactions fail at once for this long instead of
 * each waiting for the driver's connection timeout and retries; then one request tries again.
 */
export const UNAVAILABLE_HOLD_MS = 1_000;

export class Neo4jGateway {
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly defaultTimeoutMs: number;
  /** Until when the database counts as unreachable (epoch ms); 0 while it answers. */
  private unavailableUntil = 0;

  constructor(config: GatewayConfig) {
    const auth =
      config.username !== undefined && config.username !== ''
        ? neo4j.auth.basic(config.username, config.password ?? '')
        : undefined;
    this.driver = neo4j.driver(config.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast while the database is down, so health and requests answer 503 promptly.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 1_000,
      userAgent: 'briefgraph/0.1',
    });
    this.database = config.database;
    this.defaultTimeoutMs = config.transactionTimeoutMs;
  }

  read<T>(options: QueryOptions, work: TransactionWork<T>): Promise<T> {
    return this.transaction('READ', options, work);
  }

  write<T>(options: QueryOptions, work: TransactionWork<T>): Promise<T> {
    return this.transaction('WRITE', options, work);
  }

  /** One statement in a read transaction. */
  query(options: QueryOptions, cypher: string, params: Row = {}): Promise<Row[]> {
    return this.read(options, (run) => run(cypher, params));
  }

  /**
   * The operators of a statement's plan (EXPLAIN: planned, not run), root first: tests hold a
   * lookup to an index seek with it.
   */
  async planOperators(options: QueryOptions, cypher: string, params: Row = {}): Promise<string[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`EXPLAIN ${cypher}`, toNeo4jParams(params) as Row, {
        timeout: options.timeoutMs ?? this.defaultTimeoutMs,
        metadata: { app: 'briefgraph', query: options.name },
      });
      const operators: string[] = [];
      type PlanNode = { operatorType: string; children: PlanNode[] };
      const walk = (plan: PlanNode) => {
        operators.push(plan.operatorType.replace(/@.*$/, ''));
        for (const child of plan.children) walk(child);
      };
      const plan = result.summary.plan;
      if (plan) walk(plan as unknown as PlanNode);
      return operators;
    } catch (error) {
      throw this.noted(translateNeo4jError(error));
    } finally {
      await session.close();
    }
  }

  /** Asks the server itself, always (health probes with it); a failure holds requests back. */
  async serverVersion(): Promise<string> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      this.unavailableUntil = 0;
      return (info.agent ?? '').replace(/^Neo4j\//, '');
    } catch (error) {
      throw this.noted(translateNeo4jError(error));
    }
  }

  /** Whether requests are being failed fast because the database was just found unreachable. */
  get holdingBack(): boolean {
    return Date.now() < this.unavailableUntil;
  }

  private noted(error: Error): Error {
    if (error instanceof DatabaseUnavailableError) this.unavailableUntil = Date.now() + UNAVAILABLE_HOLD_MS;
    return error;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    options: QueryOptions,
    work: TransactionWork<T>,
  ): Promise<T> {
    if (this.holdingBack) throw new DatabaseUnavailableError();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout: options.timeoutMs ?? this.defaultTimeoutMs,
      metadata: { app: 'briefgraph', query: options.name },
    };
    try {
      const unit = (tx: { run(cypher: string, params?: Row): Promise<QueryResult> }) =>
        work(async (cypher, params) =>
          recordsToRows(await tx.run(cypher, toNeo4jParams(params ?? {}) as Row)),
        );
      const result =
        mode === 'READ' ? await session.executeRead(unit, config) : await session.executeWrite(unit, config);
      this.unavailableUntil = 0;
      return result;
    } catch (error) {
      throw this.noted(translateNeo4jError(error));
    } finally {
      await session.close();
    }
  }
}
