/**
 * Merges what several briefs say into one graph, in memory and before anything is written: an
 * actor or a relationship that briefs share becomes one, and a brief that contradicts another
 * (a name taken by another actor, a relationship id with other ends, type or modality) is
 * refused, naming both. The loader (loader.ts) writes the result.
 */
import { SeedValidationError } from '../domain/errors.ts';
import type { Actor, Relationship } from '../domain/schemas.ts';
import type { Seed } from './validate-seed.ts';

/**
 * Merges actors that several briefs share: first name and kind win, aliases are unioned. A name
 * or alias is one actor's across all briefs ("ROK" in a new brief is South Korea, KOR): a brief
 * that gives another actor a name or alias already taken is refused, naming both.
 */
export function mergeActors(seeds: readonly Seed[]): Array<Actor & { briefIds: string[] }> {
  const byId = new Map<string, Actor & { briefIds: string[] }>();
  const keyOwner = new Map<string, { id: string; brief: string }>();
  const problems: string[] = [];
  // Actors whose every name so far is their own: the same names again need no check.
  const clean = new Map<string, Set<string>>();
  for (const seed of seeds) {
    for (const actor of seed.actors) {
      const names = clean.get(actor.id);
      const existing = byId.get(actor.id);
      if (existing && names?.has(actor.name) && actor.aliases.every((alias) => names.has(alias))) {
        existing.briefIds.push(seed.brief.id);
        continue;
      }
      const before = problems.length;
      for (const key of new Set([actor.id, actor.name, ...actor.aliases].map((k) => k.toLowerCase()))) {
        const owner = keyOwner.get(key);
        if (!owner) keyOwner.set(key, { id: actor.id, brief: seed.brief.id });
        else if (owner.id !== actor.id) {
          problems.push(
            `${seed.brief.id}: actor ${actor.id}'s name or alias "${key}" is already ${owner.id}'s (in ${owner.brief}); use ${owner.id}, or drop the alias`,
          );
        }
      }
      if (existing) {
        existing.aliases = [...new Set([...existing.aliases, ...actor.aliases])];
        existing.briefIds.push(seed.brief.id);
      } else {
        byId.set(actor.id, { ...actor, aliases: [...actor.aliases], briefIds: [seed.brief.id] });
      }
      if (problems.length > before) clean.delete(actor.id);
      else if (!existing) clean.set(actor.id, new Set([actor.name, ...actor.aliases]));
      else if (names) for (const name of [actor.name, ...actor.aliases]) names.add(name);
    }
  }
  if (problems.length) throw new SeedValidationError(problems);
  return [...byId.values()];
}

/**
 * One relationship per id across briefs: the first brief's ends, type, modality and attributes
 * (later briefs add attributes it lacks), every brief's evidence in brief order. A brief that
 * gives the same id other ends, another type or another modality is refused, naming both.
 */
export function mergeRelationships(seeds: readonly Seed[]): Array<Relationship & { briefIds: string[] }> {
  const byId = new Map<string, Relationship & { briefIds: string[] }>();
  const problems: string[] = [];
  for (const seed of seeds) {
    for (const rel of seed.relationships) {
      const existing = byId.get(rel.id);
      if (!existing) {
        byId.set(rel.id, { ...rel, evidence: [...rel.evidence], briefIds: [seed.brief.id] });
        continue;
      }
      // A brief that says it is not so (negated) contradicts one that says it is: not the same finding.
      const differs = (['source', 'target', 'type', 'modality', 'negated', 'addressee'] as const).filter(
        (k) => (existing[k] ?? false) !== (rel[k] ?? false),
      );
      if (differs.length) {
        problems.push(
          `${seed.brief.id}: relationship ${rel.id} has another ${differs.join(', ')} than in ${existing.briefIds[0]} (${differs.map((k) => `${rel[k] ?? 'none'} vs ${existing[k] ?? 'none'}`).join(', ')}); give it an id of its own (e.g. ${rel.id}-${rel.negated ? 'not' : rel.modality})`,
        );
        continue;
      }
      existing.evidence.push(...rel.evidence);
      existing.attributes = { ...rel.attributes, ...existing.attributes };
      // Inferred only while no brief names both ends; the first note given is kept.
      if (!rel.inferred) delete existing.inferred;
      if (!existing.note && rel.note) existing.note = rel.note;
      if (!existing.briefIds.includes(seed.brief.id)) existing.briefIds.push(seed.brief.id);
    }
  }
  if (problems.length) throw new SeedValidationError(problems);
  return [...byId.values()];
}
