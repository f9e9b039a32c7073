import type { GraphModel } from '../graph/graph-model.ts';
import { clearEmphasis, relayout, setLayout, setViewMode, toggleBundle } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { setPresenting } from '../state/screen-actions.ts';
import { emphasisLabel } from '../state/selectors.ts';
import { shallowEqual } from '../state/store.ts';
import { LAYOUT_NAMES, type LayoutName } from '../state/url-state.ts';
import { h } from './dom.ts';
import { createExportMenu, type ExportMenuHandlers } from './export-menu.ts';

/**
 * The bar above the graph: graph or table, layout, fit, share and export; below it, what is
 * emphasised and what is shown.
 */

/** The line under the canvas: how to move it, by pointer; the table moves otherwise. */
export function stageHint(view: 'graph' | 'table', touch: boolean): string {
  if (view === 'table') return 'Click a row to select it · click a column’s name to sort';
  return touch
    ? 'Drag to pan · pinch to zoom · tap to select · long-press an actor for its actions'
    : 'Drag to pan · scroll to zoom · click an actor or a line';
}

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  breadthfirst: 'Tree from selection',
};

/** What the toolbar asks of the page beyond changing the state. */
export interface ToolbarHandlers {
  onFit(): void;
  /** Opens the Share dialog; null where there is nothing to share from (a snapshot). */
  onShare: (() => void) | null;
  /** A snapshot's layout is its stored one: no layout controls. */
  readOnly: boolean;
}

export function createToolbar(
  container: HTMLElement,
  footer: HTMLElement,
  store: AppStore,
  handlers: ToolbarHandlers & ExportMenuHandlers,
) {
  const dispatch = store.dispatch;
  const graphButton = h(
    'button',
    {
      type: 'button',
      class: 'segment',
      'data-testid': 'view-graph',
      onclick: () => dispatch(setViewMode('graph')),
    },
    'Graph',
  );
  const tableButton = h(
    'button',
    {
      type: 'button',
      class: 'segment',
      'data-testid': 'view-table',
      onclick: () => dispatch(setViewMode('table')),
    },
    'Table',
  );
  const layout = h(
    'select',
    {
      id: 'layout-select',
      'data-testid': 'layout-select',
      onchange: (e: Event) => dispatch(setLayout((e.target as HTMLSelectElement).value as LayoutName)),
    },
    ...LAYOUT_NAMES.map((name) => h('option', { value: name }, LAYOUT_LABELS[name])),
  );
  const layoutControls = h(
    'div',
    { class: 'toolbar-group' },
    // The select's options name layouts, so its label is for screen readers; with re-layout as an
    // icon, Share and Export still fit on the same row at 1280 px.
    handlers.readOnly ? null : h('label', { for: 'layout-select', class: 'visually-hidden' }, 'Layout'),
    handlers.readOnly ? null : layout,
    handlers.readOnly
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'button icon-text',
            'aria-label': 'Re-layout',
            title: 'Lay the graph out again',
            onclick: () => dispatch(relayout()),
          },
          h('span', { 'aria-hidden': 'true' }, '↻'),
        ),
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        'data-testid': 'fit',
        title: 'Fit the graph to the screen',
        onclick: () => handlers.onFit(),
      },
      'Fit',
    ),
  );
  // One switch for the canvas and its images (Export's checkbox shows the same flag).
  const bundleButton = h(
    'button',
    {
      type: 'button',
      class: 'button',
      'data-testid': 'bundle-toggle',
      'aria-pressed': String(store.getState().drawing.bundle),
      // A short visible word, so the toolbar fits a tablet and a phone; the name says it whole.
      'aria-label': 'Merge parallel relationships',
      title:
        'Merge parallel relationships: one line with a count per pair of actors and class, on the canvas and in images',
      onclick: () => dispatch(toggleBundle()),
    },
    'Merge',
  );
  layoutControls.append(bundleButton);
  const emphasis = h('div', { class: 'emphasis', 'aria-live': 'polite' });
  const counts = h('p', { class: 'counts', 'data-testid': 'counts' });

  const onShare = handlers.onShare;
  const exportMenu = createExportMenu(store, handlers);
  const shareControls = h(
    'div',
    { class: 'toolbar-group toolbar-end' },
    onShare
      ? h(
          'button',
          {
            type: 'button',
            class: 'button',
            'aria-haspopup': 'dialog',
            'data-testid': 'share-button',
            title: 'A permanent link, an embed and images of this view',
            onclick: () => onShare(),
          },
          'Share',
        )
      : null,
    exportMenu.element,
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        'data-testid': 'present-button',
        title: 'Presentation mode (P): the graph full screen, the path hop by hop with ← and →',
        onclick: () => dispatch(setPresenting(true)),
      },
      'Present',
    ),
  );

  container.replaceChildren(
    h('div', { class: 'segmented', role: 'group', 'aria-label': 'View' }, graphButton, tableButton),
    layoutControls,
    shareControls,
  );
  const hint = h('p', { class: 'stage-hint', 'data-testid': 'stage-hint' });
  footer.replaceChildren(counts, emphasis, hint);
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

  function setEmphasis(label: string | null) {
    if (!label) {
      emphasis.replaceChildren();
      return;
    }
    emphasis.replaceChildren(
      h(
        'span',
        { class: 'emphasis-chip' },
        h('span', null, label),
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button small',
            'aria-label': `Clear: ${label}`,
            onclick: () => dispatch(clearEmphasis()),
          },
          '×',
        ),
      ),
    );
  }

  return {
    /**
     * Draws from the store from now on: the view and layout chosen, what is emphasised, and how
     * much of what is loaded is shown.
     */
    connect(model: GraphModel, visibility: (s: AppState) => Visibility) {
      const subscriptions = [
        store.subscribe(
          (s) => ({ view: s.view, layout: s.layout }),
          (state) => {
            graphButton.setAttribute('aria-pressed', String(state.view === 'graph'));
            tableButton.setAttribute('aria-pressed', String(state.view === 'table'));
            layout.value = state.layout;
            layoutControls.hidden = state.view !== 'graph';
            hint.textContent = stageHint(state.view, touch);
          },
          { equals: shallowEqual, immediate: true },
        ),
        store.subscribe(
          (s) => s.drawing.bundle,
          (on) => bundleButton.setAttribute('aria-pressed', String(on)),
          { immediate: true },
        ),
        store.subscribe((s) => emphasisLabel(s, model), setEmphasis, { immediate: true }),
        exportMenu.connect(model),
        store.subscribe(
          (s) => ({ visibility: visibility(s), graphVersion: s.graphVersion }),
          ({ visibility: shown }) => {
            const of = (a: number, b: number) => (a === b ? `${a}` : `${a} of ${b}`);
            const actors = of(shown.nodes.size, model.actors.size);
            const relationships = of(shown.edges.size, model.relationships.size);
            counts.textContent = `${actors} actors · ${relationships} relationships${model.truncated ? ' · most connected only' : ''}`;
          },
          { equals: shallowEqual, immediate: true },
        ),
      ];
      return () => {
        for (const unsubscribe of subscriptions) unsubscribe();
      };
    },
  };
}
