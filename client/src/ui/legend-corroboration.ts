import { EDGE } from '@briefgraph/graph/drawing/edges';
import { corroborationWidth } from '@briefgraph/graph/drawing/scene';
import { h } from './dom.ts';

/**
 * The legend's switch "Weight by corroboration" (off at first), shown once several briefs are
 * loaded: lines wider the more briefs support them, on the canvas and in its images (the shared
 * drawing's corroborationOf). Pressed state is set by the legend from the store.
 */
export function corroborationGroup(onToggle: () => void): HTMLElement {
  const line = (briefs: number) =>
    h('span', {
      class: 'corroboration-line',
      'aria-hidden': 'true',
      style: `height:${(EDGE.width * corroborationWidth(briefs)).toFixed(1)}px`,
    });
  return h(
    'div',
    { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-corroboration-title' },
    h('div', { class: 'legend-heading' }, h('h3', { id: 'legend-corroboration-title' }, 'Corroboration')),
    h(
      'button',
      {
        type: 'button',
        class: 'legend-item legend-switch',
        'data-key': 'corroboration',
        'data-testid': 'legend-corroboration',
        'aria-pressed': 'false',
        title: 'Draw a relationship wider the more briefs support it: 1, 2, 3 or more.',
        onclick: onToggle,
      },
      h('span', { class: 'swatch corroboration-swatch', 'aria-hidden': 'true' }, line(1), line(2), line(3)),
      h('span', { class: 'legend-label' }, 'Weight by corroboration'),
    ),
  );
}
