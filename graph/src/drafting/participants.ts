/**
 * Mentions become groups of participants: "China-Russia" (a hyphen pair), "South Korea, the
 * U.S. and Japan" (a list), "anti-American" (the target of an opposition), each with the
 * preposition in front of it ("with", "between": an object, never a subject). Coreference is
 * taken only where it is plain: "it"/"its" for the subject named just before in the sentence,
 * "the two countries" for the last two actors named, "the Government" for the only actor whose
 * government was named; anything else reaching outside the sentence is marked inferred.
 */
import type { Mention } from './gazetteer.ts';

export interface Group {
  readonly members: readonly string[];
  readonly start: number;
  readonly end: number;
  /** The preposition right in front ("with", "between"), lower case, 'modifier' for "North Korean nuclear", or null. */
  readonly prep: string | null;
  readonly anti: boolean;
  readonly pronoun: boolean;
  /** The members come from coreference across sentences or an unsure antecedent. */
  readonly inferred: boolean;
}

const PREPOSITION =
  /\b(with|to|between|among|of|in|on|against|for|from|into|at|by|over|towards?|about)\s+(?:the\s+|its\s+|their\s+)?$/iu;
const JOIN_LIST = /^(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/iu;

function prepositionBefore(text: string, start: number): string | null {
  const match = PREPOSITION.exec(text.slice(Math.max(0, start - 20), start));
  return match?.[1]?.toLowerCase() ?? null;
}

function isAnti(text: string, start: number): boolean {
  return /\banti-$/iu.test(text.slice(Math.max(0, start - 5), start));
}

/** Nouns after a demonym that make it stand for the state ("the South Korean government"). */
const STATE_NOUN =
  /^\s+(?:government|president|prime minister|leader|leadership|officials?|authorities|administration|military|forces|troops|army|navy|side|foreign ministry|ministry)\b/iu;

/** "the North Korean nuclear issue": a demonym before another noun only describes it. */
function isModifier(text: string, m: Mention): boolean {
  return (
    m.form === 'demonym' &&
    !STATE_NOUN.test(text.slice(m.end, m.end + 40)) &&
    /^\s+\p{Ll}/u.test(text.slice(m.end))
  );
}

/** Mentions of one sentence, sorted, into groups. */
export function groupMentions(text: string, mentions: readonly Mention[]): Group[] {
  const groups: Group[] = [];
  let current:
    | { members: string[]; start: number; end: number; anti: boolean; modifier: boolean }
    | undefined;
  const close = () => {
    if (!current) return;
    groups.push({
      members: [...new Set(current.members)],
      start: current.start,
      end: current.end,
      prep: current.modifier ? 'modifier' : prepositionBefore(text, current.start),
      anti: current.anti,
      pronoun: false,
      inferred: false,
    });
    current = undefined;
  };
  for (const m of mentions) {
    const anti = isAnti(text, m.start);
    if (current && !anti && !current.anti) {
      const gap = text.slice(current.end, m.start);
      if (gap === '-' || JOIN_LIST.test(gap)) {
        current.members.push(m.actorId);
        current.end = m.end;
        continue;
      }
    }
    close();
    current = { members: [m.actorId], start: m.start, end: m.end, anti, modifier: isModifier(text, m) };
  }
  close();
  return groups;
}

export interface PronounContext {
  readonly text: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Groups of this sentence, without pronouns. */
  readonly groups: readonly Group[];
  /** Groups of the sentence before, if any. */
  readonly previous: readonly Group[];
  /** Starts of relationship cues, so "it defends" counts as a subject. */
  readonly cueStarts: readonly number[];
}

const REFERRING_IT = /^\s+(?:is|was|are|were|has been|have been)\s+\p{L}+ing\b/u;

/** Groups for "it", "its", "they", "their" and "the two countries" where their antecedent is plain. */
export function resolvePronouns(ctx: PronounContext): Group[] {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const out: Group[] = [];
  let last: Group | undefined;
  const pattern = /\b(?:it|its|they|their|the two (?:countries|sides|states)|both (?:countries|sides))\b/giu;
  for (const m of sentence.matchAll(pattern)) {
    const start = ctx.sentenceStart + m.index;
    const end = start + m[0].length;
    const word = m[0].toLowerCase();
    if (word === 'it') {
      const rest = ctx.text.slice(end, ctx.sentenceEnd);
      const nextWord = /^\s+\S/u.exec(rest);
      const cueNext = nextWord !== null && ctx.cueStarts.includes(end + nextWord[0].length - 1);
      if (!REFERRING_IT.test(rest) && !cueNext) continue;
    }
    if (/^(?:the two|both)/u.test(word)) {
      const before = ctx.groups.filter((g) => g.end <= start && !g.anti).flatMap((g) => g.members);
      const distinct = [...new Set(before.reverse())].slice(0, 2);
      if (distinct.length === 2) {
        out.push({ members: distinct, start, end, prep: null, anti: false, pronoun: true, inferred: false });
      }
      continue;
    }
    if (last) {
      last = { ...last, start, end, prep: prepositionBefore(ctx.text, start) };
      out.push(last);
      continue;
    }
    const subject = [...ctx.groups].reverse().find((g) => g.end <= start && !g.anti && g.prep === null);
    const fallback = ctx.previous.find((g) => !g.anti && g.prep === null);
    const antecedent = subject ?? fallback;
    if (!antecedent) continue;
    // Unsure when other subjects sit between the antecedent and the pronoun, or it is from before.
    const competing = ctx.groups.filter((g) => g.start > antecedent.end && g.end <= start && g.prep === null);
    last = {
      members: antecedent.members,
      start,
      end,
      prep: prepositionBefore(ctx.text, start),
      anti: false,
      pronoun: true,
      inferred: subject === undefined || competing.length > 0,
    };
    out.push(last);
  }
  return out;
}

/**
 * "the Government" for the actor whose government the brief named before ("The South Korean
 * government"): a mention, when exactly one such actor was named; none otherwise.
 */
export function resolveGovernments(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\bthe\s+government\b/giu)) {
    const start = m.index + 4;
    if (mentions.some((x) => x.start <= start && x.end > start)) continue;
    const owners = new Set(
      mentions
        .filter((x) => x.end < m.index && /^\s+government\b/iu.test(text.slice(x.end)))
        .map((x) => x.actorId),
    );
    if (owners.size !== 1) continue;
    const [actorId] = [...owners];
    out.push({
      actorId: actorId!,
      start,
      end: m.index + m[0].length,
      surface: text.slice(start, m.index + m[0].length),
      form: 'name',
    });
  }
  return out;
}
