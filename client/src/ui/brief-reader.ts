import type { Brief, BriefMetadata, EvidenceSpan } from '@briefgraph/graph/domain/schemas';
import { segmentBrief } from '../text/brief-segments.ts';
import { formatDate } from '../text/sentences.ts';
import { h } from './dom.ts';
import { typeColor } from './swatches.ts';

/**
 * The full brief with every evidence span highlighted. One half of the product's two-way link:
 * the selected relationship's quotes light up and scroll into view; clicking a highlighted quote
 * selects its relationship (or, when quotes overlap, offers the relationships it supports).
 */

export interface BriefReaderHandlers {
  onSelectRelationship(id: string): void;
  onChooseBrief(briefId: string): void;
  /** "North Korea provokes South Korea", for tooltips and the overlap menu. */
  describe(relationshipId: string): string;
}

export interface ReaderEmphasis {
  readonly selected: string | null;
  readonly related: ReadonlySet<string>;
  readonly hidden: ReadonlySet<string>;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function createBriefReader(container: HTMLElement, handlers: BriefReaderHandlers) {
  let currentId: string | null = null;
  let marks = new Map<string, HTMLElement[]>();
  let allMarks: HTMLElement[] = [];
  let spansById = new Map<string, EvidenceSpan>();
  let menu: HTMLElement | null = null;
  let body: HTMLElement | null = null;
  let emphasis: ReaderEmphasis = { selected: null, related: new Set(), hidden: new Set() };

  function closeMenu(returnFocus = false) {
    const owner = menu?.dataset.owner;
    menu?.remove();
    menu = null;
    if (returnFocus && owner) body?.querySelector<HTMLElement>(`[data-mark-index="${owner}"]`)?.focus();
  }

  function openMenu(mark: HTMLElement, ids: string[]) {
    closeMenu();
    if (!body) return;
    const items = ids.map((id) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          class: 'span-menu-item',
          'data-relationship-id': id,
          style: `--type-color:${typeColor(spansById.get(id)?.type ?? '')}`,
          onclick: () => {
            closeMenu();
            handlers.onSelectRelationship(id);
          },
        },
        handlers.describe(id),
      ),
    );
    menu = h(
      'div',
      {
        class: 'span-menu',
        role: 'menu',
        'aria-label': 'Relationships this quote supports',
        'data-testid': 'span-menu',
      },
      h('p', { class: 'span-menu-title' }, 'This passage supports:'),
      ...items,
    );
    menu.dataset.owner = mark.dataset.markIndex ?? '';
    menu.addEventListener('keydown', (e) => {
      const buttons = [...(menu?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        closeMenu(true);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next = (at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
        buttons[next]?.focus();
      } else if (e.key === 'Tab') closeMenu();
    });
    body.append(menu);
    const bodyRect = body.getBoundingClientRect();
    const rect = mark.getBoundingClientRect();
    const left = Math.min(rect.left - bodyRect.left, body.clientWidth - menu.offsetWidth - 8);
    menu.style.left = `${Math.max(8, left)}px`;
    menu.style.top = `${rect.bottom - bodyRect.top + body.scrollTop + 4}px`;
    items[0]?.focus({ preventScroll: true });
  }

  function activate(mark: HTMLElement) {
    const ids = (mark.dataset.relationshipIds ?? '').split(' ').filter(Boolean);
    if (ids.length === 1 && ids[0]) handlers.onSelectRelationship(ids[0]);
    else if (ids.length > 1) openMenu(mark, ids);
  }

  function paint() {
    for (const mark of allMarks) {
      const ids = (mark.dataset.relationshipIds ?? '').split(' ');
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

  function scrollTo(mark: HTMLElement) {
    if (!body) return;
    const bodyRect = body.getBoundingClientRect();
    const rect = mark.getBoundingClientRect();
    const inView = rect.top >= bodyRect.top + 8 && rect.bottom <= bodyRect.bottom - 8;
    if (inView) return;
    const top = body.scrollTop + rect.top - bodyRect.top - body.clientHeight / 2 + rect.height / 2;
    body.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  return {
    get currentBriefId() {
      return currentId;
    },

    showLoading(title: string) {
      closeMenu();
      container.replaceChildren(
        h('header', { class: 'reader-header' }, h('p', { class: 'kicker' }, 'Brief'), h('h2', null, title)),
        h('p', { class: 'reader-status', role: 'status' }, 'Loading the brief…'),
      );
    },

    showError(message: string, retry: () => void) {
      closeMenu();
      container.replaceChildren(
        h('header', { class: 'reader-header' }, h('p', { class: 'kicker' }, 'Brief')),
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
        h('header', { class: 'reader-header' }, h('p', { class: 'kicker' }, 'Brief')),
        h('p', { class: 'reader-status' }, message),
      );
    },

    showBrief(brief: Brief, all: readonly BriefMetadata[]) {
      closeMenu();
      currentId = brief.id;
      spansById = new Map(brief.spans.map((s) => [s.relationshipId, s]));
      marks = new Map();
      allMarks = [];
      const paragraphs = segmentBrief(brief.text, brief.spans);
      let markIndex = 0;
      body = h('div', { class: 'reader-body', 'data-testid': 'brief-text' });
      body.addEventListener('click', (e) => {
        const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-relationship-ids]');
        if (mark) activate(mark);
        else if (menu && !menu.contains(e.target as Node)) closeMenu();
      });
      body.addEventListener('keydown', (e) => {
        const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-relationship-ids]');
        if (mark && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          activate(mark);
        }
      });
      for (const paragraph of paragraphs) {
        const p = h('p', { class: 'reader-paragraph' });
        for (const segment of paragraph) {
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
              'data-mark-index': String(markIndex++),
              'data-start': String(segment.start),
              // A blank piece between two quoted words keeps the highlight continuous but is
              // no stop for the keyboard or a screen reader.
              ...(segment.text.trim()
                ? { tabindex: '0', role: 'button', 'aria-pressed': 'false' }
                : { 'aria-hidden': 'true' }),
              title: ids.map((id) => handlers.describe(id)).join('\n'),
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
      const authors = brief.authors.map((a) => a.name).join(', ');
      const chooser =
        all.length > 1
          ? h(
              'select',
              {
                'aria-label': 'Brief',
                class: 'reader-chooser',
                onchange: (e: Event) => handlers.onChooseBrief((e.target as HTMLSelectElement).value),
              },
              ...all.map((b) => h('option', { value: b.id, selected: b.id === brief.id }, b.title)),
            )
          : null;
      container.replaceChildren(
        h(
          'header',
          { class: 'reader-header' },
          h('p', { class: 'kicker' }, [brief.series, brief.number].filter(Boolean).join(' · ') || 'Brief'),
          h('h2', { id: 'reader-title' }, brief.title),
          h(
            'p',
            { class: 'reader-meta' },
            `${authors} · ${brief.publisher} · ${formatDate(brief.publishedOn)} · `,
            h(
              'span',
              { title: 'Click a highlighted passage to select the relationship it supports.' },
              `${spansById.size} relationships quoted`,
            ),
          ),
          chooser,
          h(
            'p',
            { class: 'visually-hidden' },
            'Highlighted passages are evidence: activate one to select the relationship it supports.',
          ),
        ),
        body,
      );
      paint();
    },

    setEmphasis(next: ReaderEmphasis, options: { scroll: boolean }) {
      emphasis = next;
      paint();
      if (!options.scroll) return;
      const target = next.selected
        ? marks.get(next.selected)?.[0]
        : allMarks.find((m) =>
            (m.dataset.relationshipIds ?? '').split(' ').some((id) => next.related.has(id)),
          );
      if (target) scrollTo(target);
    },

    /** Scrolls to the mark of one quote of a relationship (a relationship may have several). */
    scrollToEvidence(relationshipId: string, start: number) {
      const list = marks.get(relationshipId) ?? [];
      const mark = list.find((m) => Number(m.dataset.start) >= start) ?? list[0];
      if (mark) {
        scrollTo(mark);
        mark.focus({ preventScroll: true });
      }
    },

    closeMenu,
    isMenuOpen: () => menu !== null,
  };
}

export type BriefReader = ReturnType<typeof createBriefReader>;
