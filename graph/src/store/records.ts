/**
 * How actors and relationships are projected out of Cypher and turned back into the API
 * records of schemas.ts. Every repository uses these, so one node or edge looks the same
 * whichever query found it.
 */
import type { Actor, Relationship } from '../domain/schemas.ts';
import { getRelationshipType, type Modality, type RelationshipTypeName } from '../domain/vocabulary.ts';

/** Cypher map projection of an :Actor bound to `a` (or another variable). */
export const actorProjection = (v: string) => `${v} {.id, .name, .kind, .aliases, .iso3}`;

/** Cypher map projection of an actor-to-actor relationship bound to `r`. */
export const relationshipProjection = (v: string) =>
  `{id: ${v}.id, source: startNode(${v}).id, target: endNode(${v}).id, type: type(${v}), ` +
  `modality: ${v}.modality, attributesJson: ${v}.attributesJson, evidenceJson: ${v}.evidenceJson}`;

export function toActor(row: unknown): Actor {
  const r = row as {
    id: string;
    name: string;
    kind: Actor['kind'];
    aliases?: string[];
    iso3?: string | null;
  };
  const actor: Actor = { id: r.id, name: r.name, kind: r.kind, aliases: r.aliases ?? [] };
  if (r.iso3) actor.iso3 = r.iso3;
  return actor;
}

export function toRelationship(row: unknown): Relationship {
  const r = row as {
    id: string;
    source: string;
    target: string;
    type: RelationshipTypeName;
    modality: Modality;
    attributesJson: string;
    evidenceJson: string;
  };
  const definition = getRelationshipType(r.type);
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    directed: definition.directed,
    modality: r.modality,
    quadClass: definition.quadClass,
    attributes: JSON.parse(r.attributesJson),
    evidence: JSON.parse(r.evidenceJson),
  };
}
