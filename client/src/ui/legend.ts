import { ACTOR_KIND_STYLES, MODALITY_STYLES, NEGATED_STYLE } from '@briefgraph/graph/domain/style-tokens';
import {
  ACTOR_KINDS,
  type ActorKind,
  MODALITIES,
  MODALITY_DESCRIPTIONS,
  type Modality,
  QUAD_CLASS_LABELS,
  RELATIONSHIP_TYPES,
} from '@briefgraph/graph/domain/vocabulary';
import { type GraphModel, type LegendCounts, legendCounts } from '../graph/graph-model.ts';
import {
  setHiddenQuads,
  setHiddenTypes,
  toggleCorroborationWidths,
  toggleHiddenModality,
  toggleHiddenQuad,
  toggleHiddenType,
} from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import type { Filters, QuadKey } from '../state/filters.ts';
import { shallowEqual } from '../state/store.ts';
import { typeDisplayName } from '../text/sentences.ts';
import { h } from './dom.ts';
import { corroborationGroup } from './legend-corroboration.ts';
import { kindSwatch, lineSwatch, negatedSwatch, typeSwatch } from './swatches.ts';

/**
 * The legend explains every colour, line and shape on the graph, and doubles as the filter:
 * each relationship type, modality and quad class is a toggle button (pressed = shown). It draws
 * the filters and the loaded counts, and its buttons dispatch the filter actions.
 */

const QUAD_ROWS: ReadonlyArray<{ key: QuadKey; label: string }> = [
  { key: '1', label: QUAD_CLASS_LABELS[1] },
  { key: '2', label: QUAD_CLASS_LABELS[2] },
  { key: '3', label: QUAD_CLASS_LABELS[3] },
  { key: '4', label: QUAD_CLASS_LABELS[4] },
  { key: 'none', label: 'structural tie' },
];

function toggle(
  key: string,
  label: string,
  count: number,
  swatch: Element,
  title: string,
  onClick: () => void,
) {
  return h(
    'button',
    {
      type: 'button',
      class: 'legend-item',
      'data-key': key,
      'data-testid': `legend-${key}`,
      'aria-pressed': 'true',
      // Named by its visible text, "Alliance 1" (WCAG 2.5.3); the hint above says what the number counts.
      title,
      onclick: onClick,
    },
    swatch,
    h('span', { class: 'legend-label' }, label),
    // A space the layout does not show, so the name reads "Alliance 1", not "Alliance1".
    ' ',
    h('span', { class: 'legend-count' }, String(count)),
  );
}

export function createLegend(container: HTMLElement, store: AppStore, model: GraphModel) {
  let signature = '';
  const dispatch = store.dispatch;

  function build(counts: LegendCounts, filters: Filters, briefs: number) {
    const present = RELATIONSHIP_TYPES.filter(
      (t) => counts.types.has(t.name) || filters.hiddenTypes.has(t.name),
    );
    const typeButtons = present.map((t) =>
      toggle(
        `type-${t.name}`,
        typeDisplayName(t.name),
        counts.types.get(t.name) ?? 0,
        typeSwatch(t.name),
        `${t.description} ${t.directed ? 'Directed: the arrow points from source to target.' : 'Undirected.'}`,
        () => dispatch(toggleHiddenType(t.name)),
      ),
    );
    const modalityButtons = MODALITIES.map((m) =>
      toggle(
        `modality-${m}`,
        MODALITY_STYLES[m].label,
        counts.modalities.get(m) ?? 0,
        lineSwatch('#374151', { modality: m }),
        MODALITY_DESCRIPTIONS[m],
        () => dispatch(toggleHiddenModality(m)),
      ),
    );
    const quadButtons = QUAD_ROWS.filter((q) => q.key !== 'none' || (counts.quads.get('none') ?? 0) > 0).map(
      (q) =>
        toggle(
          `quad-${q.key}`,
          q.label,
          counts.quads.get(q.key) ?? 0,
          h('span', { class: 'swatch quad-chip' }, q.key === 'none' ? '–' : q.key),
          q.key === 'none'
            ? 'Structural ties, such as who leads whom, are not events and have no CAMEO class.'
            : `CAMEO quad class ${q.key}: ${q.label}`,
          () => dispatch(toggleHiddenQuad(q.key)),
        ),
    );
    const kinds = ACTOR_KINDS.filter((k) => counts.kinds.has(k));

    container.replaceChildren(
      h('h2', { class: 'section-title' }, 'Legend and filters'),
      h(
        'div',
        { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-types-title' },
        h(
          'div',
          { class: 'legend-heading' },
          h('h3', { id: 'legend-types-title' }, 'Relationship types'),
          h(
            'div',
            { class: 'legend-actions' },
            h(
              'button',
              { type: 'button', class: 'link-button', onclick: () => dispatch(setHiddenTypes([])) },
              'All',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                onclick: () => dispatch(setHiddenTypes(present.map((t) => t.name))),
              },
              'None',
            ),
          ),
        ),
        h(
          'p',
          { class: 'legend-hint' },
          'Click a type to hide or show it; the number counts its relationships. Arrows mark directed types.',
        ),
        ...typeButtons,
      ),
      h(
        'div',
        { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-modality-title' },
        h(
          'div',
          { class: 'legend-heading' },
          h('h3', { id: 'legend-modality-title' }, 'What the brief states'),
        ),
        ...modalityButtons,
        // Not a filter: a negative finding is shown with its type and modality, never counted with them.
        counts.negated > 0
          ? h(
              'p',
              {
                class: 'legend-kind legend-negated',
                'data-testid': 'legend-negated',
                title:
                  'The brief says this is not so, or not known: drawn grey with "not", never a path hop.',
              },
              h('span', { 'aria-hidden': 'true' }),
              negatedSwatch(),
              h('span', { class: 'legend-label' }, NEGATED_STYLE.label),
              ' ',
              h('span', { class: 'legend-count' }, String(counts.negated)),
            )
          : null,
      ),
      h(
        'div',
        { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-quad-title' },
        h(
          'div',
          { class: 'legend-heading' },
          h('h3', { id: 'legend-quad-title' }, 'Cooperation or conflict'),
          h(
            'div',
            { class: 'legend-actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                onclick: () => dispatch(setHiddenQuads(['3', '4', 'none'])),
              },
              'Cooperation',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                onclick: () => dispatch(setHiddenQuads(['1', '2', 'none'])),
              },
              'Conflict',
            ),
            h(
              'button',
              { type: 'button', class: 'link-button', onclick: () => dispatch(setHiddenQuads([])) },
              'Both',
            ),
          ),
        ),
        ...quadButtons,
      ),
      h(
        'div',
        { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-kind-title' },
        h('div', { class: 'legend-heading' }, h('h3', { id: 'legend-kind-title' }, 'Actor kinds')),
        h(
          'ul',
          { class: 'legend-kinds' },
          ...kinds.map((k: ActorKind) =>
            h(
              'li',
              { class: 'legend-kind' },
              kindSwatch(k),
              h('span', { class: 'legend-label' }, ACTOR_KIND_STYLES[k].label),
              h('span', { class: 'legend-count' }, String(counts.kinds.get(k) ?? 0)),
            ),
          ),
        ),
      ),
      briefs > 1 ? corroborationGroup(() => dispatch(toggleCorroborationWidths())) : '',
    );
  }

  function pressed(filters: Filters) {
    for (const button of container.querySelectorAll<HTMLButtonElement>('button.legend-item')) {
      const key = button.dataset.key ?? '';
      const [group, value] = [key.slice(0, key.indexOf('-')), key.slice(key.indexOf('-') + 1)];
      const hidden =
        (group === 'type' && filters.hiddenTypes.has(value)) ||
        (group === 'modality' && filters.hiddenModalities.has(value as Modality)) ||
        (group === 'quad' && filters.hiddenQuads.has(value as QuadKey));
      button.setAttribute('aria-pressed', String(!hidden));
    }
  }

  function render(filters: Filters, counts: LegendCounts, briefs: number, weighting: boolean) {
    const next = JSON.stringify([
      briefs > 1,
      [...counts.types],
      [...counts.modalities],
      [...counts.quads],
      [...counts.kinds],
      counts.negated,
      [...filters.hiddenTypes].filter((t) => !counts.types.has(t)),
    ]);
    if (next !== signature) {
      const focusedKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
      signature = next;
      build(counts, filters, briefs);
      if (focusedKey) container.querySelector<HTMLElement>(`[data-key="${focusedKey}"]`)?.focus();
    }
    pressed(filters);
    container.querySelector('[data-key=corroboration]')?.setAttribute('aria-pressed', String(weighting));
  }

  return {
    /** Draws from the store from now on: the filters, and the counts of what is loaded. */
    connect: () =>
      store.subscribe(
        (s) => ({
          filters: s.filters,
          graphVersion: s.graphVersion,
          briefs: s.briefs.length,
          weighting: s.drawing.corroboration,
        }),
        ({ filters, briefs, weighting }) => render(filters, legendCounts(model), briefs, weighting),
        { equals: shallowEqual, immediate: true },
      ),
  };
}
