/**
 * Corroboration: how many briefs support a relationship, derived from its evidence (each quote
 * names its brief; the loader merges one relationship's quotes from every brief that annotates
 * it). Nothing is stored for it, so it cannot disagree with the quotes. Pure; the explorer's
 * panels and the shared drawing (edge widths) read it.
 */
import type { Evidence, Relationship } from './relationship.ts';

/** The briefs that support it, in the order their quotes come (the loader's brief order). */
export function supportingBriefIds(rel: Pick<Relationship, 'evidence'>): string[] {
  return [...new Set(rel.evidence.map((e) => e.briefId))];
}

/** Number of distinct briefs that support it (1 for a relationship of one brief). */
export function corroboration(rel: Pick<Relationship, 'evidence'>): number {
  return supportingBriefIds(rel).length;
}

export interface BriefEvidence {
  readonly briefId: string;
  readonly evidence: readonly Evidence[];
}

/**
 * Its quotes grouped by brief: briefs by publication date (oldest first, when `publishedOn`
 * knows them; unknown briefs after, in evidence order), each brief's quotes in text order.
 */
export function evidenceByBrief(
  rel: Pick<Relationship, 'evidence'>,
  publishedOn: (briefId: string) => string | undefined = () => undefined,
): BriefEvidence[] {
  const ids = supportingBriefIds(rel);
  const order = new Map(ids.map((id, i) => [id, i]));
  const dated = [...ids].sort((a, b) => {
    const da = publishedOn(a);
    const db = publishedOn(b);
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (da && !db) return -1;
    if (!da && db) return 1;
    return (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
  return dated.map((briefId) => ({
    briefId,
    evidence: rel.evidence.filter((e) => e.briefId === briefId).sort((x, y) => x.start - y.start),
  }));
}
