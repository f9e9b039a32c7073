/**
 * SVG for the Cytoscape node shapes the style tokens name, centred on the origin, so nodes and
 * legend swatches look the same as in the explorer.
 */
import type { ActorKindStyle } from '@briefgraph/graph/domain/style-tokens';
import { shapePolygon } from './scene.ts';
import { num } from './xml.ts';

export function shapeMarkup(
  shape: ActorKindStyle['shape'],
  size: number,
  fill: string,
  attributes = '',
): string {
  const h = size / 2;
  const extra = attributes ? ` ${attributes}` : '';
  switch (shape) {
    case 'ellipse':
      return `<circle r="${num(h)}" fill="${fill}"${extra}/>`;
    case 'round-rectangle':
      return `<rect x="${num(-h)}" y="${num(-h)}" width="${num(size)}" height="${num(size)}" rx="${num(size * 0.22)}" fill="${fill}"${extra}/>`;
    case 'barrel': {
      const bulge = h * 0.25;
      return `<path d="M${num(-h)} ${num(-h + bulge)}Q0 ${num(-h - bulge)} ${num(h)} ${num(-h + bulge)}L${num(h)} ${num(h - bulge)}Q0 ${num(h + bulge)} ${num(-h)} ${num(h - bulge)}Z" fill="${fill}"${extra}/>`;
    }
    default: {
      const points = (shapePolygon(shape) ?? []).map(([x, y]) => `${num(x * h)},${num(y * h)}`).join(' ');
      return `<polygon points="${points}" fill="${fill}"${extra}/>`;
    }
  }
}
