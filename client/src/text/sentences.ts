import type { Path, Relationship } from '@briefgraph/graph/domain/schemas';
import {
  getRelationshipType,
  isRelationshipTypeName,
  type Modality,
  modalVerb,
  negatedVerb,
  QUAD_CLASS_LABELS,
} from '@briefgraph/graph/domain/vocabulary';
import type { PathQuery } from '../state/url-state.ts';

/** How relationships, hops and paths read as plain English. DOM-free. */

export type NameOf = (actorId: string) => string;

export interface Sentence {
  readonly subjectId: string;
  readonly subject: string;
  readonly verb: string;
  readonly objectId: string;
  readonly object: string;
}

/** 'SECURITY_COOPERATION' → 'Security cooperation'. */
export function typeDisplayName(type: string): string {
  const words = type.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function typeLabel(type: string): string {
  return isRelationshipTypeName(type) ? getRelationshipType(type).label : type.toLowerCase();
}

/**
 * The verb with the statement's modality in words, as every renderer reads it
 * (graph/src/domain/vocabulary.ts modalVerb): "provokes", "is assessed to provoke", "should
 * provoke". A type outside the vocabulary keeps its name, and its modality beside it.
 */
export function relationshipVerb(rel: {
  readonly type: string;
  readonly modality: Modality;
  readonly negated?: boolean | undefined;
}): string {
  // A negative finding reads with "not" ("China does not support Russia"), as it is drawn.
  if (isRelationshipTypeName(rel.type))
    return rel.negated ? negatedVerb(rel.type, rel.modality) : modalVerb(rel.type, rel.modality);
  const name = typeLabel(rel.type);
  return rel.modality === 'fact' ? name : `${name} (${rel.modality})`;
}

/**
 * "North Korea provokes South Korea", "South Korea should hold talks with Russia": a directed
 * relationship always reads in its stored direction. An undirected one reads the same both
 * ways, so it starts from a recommendation's addressee, else from `perspectiveId` when given
 * ("South Korea is allied with United States" in South Korea's panel).
 */
export function relationshipSentence(rel: Relationship, nameOf: NameOf, perspectiveId?: string): Sentence {
  // A recommendation reads from who should act: undirected ends are in id order, so
  // "South Korea should hold talks with China" is kept by its addressee, not by the order.
  const lead = rel.modality === 'recommendation' && rel.addressee ? rel.addressee : perspectiveId;
  const swap = !rel.directed && lead !== undefined && rel.target === lead;
  const subjectId = swap ? rel.target : rel.source;
  const objectId = swap ? rel.source : rel.target;
  return {
    subjectId,
    subject: nameOf(subjectId),
    verb: relationshipVerb(rel),
    objectId,
    object: nameOf(objectId),
  };
}

export function sentenceText(s: Sentence): string {
  return `${s.subject} ${s.verb} ${s.object}`;
}

export function quadClassText(quadClass: Relationship['quadClass']): string {
  return quadClass === null
    ? 'structural tie (no CAMEO class)'
    : `${quadClass} · ${QUAD_CLASS_LABELS[quadClass]}`;
}

export interface Hop {
  readonly relationship: Relationship;
  readonly fromId: string;
  readonly toId: string;
  /** False when the hop runs against the stored arrow of a directed relationship. */
  readonly alongArrow: boolean;
}

/** edges[i] joins nodes[i] and nodes[i+1]; the edge keeps its stored direction. */
export function pathHops(path: Path): Hop[] {
  const hops: Hop[] = [];
  path.edges.forEach((relationship, i) => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    if (!from || !to) return;
    hops.push({
      relationship,
      fromId: from.id,
      toId: to.id,
      alongArrow: !relationship.directed || relationship.source === from.id,
    });
  });
  return hops;
}

/** What a chain says of a hop that is not stated as a fact. */
const CHAIN_MODALITY: Readonly<Record<Modality, string>> = {
  fact: '',
  assessment: ' (assessed)',
  recommendation: ' (recommended)',
};

/**
 * The connector between two names in a chain: "—alliance—", "—provocation→", "←support—", and
 * "—diplomacy (recommended)—" for what the brief says should be rather than is.
 */
export function hopConnector(hop: Hop): string {
  const name = `${hop.relationship.type.toLowerCase().replaceAll('_', ' ')}${CHAIN_MODALITY[hop.relationship.modality]}`;
  if (!hop.relationship.directed) return `—${name}—`;
  return hop.alongArrow ? `—${name}→` : `←${name}—`;
}

/** "South Korea —alliance— United States —opposition→ China —partnership— Russia". */
export function pathChain(path: Path): string {
  const first = path.nodes[0];
  if (!first) return '';
  let text = first.name;
  for (const hop of pathHops(path)) {
    const to = path.nodes.find((n) => n.id === hop.toId);
    text += ` ${hopConnector(hop)} ${to?.name ?? hop.toId}`;
  }
  return text;
}

function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * Why a path query found nothing, in the terms the user chose:
 * "No path from South Korea to Russia within 3 hops using alliance only."
 */
export function describeEmptyPathResult(query: PathQuery, nameOf: NameOf): string {
  const hops = `${query.maxHops} ${query.maxHops === 1 ? 'hop' : 'hops'}`;
  const parts = [`No path from ${nameOf(query.from)} to ${nameOf(query.to)} within ${hops}`];
  if (query.types.length > 0) {
    const names = query.types.map((t) => t.toLowerCase().replaceAll('_', ' '));
    parts.push(`using ${orList(names)} only`);
  }
  if (query.stance !== 'any') parts.push(`through ${query.stance} ties only`);
  if (query.direction === 'outgoing') parts.push('following the arrows');
  return `${parts.join(' ')}.`;
}

export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[m - 1] ?? ''} ${y}`;
}
