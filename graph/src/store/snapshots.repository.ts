/**
 * Cypher for the Snapshot aggregate. A snapshot is written once and never updated: it is a copy
 * of what was drawn (actors, relationships with their evidence, positions), kept as one JSON
 * string on (:Snapshot {id, createdAt, json}), so it looks the same after the graph changes.
 * The uniqueness constraint on :Snapshot(id) is created with the others (seed/loader.ts).
 *
 * Also here: reading back the stored actors and relationships a browser view names, so a
 * snapshot made from a view carries the database's evidence, not whatever the request said.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { typeExpression } from '../domain/filters.ts';
import {
  type Actor,
  migrateSnapshot,
  type Relationship,
  SNAPSHOT_VERSION,
  type Snapshot,
  SnapshotSchema,
} from '../domain/schemas.ts';
import { isRelationshipTypeName, RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.ts';
import type { Neo4jGateway } from './neo4j-gateway.ts';
import {
  actorProjection,
  CorruptRecordError,
  relationshipProjection,
  toActor,
  toRelationship,
} from './records.ts';

/** Largest stored snapshot (UTF-8 bytes of its JSON); 5,000 relationships with quotes fit. */
export const MAX_SNAPSHOT_BYTES = 6 * 1024 * 1024;

export class SnapshotTooLargeError extends AppError {
  constructor(bytes: number) {
    super(
      'SNAPSHOT_TOO_LARGE',
      413,
      `The snapshot would take ${Math.ceil(bytes / 1024)} KiB; the limit is ${MAX_SNAPSHOT_BYTES / 1024} KiB. Show fewer actors or relationships.`,
      { details: { bytes, limit: MAX_SNAPSHOT_BYTES } },
    );
  }
}

/** 128 random bits, base64url: 22 characters. */
export function newSnapshotId(): string {
  return randomBytes(16).toString('base64url');
}

export type SnapshotDraft = Omit<Snapshot, 'id' | 'version' | 'createdAt'>;

/** Validates, sizes and stores a new snapshot under a fresh id; CREATE, so an id is never reused. */
export async function createSnapshot(
  gateway: Neo4jGateway,
  draft: SnapshotDraft,
  now: Date = new Date(),
): Promise<Snapshot> {
  const parsed = SnapshotSchema.safeParse({
    id: newSnapshotId(),
    version: SNAPSHOT_VERSION,
    createdAt: now.toISOString(),
    ...draft,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ValidationError(
      `The snapshot cannot be stored: ${where}${issue?.message}; nothing was stored.`,
      {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    );
  }
  const snapshot = parsed.data;
  const json = JSON.stringify(snapshot);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_SNAPSHOT_BYTES) throw new SnapshotTooLargeError(bytes);
  await gateway.write({ name: 'snapshots.create' }, (run) =>
    run('CREATE (:Snapshot {id: $id, createdAt: datetime($createdAt), json: $json})', {
      id: snapshot.id,
      createdAt: snapshot.createdAt,
      json,
    }),
  );
  return snapshot;
}

/**
 * The stored snapshot, validated and migrated to today's version on the way out: a snapshot
 * written by an older release reads as a current one, and a damaged one is a named error.
 */
export async function findSnapshot(gateway: Neo4jGateway, id: string): Promise<Snapshot | null> {
  const rows = await gateway.query(
    { name: 'snapshots.get' },
    'MATCH (s:Snapshot {id: $id}) RETURN s.json AS json',
    { id },
  );
  const json = rows[0]?.json;
  if (typeof json !== 'string') return null;
  try {
    return migrateSnapshot(JSON.parse(json));
  } catch (error) {
    throw new CorruptRecordError('snapshot', error);
  }
}

export async function assertSnapshot(gateway: Neo4jGateway, id: string): Promise<Snapshot> {
  const snapshot = await findSnapshot(gateway, id);
  if (!snapshot) throw new NotFoundError(`No snapshot has the id "${id}".`, { snapshot: id });
  return snapshot;
}

export interface StoredElements {
  actors: Map<string, Actor>;
  relationships: Map<string, Relationship>;
  /** Relationships of any type among the actors, when asked for. */
  among?: number;
}

/**
 * Relationships by id, looked up per type (the type a view says they have) so that each branch
 * uses that type's id constraint index. One statement for every type, its text constant so it
 * is planned once: one round trip instead of one per type.
 */
const RELATIONSHIPS_BY_ID = RELATIONSHIP_TYPE_NAMES.map(
  (type) =>
    `MATCH (:Actor)-[r${typeExpression([type])}]->(:Actor) WHERE r.id IN $${type}
     RETURN ${relationshipProjection('r')} AS rel`,
).join('\nUNION ALL\n');

/**
 * The stored actors and relationships with these ids; with `countAmong`, also how many
 * relationships of any type join those actors (`among`), in the same read transaction.
 */
export async function readElements(
  gateway: Neo4jGateway,
  actorIds: readonly string[],
  relationships: ReadonlyArray<{ id: string; type: string }>,
  countAmong = false,
): Promise<StoredElements> {
  const idsByType = Object.fromEntries(RELATIONSHIP_TYPE_NAMES.map((type) => [type, [] as string[]]));
  for (const r of relationships) if (isRelationshipTypeName(r.type)) idsByType[r.type]?.push(r.id);
  return gateway.read({ name: 'snapshots.elements' }, async (run) => {
    const actorRows = await run(
      `MATCH (a:Actor) WHERE a.id IN $ids RETURN ${actorProjection('a')} AS actor`,
      { ids: [...actorIds] },
    );
    const relRows = relationships.length ? await run(RELATIONSHIPS_BY_ID, idsByType) : [];
    const among = countAmong
      ? await run(
          'MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS among',
          { ids: [...actorIds] },
        )
      : null;
    return {
      actors: new Map(actorRows.map((row) => toActor(row.actor)).map((a) => [a.id, a])),
      relationships: new Map(relRows.map((row) => toRelationship(row.rel)).map((r) => [r.id, r])),
      ...(among ? { among: z.number().int().nonnegative().parse(among[0]?.among) } : {}),
    };
  });
}
