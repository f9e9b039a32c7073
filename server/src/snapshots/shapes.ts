/**
 * SVG for the node shapes, centred on the origin, from the outlines the drawing shares with the
 * explorer (graph/src/drawing/shapes.ts: Cytoscape's polygons, corner radius and barrel), so
 * nodes and legend swatches look the same as on the canvas.
 */
import type { ActorKindStyle } from '@briefgraph/graph/domain/style-tokens';
import { nodeOutline } from '@briefgraph/graph/drawing/shapes';
import { num } from './xml.ts';

export function shapeMarkup(
  shape: ActorKindStyle['shape'],
  size: number,
  fill: string,
  attributes = '',
): string {
  const extra = attributes ? ` ${attributes}` : '';
  const outline = nodeOutline(shape, size);
  switch (outline.kind) {
    case 'circle':
      return `<circle r="${num(outline.r)}" fill="${fill}"${extra}/>`;
    case 'round-rectangle': {
      const { half, radius } = outline;
      return `<rect x="${num(-half)}" y="${num(-half)}" width="${num(2 * half)}" height="${num(2 * half)}" rx="${num(radius)}" fill="${fill}"${extra}/>`;
    }
    case 'polygon': {
      const points = outline.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
      return `<polygon points="${points}" fill="${fill}"${extra}/>`;
    }
    case 'path': {
      const d = outline.commands
        .map((c) =>
          c.op === 'Q'
            ? `Q${num(c.control[0])} ${num(c.control[1])} ${num(c.to[0])} ${num(c.to[1])}`
            : `${c.op}${num(c.to[0])} ${num(c.to[1])}`,
        )
        .join('');
      return `<path d="${d}Z" fill="${fill}"${extra}/>`;
    }
  }
}
