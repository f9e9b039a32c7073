/**
 * Relationship candidates of one sentence: for each type cue, its source and target from the
 * groups around it (the holder of a noun, "China's trade"; the addressee of a recommendation,
 * "the U.S. ... should ensure"; the subject in front of a verb; the object after it), its
 * modality and whether it is negated. Pure: the caller gives the sentence's groups and cues.
 */
import { getRelationshipType, type Modality, type RelationshipTypeName } from '../domain/vocabulary.ts';
import type { ModalContext } from './modality.ts';
import { isNegatedAt, modalityAt } from './modality.ts';
import type { Group } from './participants.ts';
import { clauseEnd, sameClause as inOneClause, relativeSpans, spanOf } from './sentence-spans.ts';
import type { FoundCue } from './type-cues.ts';

export interface Candidate {
  readonly type: RelationshipTypeName;
  readonly source: string;
  readonly target: string;
  readonly modality: Modality;
  readonly negated: boolean;
  readonly inferred: boolean;
  readonly start: number;
  readonly end: number;
  readonly cues: readonly string[];
  readonly noun: boolean;
  readonly explicit: boolean;
  /** Plain values the structure gives (a leader's title, the summit a talk is held at). */
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface SentenceInput {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Groups, pronouns included, sorted by start. */
  readonly groups: readonly Group[];
  readonly cues: readonly FoundCue[];
  readonly modal: ModalContext;
  /** The actor the brief addresses (most often told what it should do). */
  readonly home: string | undefined;
  /** Whether an actor may stand at an end of a type (events and sectors only where they fit). */
  readonly fits: (actorId: string, type: RelationshipTypeName, end: 'source' | 'target') => boolean;
  /** A leader stands for the state in state-to-state types. */
  readonly stateOf: (actorId: string) => string;
  /** States and organisations: the parties a recommendation may be about when it names none. */
  readonly isParty: (actorId: string) => boolean;
}

const HOLDER_GAP = /^(?:['’]s)?(?:\s+(?!and\b|or\b|with\b|of\b|to\b)\p{L}+)?\s*$/u;
const PAIR_TYPES = new Set<RelationshipTypeName>(['PROVOCATION', 'DEPLOYMENT']);

export function sentenceCandidates(input: SentenceInput): Candidate[] {
  const out: Candidate[] = [];
  const relatives = relativeSpans(input.text, input.start);
  const inRelative = (g: Group) => relatives.some(([s, e]) => g.start > s && g.end < e);
  let runningPair: string[] | undefined;
  // "regular deployment of U.S. strategic assets ... to prevent": the one who deploys prevents.
  let runningAgent: Group | undefined;
  /** No comma or semicolon between a and b, but for a relative clause (", which is making"). */
  const sameClause = (a: number, b: number) => inOneClause(input.text, input.start, a, b);

  const push = (
    cue: FoundCue,
    type: RelationshipTypeName,
    sources: readonly string[],
    targets: readonly string[],
    reading: { modality: Modality; modal?: { start: number; end: number; text: string } },
    spans: ({ start: number; end: number } | undefined)[],
    inferred: boolean,
    extraCues: string[] = [],
  ) => {
    const directed = getRelationshipType(type).directed;
    const negated = isNegatedAt(input.modal, cue.start);
    const seen = new Set<string>();
    for (const s0 of sources) {
      for (const t0 of targets) {
        const s = type === 'LEADERSHIP' || type === 'PARTICIPATION' ? s0 : input.stateOf(s0);
        const t = input.stateOf(t0);
        if (s === t || !input.fits(s, type, 'source') || !input.fits(t, type, 'target')) continue;
        const [a, b] = directed || s < t ? [s, t] : [t, s];
        if (seen.has(`${a}>${b}`)) continue;
        seen.add(`${a}>${b}`);
        const span = spanOf(cue, reading.modal, ...spans);
        out.push({
          type,
          source: a,
          target: b,
          modality: reading.modality,
          negated,
          inferred,
          start: span.start,
          end: span.end,
          cues: [cue.text, ...(reading.modal ? [reading.modal.text] : []), ...extraCues],
          noun: cue.noun,
          explicit: !inferred && spans.filter(Boolean).length >= 2,
          // Id order would lose who should act (seeds/README.md stores undirected types so).
          ...(!directed && reading.modality === 'recommendation' ? { attributes: { addressee: s } } : {}),
        });
      }
    }
  };

  const usable = (g: Group, type: RelationshipTypeName, end: 'source' | 'target') =>
    g.members.some((m) => input.fits(m, type, end));

  for (const [index, cue] of input.cues.entries()) {
    const nextCue = input.cues[index + 1]?.start ?? input.end;
    const reading = modalityAt(input.modal, cue.start, cue.noun);
    const before = input.groups.filter((g) => g.end <= cue.start);
    const after = input.groups.filter((g) => g.start >= cue.end && g.start < nextCue && !g.anti);
    let type = cue.type;

    // The holder of a noun: "China's trade", "the Korea-U.S. alliance", "its anti-American alliance".
    let holder: Group | undefined;
    let anti: Group | undefined;
    for (const g of [...before].reverse()) {
      const gap = input.text.slice(g.end - input.start, cue.start - input.start);
      if (g.anti && HOLDER_GAP.test(gap)) {
        anti = g;
        continue;
      }
      const gapToNext = anti ? input.text.slice(g.end - input.start, anti.start - 5 - input.start) : gap;
      if (cue.noun && !g.anti && HOLDER_GAP.test(gapToNext)) holder = g;
      break;
    }
    // An "anti-American alliance" is an alignment against someone, not a treaty (seeds/README.md).
    if (anti && type === 'ALLIANCE') type = 'PARTNERSHIP';

    // The subject: after the modal if one stands between, else the addressee of the modal.
    const subjects = before.filter((g) => g.prep === null && !g.anti && usable(g, type, 'source'));
    let subject = holder ?? subjects.at(-1);
    // A noun far from its would-be subject has none ("..., but also failing to prevent provocations").
    if (!holder && cue.noun && subject && !sameClause(subject.end, cue.start)) subject = undefined;
    let inferred = subject?.inferred ?? false;
    const modal = reading.modal;
    if (!holder && reading.modality === 'recommendation' && modal && !cue.noun) {
      const afterModal = subjects.filter((g) => g.start >= modal.end);
      const addressee = subjects.filter((g) => g.end <= modal.start && !inRelative(g)).at(-1);
      subject = afterModal.at(-1) ?? addressee ?? runningAgent;
      if (!subject && input.home) {
        subject = {
          members: [input.home],
          start: cue.start,
          end: cue.start,
          prep: null,
          anti: false,
          pronoun: false,
          inferred: true,
        };
        inferred = true;
      }
    }
    // "deployment of U.S. strategic assets": the one named after "of" acts.
    const ofGroup = after.find((g) => g.prep === 'of' && g.start - cue.end <= 5);
    if (!holder && cue.noun && ofGroup) {
      subject = ofGroup;
      runningAgent = ofGroup;
    }

    const clauseLimit = clauseEnd(input.text, input.start, cue.end);
    const objects = after.filter((g) => g.start < clauseLimit && g !== subject && usable(g, type, 'target'));
    let object = objects[0];

    if (cue.pair) {
      const named = [
        ...new Set(
          before
            .filter((g) => !g.anti)
            .flatMap((g) => g.members.map(input.stateOf))
            .reverse(),
        ),
      ];
      const pair = named.length >= 2 ? named.slice(0, 2) : runningPair;
      if (pair) {
        runningPair = pair;
        push(cue, type, [pair[0]!], [pair[1]!], reading, [cue], false);
      }
      continue;
    }

    if (anti) {
      const opposer = holder ?? (runningPair ? undefined : subjects.at(-1));
      const sources = opposer?.members ?? runningPair ?? [];
      const antiSpan = { start: anti.start - 'anti-'.length, end: anti.end };
      push(
        cue,
        'OPPOSITION',
        sources,
        anti.members,
        reading,
        [opposer, antiSpan],
        opposer?.inferred ?? false,
        ['anti-'],
      );
      if (type !== cue.type || cue.type === 'PARTNERSHIP') {
        const members = opposer && opposer.members.length >= 2 ? opposer.members : runningPair;
        if (members)
          push(cue, type, [members[0]!], members.slice(1), reading, [opposer], opposer?.inferred ?? false);
      }
      continue;
    }

    const directed = getRelationshipType(type).directed;
    if (!directed) {
      if (holder && holder.members.length >= 2) {
        // "South Korea, the U.S. and Japan's cooperation": every pair of the listed holders.
        const m = holder.members;
        for (let i = 0; i < m.length; i += 1) {
          push(cue, type, [m[i]!], m.slice(i + 1), reading, [holder, cue], holder.inferred);
        }
        continue;
      }
      const listed = object && object.members.length >= 2;
      const apart = subject !== undefined && !sameClause(subject.end, cue.start);
      if (object && listed && (object.prep === 'between' || object.prep === 'among' || !subject || apart)) {
        const m = object.members;
        for (let i = 0; i < m.length; i += 1)
          push(cue, type, [m[i]!], m.slice(i + 1), reading, [object, cue], false);
        continue;
      }
      if (subject && !object && subject.members.length >= 2 && sameClause(subject.end, cue.start)) {
        // "Japan and the Philippines signed an agreement": the parties are the subject's list.
        const m = subject.members;
        for (let i = 0; i < m.length; i += 1) {
          push(cue, type, [m[i]!], m.slice(i + 1), reading, [subject, cue], subject.inferred);
        }
        continue;
      }
      if (!subject && !object && reading.modality === 'recommendation' && input.home) {
        // "restore the balance of diplomacy": the parties named last, for the addressee (inferred).
        const last = [...before]
          .reverse()
          .find((g) => !g.anti && g.prep !== 'modifier' && g.members.every(input.isParty));
        if (last) push(cue, type, [input.home], last.members, reading, [last], true);
        continue;
      }
    }
    if (!subject) continue;
    if (!object && PAIR_TYPES.has(type) && input.home && !subject.members.includes(input.home)) {
      object = {
        members: [input.home],
        start: cue.end,
        end: cue.end,
        prep: null,
        anti: false,
        pronoun: false,
        inferred: true,
      };
      push(
        cue,
        type,
        subject.members,
        object.members,
        reading,
        [subject.inferred ? undefined : subject],
        true,
      );
      continue;
    }
    if (!object) continue;
    push(
      cue,
      type,
      subject.members,
      object.members,
      reading,
      [subject.inferred && subject.pronoun === false ? undefined : subject, object],
      inferred || object.inferred,
    );
  }
  return out;
}
