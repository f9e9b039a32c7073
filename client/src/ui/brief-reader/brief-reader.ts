import type { Brief, BriefMetadata } from '@briefgraph/graph/domain/schemas';
import { formatDate } from '../../text/sentences.ts';
import { h } from '../dom.ts';
import { type BriefText, briefText, markIds, paintMarks, type ReaderEmphasis } from './brief-text.ts';
import { type RovingMarks, rovingMarks } from './roving-marks.ts';
import { createSpanMenu } from './span-menu.ts';

/**
 * The full brief with every evidence span highlighted. One half of the product's two-way link:
 * the selected relationship's quotes light up and scroll into view; clicking a highlighted quote
 * selects its relationship (or, when quotes overlap, offers the relationships it supports).
 */

export type { ReaderEmphasis } from './brief-text.ts';

/** A brief of the picker: its metadata, and whether it is reviewed (GET /api/briefs items say). */
export type ReaderBrief = BriefMetadata & { readonly reviewed?: boolean };

export interface BriefReaderHandlers {
  onSelectRelationship(id: string): void;
  onChooseBrief(briefId: string): void;
  /** "North Korea provokes South Korea", for tooltips and the overlap menu. */
  describe(relationshipId: string): string;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function header(...children: Array<Node | null>): HTMLElement {
  return h('header', { class: 'reader-header' }, ...children);
}

export function createBriefReader(container: HTMLElement, handlers: BriefReaderHandlers) {
  let currentId: string | null = null;
  let text: BriefText | null = null;
  let roving: RovingMarks | null = null;
  let types = new Map<string, string>();
  let emphasis: ReaderEmphasis = { selected: null, related: new Set(), hidden: new Set() };
  const menu = createSpanMenu({
    onChoose: (id) => handlers.onSelectRelationship(id),
    describe: (id) => handlers.describe(id),
    typeOf: (id) => types.get(id) ?? '',
  });

  function activate(mark: HTMLElement) {
    const ids = markIds(mark);
    if (ids.length === 1 && ids[0]) handlers.onSelectRelationship(ids[0]);
    else if (ids.length > 1 && text) menu.open(text.body, mark, ids);
  }

  function scrollTo(mark: HTMLElement) {
    const body = text?.body;
    if (!body) return;
    const bodyRect = body.getBoundingClientRect();
    const rect = mark.getBoundingClientRect();
    const inView = rect.top >= bodyRect.top + 8 && rect.bottom <= bodyRect.bottom - 8;
    if (inView) return;
    const top = body.scrollTop + rect.top - bodyRect.top - body.clientHeight / 2 + rect.height / 2;
    body.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  function listen(body: HTMLElement) {
    const markOf = (e: Event) =>
      (e.target as HTMLElement).closest<HTMLElement>('mark[data-relationship-ids]');
    body.addEventListener('click', (e) => {
      const mark = markOf(e);
      if (mark) activate(mark);
      else if (menu.isOpen() && !menu.contains(e.target as Node)) menu.close();
    });
    body.addEventListener('keydown', (e) => {
      const mark = markOf(e);
      if (mark && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        activate(mark);
      }
    });
  }

  /** With several briefs, a picker (title and date; one awaiting review says so). */
  function chooser(all: readonly ReaderBrief[], briefId: string) {
    if (all.length <= 1) return null;
    return h(
      'label',
      { class: 'reader-chooser-label' },
      h('span', { class: 'visually-hidden' }, 'Read another brief'),
      h(
        'select',
        {
          class: 'reader-chooser',
          'data-testid': 'reader-chooser',
          onchange: (e: Event) => handlers.onChooseBrief((e.target as HTMLSelectElement).value),
        },
        ...all.map((b) =>
          h(
            'option',
            { value: b.id, selected: b.id === briefId },
            `${b.title} · ${formatDate(b.publishedOn)}${b.reviewed === false ? ' · awaiting review' : ''}`,
          ),
        ),
      ),
    );
  }

  return {
    get currentBriefId() {
      return currentId;
    },

    showLoading(title: string) {
      menu.close();
      container.replaceChildren(
        header(h('p', { class: 'kicker' }, 'Brief'), h('h2', null, title)),
        h('p', { class: 'reader-status', role: 'status' }, 'Loading the brief…'),
      );
    },

    showError(message: string, retry: () => void) {
      menu.close();
      container.replaceChildren(
        header(h('p', { class: 'kicker' }, 'Brief')),
        h(
          'div',
          { class: 'reader-status error', role: 'alert' },
          h('p', null, `The brief could not be loaded. ${message}`),
          h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again'),
        ),
      );
    },

    showEmpty(message: string) {
      currentId = null;
      container.replaceChildren(
        header(h('p', { class: 'kicker' }, 'Brief')),
        h('p', { class: 'reader-status' }, message),
      );
    },

    showBrief(brief: Brief, all: readonly ReaderBrief[]) {
      menu.close();
      currentId = brief.id;
      types = new Map(brief.spans.map((s) => [s.relationshipId, s.type]));
      text = briefText(brief, handlers.describe);
      listen(text.body);
      roving = rovingMarks(text.body, text.allMarks);
      const authors = brief.authors.map((a) => a.name).join(', ');
      container.replaceChildren(
        header(
          h('p', { class: 'kicker' }, [brief.series, brief.number].filter(Boolean).join(' · ') || 'Brief'),
          h('h2', { id: 'reader-title' }, brief.title),
          h(
            'p',
            { class: 'reader-meta' },
            `${authors} · ${brief.publisher} · ${formatDate(brief.publishedOn)} · `,
            h(
              'span',
              { title: 'Click a highlighted passage to select the relationship it supports.' },
              `${types.size} relationships quoted`,
            ),
          ),
          chooser(all, brief.id),
          h(
            'p',
            { class: 'visually-hidden' },
            'Highlighted passages are evidence: activate one to select the relationship it supports. ' +
              'They are one Tab stop: the arrow keys, Home and End move between them.',
          ),
        ),
        text.body,
      );
      paintMarks(text.allMarks, emphasis);
    },

    setEmphasis(next: ReaderEmphasis, options: { scroll: boolean }) {
      emphasis = next;
      if (!text) return;
      paintMarks(text.allMarks, emphasis);
      const target = next.selected
        ? text.marks.get(next.selected)?.[0]
        : text.allMarks.find((m) => markIds(m).some((id) => next.related.has(id)));
      // The Tab stop follows the selection, unless the keyboard is among the passages already.
      if (target && roving && !text.body.contains(document.activeElement)) roving.setStop(target);
      if (target && options.scroll) scrollTo(target);
    },

    /** Scrolls to the mark of one quote of a relationship (a relationship may have several). */
    scrollToEvidence(relationshipId: string, start: number) {
      const list = text?.marks.get(relationshipId) ?? [];
      const mark = list.find((m) => Number(m.dataset.start) >= start) ?? list[0];
      if (mark) {
        scrollTo(mark);
        mark.focus({ preventScroll: true });
      }
    },

    closeMenu: (returnFocus = false) => menu.close(returnFocus),
    isMenuOpen: () => menu.isOpen(),
  };
}

export type BriefReader = ReturnType<typeof createBriefReader>;
