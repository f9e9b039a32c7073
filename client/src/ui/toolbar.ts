import { LAYOUT_NAMES, type LayoutName, type ViewMode } from '../state/url-state.ts';
import { h } from './dom.ts';

/** The bar above the graph: graph or table, layout, fit, what is emphasised, what is shown. */

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  breadthfirst: 'Tree from selection',
};

export interface ToolbarHandlers {
  onView(view: ViewMode): void;
  onLayout(layout: LayoutName): void;
  onRelayout(): void;
  onFit(): void;
  onClearEmphasis(): void;
}

export function createToolbar(container: HTMLElement, footer: HTMLElement, handlers: ToolbarHandlers) {
  const graphButton = h(
    'button',
    {
      type: 'button',
      class: 'segment',
      'data-testid': 'view-graph',
      onclick: () => handlers.onView('graph'),
    },
    'Graph',
  );
  const tableButton = h(
    'button',
    {
      type: 'button',
      class: 'segment',
      'data-testid': 'view-table',
      onclick: () => handlers.onView('table'),
    },
    'Table',
  );
  const layout = h(
    'select',
    {
      id: 'layout-select',
      'data-testid': 'layout-select',
      onchange: (e: Event) => handlers.onLayout((e.target as HTMLSelectElement).value as LayoutName),
    },
    ...LAYOUT_NAMES.map((name) => h('option', { value: name }, LAYOUT_LABELS[name])),
  );
  const layoutControls = h(
    'div',
    { class: 'toolbar-group' },
    h('label', { for: 'layout-select', class: 'toolbar-label' }, 'Layout'),
    layout,
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        title: 'Lay the graph out again',
        onclick: () => handlers.onRelayout(),
      },
      'Re-layout',
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
  const emphasis = h('div', { class: 'emphasis', 'aria-live': 'polite' });
  const counts = h('p', { class: 'counts', 'data-testid': 'counts' });

  container.replaceChildren(
    h('div', { class: 'segmented', role: 'group', 'aria-label': 'View' }, graphButton, tableButton),
    layoutControls,
  );
  footer.replaceChildren(
    counts,
    emphasis,
    h('p', { class: 'stage-hint' }, 'Drag to pan · scroll to zoom · click an actor or a line'),
  );

  return {
    render(
      state: { view: ViewMode; layout: LayoutName },
      shown: {
        actors: number;
        relationships: number;
        totalActors: number;
        totalRelationships: number;
        truncated: boolean;
      },
    ) {
      graphButton.setAttribute('aria-pressed', String(state.view === 'graph'));
      tableButton.setAttribute('aria-pressed', String(state.view === 'table'));
      layout.value = state.layout;
      layoutControls.hidden = state.view !== 'graph';
      const of = (a: number, b: number) => (a === b ? `${a}` : `${a} of ${b}`);
      counts.textContent = `${of(shown.actors, shown.totalActors)} actors · ${of(shown.relationships, shown.totalRelationships)} relationships${shown.truncated ? ' · most connected only' : ''}`;
    },

    setEmphasis(label: string | null) {
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
              onclick: () => handlers.onClearEmphasis(),
            },
            '×',
          ),
        ),
      );
    },
  };
}

export type Toolbar = ReturnType<typeof createToolbar>;
