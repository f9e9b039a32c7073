/**
 * A draft measured against a reviewed annotation of the same brief: precision and recall on
 * (source, target, type, modality), modality accuracy of the pairs found with the right type,
 * and the share of evidence whose offsets slice back to its quote. A drafted actor counts as a
 * curated one when their ids are equal or a name or alias of one equals a name or alias of the
 * other (case and a leading "the" aside), as a reviewer would link them.
 */
import { getRelationshipType } from '../domain/vocabulary.ts';
import type { DraftAnnotation } from './draft.types.ts';

export interface CuratedActor {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface CuratedRelationship {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly modality: string;
  /** A negative finding: scored apart from the positive ties, against the draft's own. */
  readonly negated?: boolean;
  /** Who should act, on a recommendation. */
  readonly addressee?: string;
}

export interface DraftScore {
  readonly curated: number;
  readonly drafted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  /** Curated relationships whose (source, target, type) the draft has, and of them with the right modality. */
  readonly typeMatched: number;
  readonly modalityRight: number;
  readonly modalityAccuracy: number;
  readonly evidence: number;
  readonly exactEvidence: number;
  /** Drafted negative findings; the curated ones; those of the curated found (same tuple, negated). */
  readonly negativeFindings: number;
  readonly curatedNegativeFindings: number;
  readonly negativeMatched: number;
  /** Curated recommendations found (same tuple), and of them those drafted with the same addressee. */
  readonly recommendationsMatched: number;
  readonly addresseeRight: number;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[’]/gu, "'");

/** Draft actor id → curated actor id, where they can be linked. */
export function alignActors(
  draft: DraftAnnotation['actors'],
  curated: readonly CuratedActor[],
): Map<string, string> {
  const byName = new Map<string, string>();
  for (const c of curated) for (const n of [c.id, c.name, ...c.aliases]) byName.set(key(n), c.id);
  const out = new Map<string, string>();
  for (const d of draft) {
    const ids = new Set(curated.map((c) => c.id));
    if (ids.has(d.id)) {
      out.set(d.id, d.id);
      continue;
    }
    const hit = [d.name, ...d.aliases].map((n) => byName.get(key(n))).find((x) => x !== undefined);
    if (hit) out.set(d.id, hit);
  }
  return out;
}

function tupleOf(source: string, target: string, type: string): string {
  const directed = getRelationshipType(type).directed;
  const [a, b] = directed || source < target ? [source, target] : [target, source];
  return `${a}|${b}|${type}`;
}

export function scoreDraft(
  text: string,
  draft: DraftAnnotation,
  curated: { actors: readonly CuratedActor[]; relationships: readonly CuratedRelationship[] },
): DraftScore {
  const align = alignActors(draft.actors, curated.actors);
  const id = (x: string) => align.get(x) ?? `draft:${x}`;
  const positive = draft.relationships.filter((r) => !r.negated);
  const draftKeys = new Map<string, string>();
  const draftAddressees = new Map<string, string | undefined>();
  const draftTuples = new Map<string, Set<string>>();
  for (const r of positive) {
    const tuple = tupleOf(id(r.source), id(r.target), r.type);
    draftKeys.set(`${tuple}|${r.modality}`, r.id);
    draftAddressees.set(`${tuple}|${r.modality}`, r.addressee === undefined ? undefined : id(r.addressee));
    const modalities = draftTuples.get(tuple) ?? new Set<string>();
    modalities.add(r.modality);
    draftTuples.set(tuple, modalities);
  }
  const curatedKeys = new Map<string, string>();
  const curatedNegative = new Set<string>();
  let recommendationsMatched = 0;
  let addresseeRight = 0;
  for (const r of curated.relationships) {
    const k = `${tupleOf(r.source, r.target, r.type)}|${r.modality}`;
    if (r.negated) curatedNegative.add(k);
    else curatedKeys.set(k, r.id);
    if (!r.negated && r.modality === 'recommendation' && draftKeys.has(k)) {
      recommendationsMatched += 1;
      if (r.addressee !== undefined && draftAddressees.get(k) === r.addressee) addresseeRight += 1;
    }
  }
  const draftNegative = new Set(
    draft.relationships
      .filter((r) => r.negated)
      .map((r) => `${tupleOf(id(r.source), id(r.target), r.type)}|${r.modality}`),
  );
  const matched = [...curatedKeys.keys()].filter((k) => draftKeys.has(k));
  let typeMatched = 0;
  let modalityRight = 0;
  for (const k of curatedKeys.keys()) {
    const [a, b, type, modality] = k.split('|');
    const modalities = draftTuples.get(`${a}|${b}|${type}`);
    if (!modalities) continue;
    typeMatched += 1;
    if (modalities.has(modality ?? '')) modalityRight += 1;
  }
  const evidence = draft.relationships.flatMap((r) => r.evidence);
  const exact = evidence.filter((e) => text.slice(e.start, e.end) === e.quote && e.quote.length > 0);
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    curated: curatedKeys.size,
    drafted: draftKeys.size,
    matched: matched.length,
    precision: ratio(matched.length, draftKeys.size),
    recall: ratio(matched.length, curatedKeys.size),
    typeMatched,
    modalityRight,
    modalityAccuracy: ratio(modalityRight, typeMatched),
    evidence: evidence.length,
    exactEvidence: exact.length,
    negativeFindings: draft.relationships.length - positive.length,
    curatedNegativeFindings: curatedNegative.size,
    recommendationsMatched,
    addresseeRight,
    negativeMatched: [...curatedNegative].filter((k) => draftNegative.has(k)).length,
    missed: [...curatedKeys.entries()].filter(([k]) => !draftKeys.has(k)).map(([, v]) => v),
    extra: [...draftKeys.entries()].filter(([k]) => !curatedKeys.has(k)).map(([, v]) => v),
  };
}
