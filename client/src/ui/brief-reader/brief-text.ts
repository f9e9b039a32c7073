import type { Brief } from '@briefgraph/graph/domain/schemas';
import { segmentBrief } from '../../text/brief-segments.ts';
import { h } from '../dom.ts';
import { typeColor } from '../swatches.ts';

/**
 * The brief's text as paragraphs with a <mark> per evidence segment, each mark knowing every
 * relationship it supports; and the marking of a selection on them. The source page's front
 * matter (a view counter, an e-mail address) is set apart in a collapsed block at the top.
 */

export interface ReaderEmphasis {
  readonly selected: string | null;
  readonly related: ReadonlySet<string>;
  readonly hidden: ReadonlySet<string>;
}

export interface BriefText {
  readonly body: HTMLElement;
  /** The marks of each relationship, in reading order. */
  readonly marks: ReadonlyMap<string, HTMLElement[]>;
  readonly allMarks: readonly HTMLElement[];
}

export const markIds = (mark: HTMLElement): string[] =>
  (mark.dataset.relationshipIds ?? '').split(' ').filter(Boolean);

export function briefText(brief: Brief, describe: (relationshipId: string) => string): BriefText {
  const spansById = new Map(brief.spans.map((s) => [s.relationshipId, s]));
  const marks = new Map<string, HTMLElement[]>();
  const allMarks: HTMLElement[] = [];
  const body = h('div', { class: 'reader-body', 'data-testid': 'brief-text' });
  const front = brief.frontMatter;
  const inFront = (offset: number) => front.some((r) => offset >= r.start && offset < r.end);
  const frontParagraphs: HTMLElement[] = [];
  const boundaries = front.flatMap((r) => [r.start, r.end]);
  for (const paragraph of segmentBrief(brief.text, brief.spans, boundaries)) {
    // The source page's furniture (annotation frontMatter) goes apart, as plain text.
    const furniture = paragraph.filter((segment) => inFront(segment.start));
    if (furniture.some((segment) => segment.text.trim())) {
      frontParagraphs.push(
        h('p', { class: 'reader-paragraph' }, furniture.map((segment) => segment.text).join('')),
      );
    }
    const own = paragraph.filter((segment) => !inFront(segment.start));
    if (!own.some((segment) => segment.text.trim())) continue;
    const p = h('p', { class: 'reader-paragraph' });
    for (const segment of own) {
      const ids = segment.relationshipIds;
      const first = ids[0];
      if (!first) {
        p.append(segment.text);
        continue;
      }
      const span = spansById.get(first);
      const mark = h(
        'mark',
        {
          class: `evidence-span modality-${span?.modality ?? 'fact'}`,
          'data-relationship-id': first,
          'data-relationship-ids': ids.join(' '),
          'data-mark-index': String(allMarks.length),
          'data-start': String(segment.start),
          // A blank piece between two quoted words keeps the highlight continuous but is
          // no stop for the keyboard or a screen reader. The passages are one Tab stop together
          // (roving-marks.ts), so each starts out of the Tab order.
          ...(segment.text.trim()
            ? { tabindex: '-1', role: 'button', 'aria-pressed': 'false' }
            : { 'aria-hidden': 'true' }),
          title: ids.map((id) => describe(id)).join('\n'),
          style: `--type-color:${typeColor(span?.type ?? '')}`,
        },
        segment.text,
      );
      for (const id of ids) {
        const list = marks.get(id);
        if (list) list.push(mark);
        else marks.set(id, [mark]);
      }
      allMarks.push(mark);
      p.append(mark);
    }
    body.append(p);
  }
  if (frontParagraphs.length) {
    body.prepend(
      h(
        'details',
        { class: 'reader-front-matter', 'data-testid': 'front-matter' },
        h('summary', null, 'Source page details'),
        ...frontParagraphs,
      ),
    );
  }
  return { body, marks, allMarks };
}

/** Selected, related (less strongly) and muted (every relationship it supports hidden by filters). */
export function paintMarks(marks: readonly HTMLElement[], emphasis: ReaderEmphasis): void {
  for (const mark of marks) {
    const ids = markIds(mark);
    const selected = emphasis.selected !== null && ids.includes(emphasis.selected);
    mark.classList.toggle('is-selected', selected);
    mark.classList.toggle('is-related', !selected && ids.some((id) => emphasis.related.has(id)));
    mark.classList.toggle(
      'is-muted',
      ids.every((id) => emphasis.hidden.has(id)),
    );
    if (mark.role === 'button') mark.setAttribute('aria-pressed', String(selected));
  }
}
