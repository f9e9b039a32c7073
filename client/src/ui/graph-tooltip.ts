import { corroboration } from '@briefgraph/graph/domain/corroboration';
import type { GraphModel } from '../graph/graph-model.ts';
import type { HoverPoint } from '../graph/graph-view-types.ts';
import type { Selection } from '../state/url-state.ts';
import { describeElement } from '../text/describe.ts';
import { relationshipSentence, sentenceText } from '../text/sentences.ts';
import { h } from './dom.ts';

/** A merged edge in words: "3 relationships", then each member's sentence (modality in words). */
export function bundleLines(model: GraphModel, ids: readonly string[]): string[] {
  const members = ids.flatMap((id) => model.relationship(id) ?? []);
  return [
    `${members.length} ${members.length === 1 ? 'relationship' : 'relationships'}`,
    ...members.map((rel) => sentenceText(relationshipSentence(rel, model.nameOf))),
  ];
}

/** A quote of at most `max` characters, cut after a whole word with an ellipsis, blanks trimmed. */
export function trimQuote(quote: string, max = 180): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A relationship under the pointer: its sentence, and its first quote, as the embed shows it. */
export interface QuotedLine {
  readonly text: string;
  readonly quote: string;
  /** "Supported by 2 briefs", when more than one brief supports it. */
  readonly briefs?: string | undefined;
}

export type TooltipContent = string | readonly string[] | QuotedLine;

/** What the pointer is over: an actor's line, or a relationship's sentence with its first quote. */
export function hoverContent(model: GraphModel, target: NonNullable<Selection>): TooltipContent | null {
  const text = describeElement(model, target);
  if (!text || target.kind !== 'relationship') return text;
  const rel = model.relationship(target.id);
  const quote = rel?.evidence[0]?.quote;
  if (!rel || !quote) return text;
  const briefs = corroboration(rel);
  return {
    text,
    quote: trimQuote(quote),
    ...(briefs > 1 ? { briefs: `Supported by ${briefs} briefs` } : {}),
  };
}

const GAP = 14;

/**
 * Where the tip goes, in stage pixels: beside the pointer, flipped left near the right edge; over
 * an actor, above the actor and its name (`avoid`), or below them when there is no room above,
 * so it never covers the name it is about.
 */
export function tooltipPlacement(
  at: HoverPoint,
  tip: { width: number; height: number },
  stage: { width: number; height: number },
): { left: number; top: number } {
  const right = at.x + GAP + tip.width > stage.width;
  const left = Math.max(4, right ? at.x - GAP - tip.width : at.x + GAP);
  if (!at.avoid) return { left, top: at.y + GAP };
  const centred = Math.min(Math.max(4, at.x - tip.width / 2), Math.max(4, stage.width - tip.width - 4));
  const above = at.avoid.y1 - 8 - tip.height;
  return { left: centred, top: above >= 4 ? above : at.avoid.y2 + 8 };
}

/** The line of text that follows the pointer over the canvas. */
export function createGraphTooltip(tip: HTMLElement) {
  return {
    /** One line, several (a merged edge: its count, then one line per member), or a sentence and its quote. */
    show(text: TooltipContent | null, at: HoverPoint | null) {
      if (!text || (Array.isArray(text) && text.length === 0) || !at) {
        // Asked on every moving frame: writing the attribute again would restyle the page.
        if (!tip.hidden) tip.hidden = true;
        return;
      }
      if (typeof text === 'string') tip.textContent = text;
      else if ('quote' in text)
        tip.replaceChildren(
          h('div', { class: 'tooltip-line' }, text.text),
          h('div', { class: 'tooltip-quote' }, `“${text.quote}”`),
          ...(text.briefs ? [h('div', { class: 'tooltip-briefs' }, text.briefs)] : []),
        );
      else
        tip.replaceChildren(
          ...text.map((line, i) => h('div', { class: i === 0 ? 'tooltip-count' : 'tooltip-line' }, line)),
        );
      tip.hidden = false;
      const stage = {
        width: tip.parentElement?.clientWidth || Number.POSITIVE_INFINITY,
        height: tip.parentElement?.clientHeight || Number.POSITIVE_INFINITY,
      };
      const { left, top } = tooltipPlacement(at, { width: tip.offsetWidth, height: tip.offsetHeight }, stage);
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
    },
  };
}
