/**
 * The brief text in the page and back: each run of text is one element with `data-start`, its
 * offset in the brief text, holding exactly one text node, so a DOM selection maps back to JS
 * string offsets exactly (text.slice(start, end) === the selected quote).
 */

/** The offset in the brief text of a DOM boundary point inside `root`, or null outside it. */
export function pointToOffset(root: Element, node: Node, offset: number, textLength: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.start) + offset;
  }
  // An element boundary (a triple click, a selection ending at a paragraph's edge): the first run
  // at or after the point starts there; past the last one, the text ends there.
  const point = document.createRange();
  point.setStart(node, offset);
  for (const run of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const inRun = run.firstChild ?? run;
    if (point.comparePoint(inRun, 0) >= 0) return Number(run.dataset.start);
  }
  return textLength;
}

export interface TextSelection {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/**
 * The selection as offsets into `text`, trimmed of white space at either end (a double click
 * takes the space after a word); null when it is empty or not within `root`.
 */
export function selectionToSpan(
  root: Element,
  selection: Selection | null,
  text: string,
): TextSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const a = pointToOffset(root, range.startContainer, range.startOffset, text.length);
  const b = pointToOffset(root, range.endContainer, range.endOffset, text.length);
  if (a === null || b === null) return null;
  let start = Math.min(a, b);
  let end = Math.max(a, b);
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  // Never cut a surrogate pair in two.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  if (start >= end) return null;
  return { start, end, quote: text.slice(start, end) };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
