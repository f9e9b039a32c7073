/** Relationship cues in a sentence (type-cues.data.ts), the longest where two overlap. */
import type { RelationshipTypeName } from '../domain/vocabulary.ts';
import { TYPE_CUE_STOP_PATTERNS, TYPE_CUES } from './type-cues.data.ts';

export interface FoundCue {
  readonly type: RelationshipTypeName;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly noun: boolean;
  readonly pair: boolean;
}

const compiled = TYPE_CUES.map((cue) => ({ cue, regex: new RegExp(`\\b(?:${cue.pattern})\\b`, 'giu') }));
const stops = TYPE_CUE_STOP_PATTERNS.map((p) => new RegExp(`\\b${p}\\b`, 'giu'));

export function findTypeCues(text: string, offset = 0): FoundCue[] {
  const blocked: [number, number][] = [];
  for (const stop of stops)
    for (const m of text.matchAll(stop)) blocked.push([m.index, m.index + m[0].length]);
  const found: FoundCue[] = [];
  for (const { cue, regex } of compiled) {
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (blocked.some(([s, e]) => start < e && s < end)) continue;
      found.push({
        type: cue.type,
        start: offset + start,
        end: offset + end,
        text: m[0],
        noun: cue.noun ?? false,
        pair: cue.pair ?? false,
      });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundCue[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
