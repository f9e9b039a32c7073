/**
 * The modality of a relationship cue in its sentence: the nearest modal cue in front of it whose
 * scope reaches it, or a `before` cue later in its clause; a noun cue inside the object of
 * another relationship cue of its clause is presupposed ("blame North Korea for its provocations": the
 * provocations are a fact), as seeds/README.md asks.
 */
import type { Modality } from '../domain/vocabulary.ts';
import { MODAL_CUES, MODAL_STOP_PATTERNS, type ModalCue, NEGATION_PATTERN } from './modality-cues.data.ts';
import { clauseEnd as clauseEndIn } from './sentence-spans.ts';

export interface FoundModal {
  readonly cue: ModalCue;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const compiled = MODAL_CUES.map((cue) => ({ cue, regex: new RegExp(`\\b(?:${cue.pattern})\\b`, 'giu') }));
const stops = MODAL_STOP_PATTERNS.map((p) => new RegExp(`\\b${p}\\b`, 'giu'));

/** Modal cues in `text` (offsets relative to `offset`), the longest where two overlap. */
export function findModalCues(text: string, offset = 0): FoundModal[] {
  const blocked: [number, number][] = [];
  for (const stop of stops)
    for (const m of text.matchAll(stop)) blocked.push([m.index, m.index + m[0].length]);
  const found: FoundModal[] = [];
  for (const { cue, regex } of compiled) {
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (blocked.some(([s, e]) => start < e && s < end)) continue;
      found.push({ cue, start: offset + start, end: offset + end, text: m[0] });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundModal[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * True when `text` holds a recommendation's modal words (should, is required, …): the seed
 * validator asks it of a recommendation's quotes, so the drafter and the curator share one list.
 */
export function hasRecommendationCue(text: string): boolean {
  return findModalCues(text).some((m) => m.cue.modality === 'recommendation');
}

export interface ModalContext {
  /** The sentence text and where it starts in the brief. */
  readonly sentence: string;
  readonly sentenceStart: number;
  readonly modals: readonly FoundModal[];
  /** Starts of every relationship cue in the sentence, to tell a presupposed noun. */
  readonly cueStarts: readonly number[];
}

function clauseEnd(ctx: ModalContext, from: number): number {
  return clauseEndIn(ctx.sentence, ctx.sentenceStart, from);
}

function clauseStart(ctx: ModalContext, at: number): number {
  const before = ctx.sentence.slice(0, at - ctx.sentenceStart);
  const i = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return ctx.sentenceStart + (i < 0 ? 0 : i + 1);
}

export interface ModalReading {
  readonly modality: Modality;
  readonly modal?: FoundModal;
}

/** The modality of the relationship cue at [start, end); `noun` for nominal cues ("trade"). */
export function modalityAt(ctx: ModalContext, start: number, noun: boolean): ModalReading {
  const between = (a: number, b: number) => ctx.cueStarts.some((s) => s > a && s < b);
  // A modal after the cue in its clause that looks back ("deployment ... is required").
  const end = clauseEnd(ctx, start);
  const after = ctx.modals.find((m) => m.cue.scope === 'before' && m.start > start && m.start < end);
  if (after && !between(start, after.start)) return { modality: after.cue.modality, modal: after };
  const before = [...ctx.modals].reverse().find((m) => {
    // A `before` cue also frames what follows it ("is required ... to prevent").
    if (m.end > start) return false;
    if (m.cue.scope === 'clause' && clauseEnd(ctx, m.end) < start) return false;
    return true;
  });
  if (!before) return { modality: 'fact' };
  // Presupposed: a noun inside the object of another cue of the same clause.
  const previousCue = [...ctx.cueStarts].reverse().find((s) => s > before.end && s < start);
  if (noun && previousCue !== undefined && clauseEnd(ctx, previousCue) >= start) return { modality: 'fact' };
  return { modality: before.cue.modality, modal: before };
}

const negation = new RegExp(NEGATION_PATTERN, 'iu');

/** Whether the clause around [start, end) denies what it says ("has not been publicly discussed"). */
export function isNegatedAt(ctx: ModalContext, start: number): boolean {
  const from = clauseStart(ctx, start) - ctx.sentenceStart;
  const to = clauseEnd(ctx, start) - ctx.sentenceStart;
  return negation.test(ctx.sentence.slice(from, to));
}
