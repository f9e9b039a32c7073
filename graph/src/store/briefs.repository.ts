/**
 * Cypher for the Brief aggregate: metadata, the full text, and the evidence spans in it.
 */

import { gunzipSync } from 'node:zlib';
import type { BriefListItem } from '../contracts/api.contracts.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Brief, BriefMetadata, BriefOrigin, EvidenceSpan, TextRange } from '../domain/schemas.ts';
import type { Neo4jGateway, Row } from './neo4j-gateway.ts';
import { relationshipProjection, toRelationship } from './records.ts';

// A brief loaded before briefs could be added in the app is a seed; one is reviewed once its
// annotation is loaded (an added brief waits for PUT .../annotations).
const briefMetadataProjection =
  "b {.id, .title, .series, .number, .publisher, .publisherPlace, .authorsJson, .publishedOn, .language, .sha256, .url, origin: coalesce(b.origin, 'seed'), reviewed: b.contentHash IS NOT NULL}";

function toBriefMetadata(row: unknown): BriefListItem {
  const { authorsJson, ...rest } = row as Row & { authorsJson: string };
  const meta = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null)) as Omit<
    BriefListItem,
    'authors'
  >;
  return { ...meta, authors: JSON.parse(authorsJson) };
}

export async function listBriefs(gateway: Neo4jGateway): Promise<BriefListItem[]> {
  const rows = await gateway.query(
    { name: 'briefs.list' },
    `MATCH (b:Brief) RETURN ${briefMetadataProjection} AS brief ORDER BY b.publishedOn DESC, b.id`,
  );
  return rows.map((r) => toBriefMetadata(r.brief));
}

export async function getBrief(gateway: Neo4jGateway, id: string): Promise<Brief> {
  const result = await gateway.read({ name: 'briefs.get' }, async (run) => {
    const briefs = await run(
      `MATCH (b:Brief {id: $id})
       RETURN ${briefMetadataProjection} AS brief, b.text AS text, b.frontMatterJson AS frontMatterJson`,
      {
        id,
      },
    );
    if (!briefs[0]) return null;
    const rels = await run(
      `MATCH (:Actor)-[r]->(:Actor) WHERE $id IN r.briefIds RETURN ${relationshipProjection('r')} AS rel`,
      { id },
    );
    return { brief: briefs[0], rels };
  });
  if (!result) throw new NotFoundError(`No brief has the id "${id}".`, { brief: id });
  const spans: EvidenceSpan[] = result.rels
    .map((r) => toRelationship(r.rel))
    .flatMap((rel) =>
      rel.evidence
        .filter((e) => e.briefId === id)
        .map((e) => ({ ...e, relationshipId: rel.id, type: rel.type, modality: rel.modality })),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // A brief loaded before front matter was annotated has none.
  const frontMatterJson = result.brief.frontMatterJson;
  const frontMatter: TextRange[] = typeof frontMatterJson === 'string' ? JSON.parse(frontMatterJson) : [];
  return { ...toBriefMetadata(result.brief.brief), text: String(result.brief.text), spans, frontMatter };
}

/**
 * A brief's text and its annotation file as loaded, byte for byte: what a seed is made of. The
 * annotation is null for a brief loaded by an older release (npm start loads it again: LOAD_FORMAT).
 */
export async function briefSources(
  gateway: Neo4jGateway,
  id: string,
): Promise<{ text: string; annotation: string | null }> {
  const [row] = await gateway.query(
    { name: 'briefs.sources' },
    'MATCH (b:Brief {id: $id}) RETURN b.text AS text, coalesce(b.annotationGzip, b.annotationJson) AS annotation',
    { id },
  );
  if (!row) throw new NotFoundError(`No brief has the id "${id}".`, { brief: id });
  return { text: String(row.text), annotation: storedAnnotation(row.annotation) };
}

/**
 * The annotation file from its stored bytes (loader.ts keeps it gzip-compressed), or as the
 * string a loader before LOAD_FORMAT 6 kept (read until the next load rewrites it), or null.
 */
function storedAnnotation(stored: unknown): string | null {
  if (typeof stored === 'string') return stored;
  if (!(stored instanceof Int8Array)) return null;
  return gunzipSync(new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength)).toString('utf8');
}

/** 'seed' or 'app' (a brief stored before origins were recorded is a seed), or null when none has the id. */
export async function briefOrigin(gateway: Neo4jGateway, id: string): Promise<BriefOrigin | null> {
  const [row] = await gateway.query(
    { name: 'briefs.origin' },
    "MATCH (b:Brief {id: $id}) RETURN coalesce(b.origin, 'seed') AS origin",
    { id },
  );
  return row ? (row.origin as BriefOrigin) : null;
}

/** Every reviewed brief's text and annotation file, seeds first, then by id (the load order). */
export async function reviewedBriefSources(
  gateway: Neo4jGateway,
): Promise<Array<{ id: string; origin: BriefOrigin; text: string; annotation: string }>> {
  const rows = await gateway.query(
    { name: 'briefs.reviewed-sources' },
    `MATCH (b:Brief) WHERE b.contentHash IS NOT NULL AND coalesce(b.annotationGzip, b.annotationJson) IS NOT NULL
     WITH b, coalesce(b.origin, 'seed') AS origin
     RETURN b.id AS id, origin, b.text AS text, coalesce(b.annotationGzip, b.annotationJson) AS annotation
     ORDER BY origin = 'app', b.id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    origin: r.origin as BriefOrigin,
    text: String(r.text),
    annotation: storedAnnotation(r.annotation) ?? '',
  }));
}

/** The ids a new brief's slug could clash with, and the brief whose text is this one, if any. */
export async function takenBriefIds(
  gateway: Neo4jGateway,
  slug: string,
  textSha256: string,
): Promise<{ ids: Set<string>; sameText: string | null }> {
  const [row] = await gateway.query(
    { name: 'briefs.taken-ids' },
    `OPTIONAL MATCH (b:Brief) WHERE b.id = $slug OR b.id STARTS WITH $prefix
     WITH collect(b.id) AS ids
     OPTIONAL MATCH (same:Brief {sha256: $sha})
     RETURN ids, head(collect(same.id)) AS sameText`,
    { slug, prefix: `${slug}-`, sha: textSha256 },
  );
  return { ids: new Set((row?.ids as string[]) ?? []), sameText: (row?.sameText as string | null) ?? null };
}

/** A brief added in the app and not yet reviewed: text and metadata, no annotation, no edges. */
export async function createAppBrief(
  gateway: Neo4jGateway,
  meta: BriefMetadata,
  text: string,
): Promise<void> {
  const { authors, ...rest } = meta;
  await gateway.write({ name: 'briefs.create' }, (run) =>
    run(
      `CREATE (b:Brief)
       SET b = $props, b.origin = 'app', b.addedAt = datetime(), b.loadedAt = datetime()`,
      { props: { ...rest, authorsJson: JSON.stringify(authors), text, frontMatterJson: '[]' } },
    ),
  );
}

/** Deletes the brief when it was never reviewed (nothing in the graph rests on it); false otherwise. */
export async function deletePendingBrief(gateway: Neo4jGateway, id: string): Promise<boolean> {
  const [row] = await gateway.write({ name: 'briefs.delete-pending' }, (run) =>
    run(
      `MATCH (b:Brief {id: $id}) WHERE b.contentHash IS NULL
       DETACH DELETE b RETURN count(*) AS deleted`,
      { id },
    ),
  );
  return Number(row?.deleted ?? 0) > 0;
}
