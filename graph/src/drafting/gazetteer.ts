/**
 * Actor mentions: every known name, alias, demonym and metonym found in the text, the longest
 * first where two overlap ("North Korea" over "Korea", "the Ukraine" over "Ukraine"). Names in
 * capitals ("US", "ROK", "U.S.") match only in capitals, so the pronoun "us" is no mention; in
 * other names each capital must stay a capital ("China" but not "china").
 */
import type { ActorKind } from '../domain/vocabulary.ts';
import { isWholeWord } from './text.ts';

export interface GazetteerActor {
  id: string;
  name: string;
  kind: ActorKind;
  iso3?: string;
  aliases: string[];
  /** "Chinese": the state, in "Chinese President" or "anti-Chinese". */
  demonyms: string[];
  /** "Beijing", "the Kremlin": the seat of government for the state. */
  metonyms: string[];
}

export type MentionForm = 'name' | 'demonym' | 'metonym';

export interface GazetteerEntry {
  readonly surface: string;
  readonly actorId: string;
  readonly form: MentionForm;
}

export interface Gazetteer {
  readonly actors: ReadonlyMap<string, GazetteerActor>;
  readonly entries: readonly GazetteerEntry[];
}

export interface Mention {
  readonly actorId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly form: MentionForm;
}

/** The shape of a seed annotation's actor: enough to recognise it in a new brief. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  iso3?: string;
  aliases?: readonly string[];
}

/**
 * One gazetteer from the base list and the actors of other briefs. A known actor with a base
 * actor's id adds its names to it; a name claimed by a known actor is taken from the base one.
 */
export function buildGazetteer(
  base: readonly GazetteerActor[],
  known: readonly KnownActor[] = [],
): Gazetteer {
  const actors = new Map<string, GazetteerActor>();
  for (const actor of base) {
    actors.set(actor.id, {
      ...actor,
      aliases: [...actor.aliases],
      demonyms: [...actor.demonyms],
      metonyms: [...actor.metonyms],
    });
  }
  const claimed = new Set<string>();
  for (const actor of known) {
    const names = [actor.name, ...(actor.aliases ?? [])];
    for (const n of names) claimed.add(n.toLowerCase());
    const existing = actors.get(actor.id);
    if (existing) {
      for (const n of names)
        if (n !== existing.name && !existing.aliases.includes(n)) existing.aliases.push(n);
    } else {
      actors.set(actor.id, {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        ...(actor.iso3 ? { iso3: actor.iso3 } : {}),
        aliases: [...(actor.aliases ?? [])],
        demonyms: [],
        metonyms: [],
      });
    }
  }
  const knownIds = new Set(known.map((k) => k.id));
  const entries: GazetteerEntry[] = [];
  const seen = new Set<string>();
  for (const actor of actors.values()) {
    const add = (surface: string, form: MentionForm) => {
      const key = `${surface}\u0000${actor.id}`;
      if (seen.has(key)) return;
      if (!knownIds.has(actor.id) && claimed.has(surface.toLowerCase())) return;
      seen.add(key);
      entries.push({ surface, actorId: actor.id, form });
    };
    // A base state's alpha-3 code is no name in prose ("AND", "CAN" in a heading); a known
    // actor's id may be (NATO).
    if (knownIds.has(actor.id) || actor.kind !== 'state') add(actor.id, 'name');
    add(actor.name, 'name');
    for (const a of actor.aliases) add(a, 'name');
    for (const d of actor.demonyms) add(d, 'demonym');
    for (const m of actor.metonyms) add(m, 'metonym');
  }
  // Ids like XI_JINPING or US_STRATEGIC_ASSETS never occur in prose; ISO codes and NATO do.
  return { actors, entries: entries.filter((e) => !e.surface.includes('_')) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Capitals in the name stay capitals in the text; an all-capitals name matches only as written. */
export function caseMatches(surface: string, found: string): boolean {
  if (surface.length !== found.length) return false;
  const acronym = !/\p{Ll}/u.test(surface);
  if (acronym) return surface === found;
  for (let i = 0; i < surface.length; i += 1) {
    const s = surface[i] ?? '';
    const f = found[i] ?? '';
    if (s !== s.toLowerCase() && f !== s) return false;
    if (s.toLowerCase() !== f.toLowerCase()) return false;
  }
  return true;
}

const patternCache = new WeakMap<Gazetteer, RegExp[]>();

function patterns(gazetteer: Gazetteer): RegExp[] {
  let list = patternCache.get(gazetteer);
  if (!list) {
    list = gazetteer.entries.map((e) => new RegExp(escapeRegExp(e.surface).replace(/['’]/g, "['’]"), 'giu'));
    patternCache.set(gazetteer, list);
  }
  return list;
}

/** Every mention in text[from, to), by start; overlaps resolved longest first, then leftmost. */
export function findMentions(text: string, gazetteer: Gazetteer, from = 0, to = text.length): Mention[] {
  const window = text.slice(from, to);
  const candidates: Mention[] = [];
  const list = patterns(gazetteer);
  gazetteer.entries.forEach((entry, i) => {
    const pattern = list[i]!;
    pattern.lastIndex = 0;
    for (const match of window.matchAll(pattern)) {
      const start = from + (match.index ?? 0);
      const end = start + match[0].length;
      if (!caseMatches(entry.surface.replace(/’/g, "'"), match[0].replace(/’/g, "'"))) continue;
      if (!isWholeWord(text, start, end)) continue;
      candidates.push({ actorId: entry.actorId, start, end, surface: match[0], form: entry.form });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
