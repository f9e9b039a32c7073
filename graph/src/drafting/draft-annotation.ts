/**
 * draftAnnotation(text, gazetteer): a brief's drafted actors and relationships with exact
 * evidence offsets. The steps, each in its own module: sentences (text.ts), mentions
 * (gazetteer.ts, new-names.ts), groups and coreference (participants.ts), cues (type-cues.ts,
 * modality.ts), candidates per sentence (relations.ts); here they are put together and merged.
 */
import { getRelationshipType, type RelationshipTypeName } from '../domain/vocabulary.ts';
import { relationshipIdFor } from './actor-ids.ts';
import type { DraftActor, DraftAnnotation, DraftEvidence, DraftRelationship } from './draft.types.ts';
import { findMentions, type Gazetteer, type GazetteerActor, type Mention } from './gazetteer.ts';
import { findModalCues } from './modality.ts';
import { findNewNames } from './new-names.ts';
import { type Group, groupMentions, resolveGovernments, resolvePronouns } from './participants.ts';
import { type Candidate, sentenceCandidates } from './relations.ts';
import { type Span, splitSentences } from './text.ts';
import { findTypeCues } from './type-cues.ts';

interface SentenceParts {
  readonly span: Span;
  readonly groups: Group[];
  readonly modal: ReturnType<typeof contextOf>;
  readonly cues: ReturnType<typeof findTypeCues>;
}

function contextOf(span: Span, cueStarts: number[]) {
  return {
    sentence: span.text,
    sentenceStart: span.start,
    modals: findModalCues(span.text, span.start),
    cueStarts,
  };
}

/** Who the brief speaks to: the actor most often told what it should do, else the state named most. */
function homeActor(
  parts: readonly SentenceParts[],
  mentions: readonly Mention[],
  kindOf: (id: string) => string,
) {
  const counts = new Map<string, number>();
  for (const p of parts) {
    for (const modal of p.modal.modals) {
      if (!modal.cue.addressed) continue;
      const addressee = p.groups.filter((g) => g.end <= modal.start && g.prep === null && !g.anti).at(-1);
      for (const m of addressee?.members ?? []) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
  }
  if (counts.size === 0) {
    for (const m of mentions)
      if (kindOf(m.actorId) === 'state') counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function confidenceOf(c: Candidate, evidenceCount: number): number {
  let score = 0.55;
  if (c.explicit) score += 0.2;
  if (c.noun) score -= 0.05;
  if (c.inferred) score -= 0.25;
  score += Math.min(0.1, 0.05 * (evidenceCount - 1));
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}

export function draftAnnotation(text: string, gazetteer: Gazetteer): DraftAnnotation {
  const known = findMentions(text, gazetteer);
  const found = findNewNames(text, known, new Set(gazetteer.actors.keys()));
  const mentions = [...found.mentions, ...resolveGovernments(text, found.mentions)].sort(
    (a, b) => a.start - b.start,
  );
  const actors = new Map<string, GazetteerActor>(gazetteer.actors);
  const newIds = new Set<string>();
  for (const a of found.actors) {
    if (actors.has(a.id)) continue;
    actors.set(a.id, a);
    newIds.add(a.id);
  }
  const kindOf = (id: string) => actors.get(id)?.kind ?? 'organization';
  const leaders = new Map(found.leaderships.map((l) => [l.person, l.state]));
  const stateOf = (id: string) => leaders.get(id) ?? id;
  const fits = (id: string, type: RelationshipTypeName, end: 'source' | 'target') => {
    const kind = kindOf(id);
    if (kind === 'event') return type === 'PARTICIPATION' && end === 'target';
    if (type === 'PARTICIPATION' && end === 'target') return false;
    if (kind === 'sector' || kind === 'policy') return type === 'ECONOMIC_INTEREST' && end === 'target';
    return true;
  };

  const parts: SentenceParts[] = [];
  let previous: Group[] = [];
  for (const span of splitSentences(text)) {
    const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    const cues = findTypeCues(span.text, span.start);
    const cueStarts = cues.map((c) => c.start);
    const named = groupMentions(text, inside);
    const pronouns = resolvePronouns({
      text,
      sentenceStart: span.start,
      sentenceEnd: span.end,
      groups: named,
      previous,
      cueStarts,
    });
    const groups = [...named, ...pronouns].sort((a, b) => a.start - b.start);
    parts.push({ span, groups, cues, modal: contextOf(span, cueStarts) });
    if (named.length > 0) previous = named;
  }
  const home = homeActor(parts, mentions, kindOf);

  const candidates: Candidate[] = [];
  for (const p of parts) {
    candidates.push(
      ...sentenceCandidates({
        text: p.span.text,
        start: p.span.start,
        end: p.span.end,
        groups: p.groups,
        cues: p.cues,
        modal: p.modal,
        home,
        fits,
        stateOf,
        isParty: (id) => kindOf(id) === 'state' || kindOf(id) === 'organization',
      }),
    );
    for (const l of found.leaderships) {
      if (l.start < p.span.start || l.end > p.span.end) continue;
      candidates.push({
        type: 'LEADERSHIP',
        source: l.person,
        target: l.state,
        modality: 'fact',
        negated: false,
        inferred: false,
        start: l.start,
        end: l.end,
        cues: [text.slice(l.start, l.end)],
        noun: false,
        explicit: true,
        attributes: { title: l.title },
      });
    }
    for (const e of found.events) {
      if (e.start < p.span.start || e.end > p.span.end) continue;
      // The occasion is a fact; what the brief asks of it is carried by the other cues there.
      const [a, b] = e.participants;
      const base = {
        modality: 'fact' as const,
        negated: false,
        inferred: false,
        start: e.start,
        end: e.end,
        cues: ['summit'],
        noun: true,
        explicit: true,
      };
      candidates.push({ ...base, type: 'PARTICIPATION', source: a, target: e.event });
      candidates.push({ ...base, type: 'PARTICIPATION', source: b, target: e.event });
      const [s, t] = [stateOf(a), stateOf(b)].sort();
      candidates.push({
        ...base,
        type: 'DIPLOMACY',
        source: s!,
        target: t!,
        attributes: { form: 'summit', event: e.event },
      });
    }
  }

  // One relationship per (source, target, type, modality, negated), with all its evidence.
  const merged = new Map<string, { first: Candidate; all: Candidate[] }>();
  for (const c of candidates) {
    const key = [c.source, c.target, c.type, c.modality, c.negated].join('|');
    const entry = merged.get(key);
    if (entry) entry.all.push(c);
    else merged.set(key, { first: c, all: [c] });
  }
  const ids = new Set<string>();
  const relationships: DraftRelationship[] = [];
  for (const { first, all } of merged.values()) {
    const evidence: DraftEvidence[] = [];
    for (const c of all) {
      if (evidence.some((e) => e.start === c.start && e.end === c.end)) continue;
      evidence.push({ quote: text.slice(c.start, c.end), start: c.start, end: c.end });
    }
    let id = relationshipIdFor(first.source, first.type, first.target);
    if (first.negated) id = `${id}-negated`;
    if (ids.has(id)) id = `${id}-${first.modality}`;
    for (let n = 2; ids.has(id); n += 1)
      id = `${relationshipIdFor(first.source, first.type, first.target)}-${n}`;
    ids.add(id);
    relationships.push({
      id,
      source: first.source,
      target: first.target,
      type: first.type,
      modality: first.modality,
      attributes: Object.assign({}, ...all.map((c) => c.attributes ?? {})),
      evidence,
      confidence: Math.max(...all.map((c) => confidenceOf(c, evidence.length))),
      cues: [...new Set(all.flatMap((c) => c.cues))],
      inferred: all.every((c) => c.inferred),
      negated: first.negated,
      ...(first.modality === 'recommendation'
        ? { addressee: all.find((c) => c.addressee !== undefined)?.addressee ?? first.source }
        : {}),
    });
    if (!getRelationshipType(first.type).directed && first.source > first.target) {
      throw new Error(`undirected ${id} is not in id order`);
    }
  }

  const used = new Set([
    ...mentions.map((m) => m.actorId),
    ...relationships.flatMap((r) => [r.source, r.target]),
  ]);
  const draftActors: DraftActor[] = [...used].sort().flatMap((id) => {
    const a = actors.get(id);
    if (!a) return [];
    const aliases = [...new Set([...a.aliases, ...a.demonyms, ...a.metonyms])].filter((x) => x !== a.name);
    return [
      {
        id: a.id,
        name: a.name,
        kind: a.kind,
        ...(a.iso3 ? { iso3: a.iso3 } : {}),
        aliases,
        isNew: newIds.has(id),
      },
    ];
  });
  return { actors: draftActors, relationships };
}
