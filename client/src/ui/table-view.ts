import { corroboration } from '@briefgraph/graph/domain/corroboration';
import type { Relationship } from '@briefgraph/graph/domain/schemas';
import { MODALITY_STYLES } from '@briefgraph/graph/domain/style-tokens';
import { MODALITIES } from '@briefgraph/graph/domain/vocabulary';
import type { GraphModel } from '../graph/graph-model.ts';
import { select } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { visibleRelationships } from '../state/selectors.ts';
import { shallowEqual } from '../state/store.ts';
import { quadClassText, relationshipVerb, typeLabel } from '../text/sentences.ts';
import { h } from './dom.ts';
import { typeSwatch } from './swatches.ts';

/**
 * The visible relationships as a sortable table: the canvas's accessible alternative. Drawn
 * while the table is the view; choosing a row selects its relationship.
 */

type Column = 'source' | 'verb' | 'target' | 'modality' | 'quad' | 'briefs' | 'quote';

const COLUMNS: ReadonlyArray<{ key: Column; label: string; width: string; title?: string }> = [
  { key: 'source', label: 'Source', width: '15%' },
  { key: 'verb', label: 'Relationship', width: '23%', title: 'Sort by relationship type' },
  { key: 'target', label: 'Target', width: '15%' },
  { key: 'modality', label: 'Stated as', width: '15%' },
  { key: 'quad', label: 'Class', width: '8%', title: 'CAMEO quad class' },
  { key: 'briefs', label: 'Briefs', width: '7%', title: 'How many briefs support it' },
  { key: 'quote', label: 'Evidence', width: '17%' },
];

const PAGE = 300;

/** The first quote, or a word that it is on its way (never an empty cell that reads as no evidence). */
function tableQuote(rel: Relationship): string {
  const quote = rel.evidence[0]?.quote;
  if (quote === undefined) return '';
  return quote === '' ? 'Loading…' : quote;
}

export function createTableView(
  container: HTMLElement,
  store: AppStore,
  model: GraphModel,
  visibility: (s: AppState) => Visibility,
  /** Asks for the quotes of the rows drawn, when the whole graph came without them (app/quote-loader.ts). */
  wantQuotes: (ids: readonly string[]) => void = () => {},
) {
  let sortKey: Column = 'source';
  let ascending = true;
  let limit = PAGE;
  let rows: readonly Relationship[] = [];
  let selected: string | null = null;
  const names = model.nameOf;
  const choose = (id: string) => store.dispatch(select({ kind: 'relationship', id }, 'other'));

  function value(rel: Relationship, key: Column): string {
    switch (key) {
      case 'source':
        return names(rel.source);
      case 'target':
        return names(rel.target);
      case 'verb':
        // By type, then by modality within it: the column reads "should hold talks with" too.
        return `${typeLabel(rel.type)} ${MODALITIES.indexOf(rel.modality)}`;
      case 'modality':
        return rel.modality;
      case 'quad':
        return rel.quadClass === null ? '9' : String(rel.quadClass);
      case 'briefs':
        // Most corroborated first when ascending would read oddly: pad so 10 sorts after 9.
        return String(corroboration(rel)).padStart(4, '0');
      case 'quote':
        return rel.evidence[0]?.quote ?? '';
    }
  }

  function draw() {
    const focusedId = (document.activeElement as HTMLElement | null)?.closest?.('tr')?.dataset.relationshipId;
    const sorted = [...rows].sort((a, b) => {
      const c =
        value(a, sortKey).localeCompare(value(b, sortKey)) || names(a.source).localeCompare(names(b.source));
      return ascending ? c : -c;
    });
    const head = h(
      'tr',
      null,
      ...COLUMNS.map((col) =>
        h(
          'th',
          {
            scope: 'col',
            title: col.title,
            'aria-sort': col.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none',
          },
          h(
            'button',
            {
              type: 'button',
              class: 'sort-button',
              onclick: () => {
                if (sortKey === col.key) ascending = !ascending;
                else {
                  sortKey = col.key;
                  ascending = true;
                }
                draw();
              },
            },
            col.label,
            h(
              'span',
              { class: 'sort-mark', 'aria-hidden': 'true' },
              col.key === sortKey ? (ascending ? '▲' : '▼') : '',
            ),
          ),
        ),
      ),
    );
    const page = sorted.slice(0, limit);
    wantQuotes(page.map((rel) => rel.id));
    const body = page.map((rel) =>
      h(
        'tr',
        {
          'data-relationship-id': rel.id,
          'data-testid': 'table-row',
          'aria-selected': String(rel.id === selected),
          onclick: (e: Event) => {
            if (!(e.target as HTMLElement).closest('button')) choose(rel.id);
          },
        },
        h('td', null, names(rel.source)),
        h(
          'td',
          null,
          h(
            'button',
            { type: 'button', class: 'table-select', onclick: () => choose(rel.id) },
            typeSwatch(rel.type, rel.modality),
            relationshipVerb(rel),
          ),
        ),
        h('td', null, names(rel.target)),
        h(
          'td',
          null,
          rel.modality === 'recommendation' ? 'Recommen\u00addation' : MODALITY_STYLES[rel.modality].label,
        ),
        h(
          'td',
          { title: quadClassText(rel.quadClass) },
          h(
            'span',
            { class: 'quad-chip', 'aria-hidden': 'true' },
            rel.quadClass === null ? '–' : String(rel.quadClass),
          ),
          h('span', { class: 'visually-hidden' }, quadClassText(rel.quadClass)),
        ),
        h('td', { class: 'table-briefs', 'data-testid': 'table-briefs' }, String(corroboration(rel))),
        h('td', { class: 'table-quote' }, tableQuote(rel)),
      ),
    );
    const more =
      rows.length > limit
        ? h(
            'button',
            {
              type: 'button',
              class: 'button more-rows',
              onclick: () => {
                limit += PAGE * 4;
                draw();
              },
            },
            `Show more (${rows.length - limit} not shown)`,
          )
        : '';
    container.replaceChildren(
      h(
        'table',
        { class: 'rel-table', 'data-testid': 'table-view-table' },
        h(
          'caption',
          null,
          `${rows.length} visible ${rows.length === 1 ? 'relationship' : 'relationships'}. Sort by a column; choose a relationship to select it.`,
        ),
        h('colgroup', null, ...COLUMNS.map((c) => h('col', { style: `width:${c.width}` }))),
        h('thead', null, head),
        h('tbody', null, ...body),
      ),
      more,
    );
    if (focusedId) {
      container.querySelector<HTMLElement>(`tr[data-relationship-id="${focusedId}"] button`)?.focus();
    } else revealSelected();
  }

  function revealSelected() {
    const row = selected
      ? container.querySelector<HTMLElement>(`tr[data-relationship-id="${selected}"]`)
      : null;
    if (!row) return;
    const header = container.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = row.offsetTop;
    const visible =
      top >= container.scrollTop + header &&
      top + row.offsetHeight <= container.scrollTop + container.clientHeight;
    if (!visible) container.scrollTop = Math.max(0, top - header - 8);
  }

  const selectedRelationship = (s: AppState) =>
    s.selection?.kind === 'relationship' ? s.selection.id : null;

  return {
    /** Draws from the store from now on: the visible relationships while the table is shown, and the selection. */
    connect() {
      const offRows = store.subscribe(
        (s) => ({ view: s.view, visibility: visibility(s) }),
        ({ view, visibility }, _, s) => {
          if (view !== 'table') return;
          rows = visibleRelationships(model, visibility);
          selected = selectedRelationship(s);
          draw();
        },
        { equals: shallowEqual, immediate: true },
      );
      // Quotes arrived: the same rows, their records now with quotes.
      const offQuotes = store.subscribe(
        (s) => s.quotesVersion,
        (_, __, s) => {
          if (s.view !== 'table') return;
          rows = visibleRelationships(model, visibility(s));
          draw();
        },
      );
      const offSelection = store.subscribe(selectedRelationship, (id) => {
        selected = id;
        for (const tr of container.querySelectorAll<HTMLElement>('tr[data-relationship-id]')) {
          tr.setAttribute('aria-selected', String(tr.dataset.relationshipId === id));
        }
      });
      return () => {
        offRows();
        offQuotes();
        offSelection();
      };
    },
  };
}
