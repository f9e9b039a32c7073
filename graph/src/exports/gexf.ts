/**
 * Graph → GEXF 1.3 (Gephi, Gephi Lite, NetworkX, sigma.js) with the viz module: actor-kind
 * colours and shapes, relationship colours, modality as the edge line shape, and positions.
 * Each relationship type is an edge `kind`, so Gephi keeps parallel relationships of different
 * types apart. A negative finding is grey, labelled "does not …", with `negated` true; degree
 * (the node size) counts ties only. GEXF's y axis points up, Cytoscape's down: y is flipped.
 */
import { ACTOR_KIND_STYLES, type ActorKindStyle, NEGATED_STYLE } from '../domain/style-tokens.ts';
import { getRelationshipType, type Modality, negatedVerb } from '../domain/vocabulary.ts';
import { type ExportGraph, escapeXml, hexToRgb } from './export-graph.ts';

const NODE_ATTRIBUTES = ['kind', 'iso3', 'aliases'] as const;
const EDGE_ATTRIBUTES = [
  'type',
  'modality',
  'quadClass',
  'briefIds',
  'quotes',
  'evidence',
  'attributes',
  'addressee',
  'inferred',
  'negated',
  'note',
] as const;

const VIZ_SHAPES: Record<ActorKindStyle['shape'], string> = {
  ellipse: 'disc',
  'round-rectangle': 'square',
  barrel: 'square',
  hexagon: 'square',
  octagon: 'square',
  tag: 'square',
  diamond: 'diamond',
  triangle: 'triangle',
};

const LINE_SHAPES: Record<Modality, string> = {
  fact: 'solid',
  assessment: 'dashed',
  recommendation: 'dotted',
};

function attvalues(values: Record<string, string | number | null | undefined>): string {
  const present = Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return present.length
    ? `<attvalues>${present.map(([k, v]) => `<attvalue for="${k}" value="${escapeXml(String(v))}"/>`).join('')}</attvalues>`
    : '';
}

function color(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

export function toGexf(graph: ExportGraph, options: { description?: string; date?: string } = {}): string {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    if (e.negated) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const declare = (cls: 'node' | 'edge', ids: readonly string[]) =>
    `    <attributes class="${cls}">${ids.map((id) => `<attribute id="${id}" title="${id}" type="${id === 'quadClass' ? 'integer' : id === 'inferred' || id === 'negated' ? 'boolean' : 'string'}"/>`).join('')}</attributes>`;
  const nodes = graph.nodes.map((n) => {
    const p = graph.positions?.[n.id];
    const style = ACTOR_KIND_STYLES[n.kind];
    return (
      `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.name)}">` +
      attvalues({ kind: n.kind, iso3: n.iso3, aliases: n.aliases.join('; ') }) +
      color(style.fill) +
      (p ? `<viz:position x="${p.x}" y="${-p.y}" z="0"/>` : '') +
      `<viz:size value="${Math.round(Math.min(28, 11 + 3 * Math.sqrt(degree.get(n.id) ?? 0)))}"/>` +
      `<viz:shape value="${VIZ_SHAPES[style.shape]}"/>` +
      '</node>'
    );
  });
  const edges = graph.edges.map((e) => {
    const type = getRelationshipType(e.type);
    const label = e.negated ? negatedVerb(e.type, e.modality) : type.label;
    return (
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" ` +
      `type="${e.directed ? 'directed' : 'undirected'}" kind="${e.type}" label="${escapeXml(label)}">` +
      attvalues({
        type: e.type,
        modality: e.modality,
        quadClass: e.quadClass,
        briefIds: [...new Set(e.evidence.map((ev) => ev.briefId))].join('; '),
        quotes: e.evidence.map((ev) => ev.quote).join(' | '),
        evidence: JSON.stringify(e.evidence),
        attributes: JSON.stringify(e.attributes),
        addressee: e.addressee,
        inferred: e.inferred ? 'true' : undefined,
        negated: e.negated ? 'true' : undefined,
        note: e.note,
      }) +
      color(e.negated ? NEGATED_STYLE.color : type.color) +
      `<viz:shape value="${LINE_SHAPES[e.modality]}"/>` +
      '</edge>'
    );
  });
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(date)}"><creator>briefgraph</creator>${options.description ? `<description>${escapeXml(options.description)}</description>` : ''}</meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    declare('node', NODE_ATTRIBUTES),
    declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
