import type { GraphModel } from '../graph/graph-model.ts';
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

/** The line of text that follows the pointer over the canvas. */
export function createGraphTooltip(tip: HTMLElement) {
  return {
    /** One line, or several (a merged edge: its count, then one line per member). */
    show(text: string | readonly string[] | null, at: { x: number; y: number } | null) {
      if (!text || text.length === 0 || !at) {
        tip.hidden = true;
        return;
      }
      if (typeof text === 'string') tip.textContent = text;
      else
        tip.replaceChildren(
          ...text.map((line, i) => h('div', { class: i === 0 ? 'tooltip-count' : 'tooltip-line' }, line)),
        );
      tip.hidden = false;
      const stageWidth = tip.parentElement?.clientWidth ?? Number.POSITIVE_INFINITY;
      const width = tip.offsetWidth;
      // Flip to the left of the pointer near the right edge, so it is never clipped.
      const left = at.x + 14 + width > stageWidth ? at.x - 14 - width : at.x + 14;
      tip.style.left = `${Math.max(4, left)}px`;
      tip.style.top = `${at.y + 14}px`;
    },
  };
}
