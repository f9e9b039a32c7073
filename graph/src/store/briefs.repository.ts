/**
 * Cypher for the Brief aggregate: metadata, the full text, and the evidence spans in it.
 */

import type { BriefListItem } from '../contracts/api.contracts.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Brief, EvidenceSpan, TextRange } from '../domain/schemas.ts';
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
    'MATCH (b:Brief {id: $id}) RETURN b.text AS text, b.annotationJson AS annotation',
    { id },
  );
  if (!row) throw new NotFoundError(`No brief has the id "${id}".`, { brief: id });
  return { text: String(row.text), annotation: typeof row.annotation === 'string' ? row.annotation : null };
}
