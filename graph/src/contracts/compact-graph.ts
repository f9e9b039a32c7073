/**
 * The whole graph in few bytes, for the explorer opening up to 10,000 actors / 25,000
 * relationships (`GET /api/graph?format=compact`): columns instead of records, actors referred
 * to by their index, brief ids by theirs, and the evidence without its quotes (a relationship's
 * quotes come with `GET /api/relationships?ids=…` when someone reads them). Each actor carries
 * the position and community the server stored for it (whole-layout.ts), or null.
 *
 * The server encodes, the client decodes; both are here, free of zod, so the two cannot drift.
 */
import type { Placement } from '../domain/placement.ts';
import type { Actor, Evidence, Graph, Point, Relationship } from '../domain/schemas.ts';
import type { ActorKind, Modality, RelationshipTypeName } from '../domain/vocabulary.ts';
import { getRelationshipType } from '../domain/vocabulary.ts';

export const COMPACT_GRAPH_FORMAT = 'compact-1';

export type { Placement } from '../domain/placement.ts';

export interface CompactGraph {
  format: typeof COMPACT_GRAPH_FORMAT;
  truncated: boolean;
  /** Brief ids, referred to by index in `relationships.evidence`. */
  briefs: string[];
  actors: {
    id: string[];
    name: string[];
    kind: ActorKind[];
    aliases: string[][];
    iso3: (string | null)[];
    x: (number | null)[];
    y: (number | null)[];
    community: (number | null)[];
  };
  relationships: {
    id: string[];
    /** Index into `actors`. */
    source: number[];
    target: number[];
    type: RelationshipTypeName[];
    modality: Modality[];
    /** null: no attributes. */
    attributes: (Relationship['attributes'] | null)[];
    /** Index into `actors`, or null. */
    addressee: (number | null)[];
    /** Bits: 1 inferred, 2 negated. */
    flags: number[];
    note: (string | null)[];
    /** Per relationship, triples: brief index, start, end (the quote is not sent). */
    evidence: number[][];
  };
}

export function encodeCompactGraph(
  graph: Graph,
  placements: ReadonlyMap<string, Placement> = new Map(),
): CompactGraph {
  const actorIndex = new Map(graph.nodes.map((a, i) => [a.id, i]));
  const briefIndex = new Map<string, number>();
  const brief = (id: string) => {
    let i = briefIndex.get(id);
    if (i === undefined) {
      i = briefIndex.size;
      briefIndex.set(id, i);
    }
    return i;
  };
  const index = (id: string) => {
    const i = actorIndex.get(id);
    if (i === undefined) throw new Error(`relationship end ${id} is not among the graph's actors`);
    return i;
  };
  const placed = graph.nodes.map((a) => placements.get(a.id) ?? null);
  const edges = graph.edges;
  return {
    format: COMPACT_GRAPH_FORMAT,
    truncated: graph.truncated,
    actors: {
      id: graph.nodes.map((a) => a.id),
      name: graph.nodes.map((a) => a.name),
      kind: graph.nodes.map((a) => a.kind),
      aliases: graph.nodes.map((a) => a.aliases),
      iso3: graph.nodes.map((a) => a.iso3 ?? null),
      x: placed.map((p) => p?.x ?? null),
      y: placed.map((p) => p?.y ?? null),
      community: placed.map((p) => p?.community ?? null),
    },
    relationships: {
      id: edges.map((r) => r.id),
      source: edges.map((r) => index(r.source)),
      target: edges.map((r) => index(r.target)),
      type: edges.map((r) => r.type),
      modality: edges.map((r) => r.modality),
      attributes: edges.map((r) => (Object.keys(r.attributes).length > 0 ? r.attributes : null)),
      addressee: edges.map((r) => (r.addressee ? index(r.addressee) : null)),
      flags: edges.map((r) => (r.inferred ? 1 : 0) | (r.negated ? 2 : 0)),
      note: edges.map((r) => r.note ?? null),
      evidence: edges.map((r) => r.evidence.flatMap((e) => [brief(e.briefId), e.start, e.end])),
    },
    briefs: [...briefIndex.keys()],
  };
}

export interface DecodedGraph {
  /** Every relationship's evidence has its brief id and offsets, and an empty quote. */
  graph: Graph;
  /** The stored layout, for the actors that have one. */
  placements: Map<string, Placement>;
}

export function decodeCompactGraph(compact: CompactGraph): DecodedGraph {
  const a = compact.actors;
  const nodes: Actor[] = a.id.map((id, i) => {
    const actor: Actor = {
      id,
      name: a.name[i] ?? id,
      kind: a.kind[i] as ActorKind,
      aliases: a.aliases[i] ?? [],
    };
    const iso3 = a.iso3[i];
    if (iso3) actor.iso3 = iso3;
    return actor;
  });
  const placements = new Map<string, Placement>();
  a.id.forEach((id, i) => {
    const [x, y] = [a.x[i], a.y[i]];
    if (typeof x === 'number' && typeof y === 'number') {
      placements.set(id, { x, y, community: a.community[i] ?? 0 });
    }
  });
  const r = compact.relationships;
  const actorId = (i: number) => a.id[i] as string;
  const edges: Relationship[] = r.id.map((id, i) => {
    const type = r.type[i] as RelationshipTypeName;
    const definition = getRelationshipType(type);
    const triples = r.evidence[i] ?? [];
    const evidence: Evidence[] = [];
    for (let j = 0; j + 2 < triples.length; j += 3) {
      evidence.push({
        briefId: compact.briefs[triples[j] as number] as string,
        quote: '',
        start: triples[j + 1] as number,
        end: triples[j + 2] as number,
      });
    }
    const flags = r.flags[i] ?? 0;
    const addressee = r.addressee[i];
    const note = r.note[i];
    return {
      id,
      source: actorId(r.source[i] as number),
      target: actorId(r.target[i] as number),
      type,
      directed: definition.directed,
      modality: r.modality[i] as Modality,
      quadClass: definition.quadClass,
      attributes: r.attributes[i] ?? {},
      evidence,
      ...(addressee !== null && addressee !== undefined ? { addressee: actorId(addressee) } : {}),
      ...(flags & 1 ? { inferred: true as const } : {}),
      ...(flags & 2 ? { negated: true as const } : {}),
      ...(note ? { note } : {}),
    };
  });
  return { graph: { nodes, edges, truncated: compact.truncated }, placements };
}

/** Positions only, as a snapshot or a view stores them. */
export function placementPositions(placements: ReadonlyMap<string, Placement>): Record<string, Point> {
  return Object.fromEntries([...placements].map(([id, p]) => [id, { x: p.x, y: p.y }]));
}
