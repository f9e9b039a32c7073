// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Card } from './review-model.ts';
import { selectionToSpan } from './text-offsets.ts';
import { renderText } from './text-pane.ts';

const card = (key: string, start: number, end: number, text: string): Card => ({
  key,
  source: 'KOR',
  target: 'JPN',
  type: 'ALLIANCE',
  modality: 'fact',
  attributes: {},
  evidence: [{ quote: text.slice(start, end), start, end }],
  confidence: 0.8,
  cues: [],
  inferred: false,
  negated: false,
  status: 'proposed',
  origin: 'draft',
});

function pane(text: string, cards: Card[] = []) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  renderText(root, text, cards, null, { onMarkClick: () => {} });
  return root;
}

/** Selects from the character at `from` to the one at `to` by finding them in the rendered runs. */
function select(root: Element, from: number, to: number) {
  const point = (offset: number): [Node, number] => {
    for (const run of root.querySelectorAll<HTMLElement>('[data-start]')) {
      const start = Number(run.dataset.start);
      const node = run.firstChild as Text;
      if (offset >= start && offset <= start + node.data.length) return [node, offset - start];
    }
    throw new Error(`no run holds ${offset}`);
  };
  const range = document.createRange();
  range.setStart(...point(from));
  range.setEnd(...point(to));
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('a selection in the brief text as offsets', () => {
  it('gives the exact quote across marks, with curly quotes and non-ASCII letters', () => {
    const text = 'Seoul’s “new” policy: Japan–Korea ties. Ōsaka and Jeju grow, 116 % more.';
    const quoteStart = text.indexOf('“new”');
    const root = pane(text, [card('c1', text.indexOf('Japan'), text.indexOf(' ties'), text)]);
    const from = quoteStart;
    const to = text.indexOf('Ōsaka') + 'Ōsaka'.length;
    const span = selectionToSpan(root, select(root, from, to), text)!;
    expect(span).toEqual({ start: from, end: to, quote: text.slice(from, to) });
    expect(text.slice(span.start, span.end)).toBe(span.quote);
    expect(span.quote).toBe('“new” policy: Japan–Korea ties. Ōsaka');
  });

  it('counts JS string offsets in an NFC text and never cuts a surrogate pair', () => {
    const text = 'Café talks 🇰🇷 and 한국 diplomacy.'.normalize('NFC');
    const root = pane(text);
    const from = text.indexOf('한국');
    const span = selectionToSpan(root, select(root, from, from + 2), text)!;
    expect(span.quote).toBe('한국');
    const flag = text.indexOf('🇰🇷');
    // Starting in the middle of the flag's first surrogate pair widens the span to whole characters.
    const mid = selectionToSpan(root, select(root, flag + 1, flag + 4), text)!;
    expect(mid.start).toBe(flag);
    expect(text.slice(mid.start, mid.end)).toBe(mid.quote);
  });

  it('trims white space at the ends and maps paragraphs that the page splits', () => {
    const text = 'First paragraph here.\n\n  Second one, with Japan.';
    const root = pane(text);
    expect(root.querySelectorAll('p')).toHaveLength(2);
    const from = text.indexOf('here');
    const to = text.indexOf('Second') + 6;
    const span = selectionToSpan(root, select(root, from, to), text)!;
    expect(span.quote).toBe('here.\n\n  Second');
    const spaced = selectionToSpan(
      root,
      select(root, text.indexOf(' with'), text.indexOf('Japan') + 5),
      text,
    )!;
    expect(spaced.quote).toBe('with Japan');
  });

  it('maps an element boundary (a triple click) to the run that starts there', () => {
    const text = 'One.\n\nTwo words.';
    const root = pane(text);
    const second = root.querySelectorAll('p')[1]!;
    const range = document.createRange();
    range.setStart(second, 0);
    range.setEnd(second, second.childNodes.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionToSpan(root, selection, text)?.quote).toBe('Two words.');
  });

  it('is null for an empty selection or one outside the text', () => {
    const text = 'Some text.';
    const root = pane(text);
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionToSpan(root, selection, text)).toBeNull();
    selection.removeAllRanges();
    expect(selectionToSpan(root, selection, text)).toBeNull();
  });
});
