import {
  ACTOR_KIND_STYLES,
  MODALITY_STYLES,
  MUTED_TEXT_COLOR,
  NEGATED_STYLE,
} from '@briefgraph/graph/domain/style-tokens';
import {
  type ActorKind,
  getRelationshipType,
  isRelationshipTypeName,
  type Modality,
} from '@briefgraph/graph/domain/vocabulary';
import { svg } from './dom.ts';

/** Small SVG keys drawn from the same tokens as the graph, so a legend means what it shows. */

export function typeColor(type: string): string {
  return isRelationshipTypeName(type) ? getRelationshipType(type).color : MUTED_TEXT_COLOR;
}

/** A short line in the type's colour, dashed by modality, with an arrow head when directed. */
export function lineSwatch(
  color: string,
  options: { modality?: Modality; directed?: boolean; dash?: string } = {},
): SVGElement {
  const dash = options.dash ?? (options.modality ? MODALITY_STYLES[options.modality].dashArray : '');
  const line = svg('line', {
    x1: 2,
    y1: 7,
    x2: options.directed ? 22 : 28,
    y2: 7,
    stroke: color,
    'stroke-width': 2.5,
    ...(dash ? { 'stroke-dasharray': dash.replace('2 4', '2.5 3') } : {}),
  });
  const parts: SVGElement[] = [line];
  if (options.directed) parts.push(svg('path', { d: 'M21 2.5 L29 7 L21 11.5 Z', fill: color }));
  return svg(
    'svg',
    { class: 'swatch swatch-line', width: 30, height: 14, viewBox: '0 0 30 14', 'aria-hidden': 'true' },
    ...parts,
  );
}

/** The line of a negative finding (NEGATED_STYLE): grey, dash-dot, no arrow. */
export function negatedSwatch(): SVGElement {
  return lineSwatch(NEGATED_STYLE.color, { dash: NEGATED_STYLE.dashArray });
}

export function typeSwatch(type: string, modality?: Modality): SVGElement {
  const directed = isRelationshipTypeName(type) ? getRelationshipType(type).directed : false;
  return lineSwatch(typeColor(type), { directed, ...(modality ? { modality } : {}) });
}

const SHAPES: Record<string, (fill: string) => SVGElement> = {
  ellipse: (fill) => svg('circle', { cx: 8, cy: 8, r: 6.5, fill }),
  'round-rectangle': (fill) => svg('rect', { x: 1.5, y: 3, width: 13, height: 10, rx: 2.5, fill }),
  diamond: (fill) => svg('path', { d: 'M8 1 L15 8 L8 15 L1 8 Z', fill }),
  hexagon: (fill) => svg('path', { d: 'M4.5 2 L11.5 2 L15 8 L11.5 14 L4.5 14 L1 8 Z', fill }),
  octagon: (fill) =>
    svg('path', {
      d: 'M5.3 1.5 L10.7 1.5 L14.5 5.3 L14.5 10.7 L10.7 14.5 L5.3 14.5 L1.5 10.7 L1.5 5.3 Z',
      fill,
    }),
  triangle: (fill) => svg('path', { d: 'M8 1.5 L15 14 L1 14 Z', fill }),
  barrel: (fill) => svg('path', { d: 'M3 2 Q1 8 3 14 L13 14 Q15 8 13 2 Z', fill }),
  tag: (fill) => svg('path', { d: 'M1 3 L11 3 L15 8 L11 13 L1 13 Z', fill }),
};

export function kindSwatch(kind: ActorKind): SVGElement {
  const style = ACTOR_KIND_STYLES[kind];
  const shape = (SHAPES[style.shape] ?? SHAPES.ellipse!)(style.fill);
  return svg(
    'svg',
    { class: 'swatch swatch-kind', width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' },
    shape,
  );
}
