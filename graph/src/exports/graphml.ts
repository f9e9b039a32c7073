/**
 * Graph → GraphML (Gephi, Cytoscape desktop, yEd, NetworkX). Relationships keep their own
 * direction (`directed` per edge); evidence and attributes (a number with its unit as
 * `{"value":116,"unit":"%"}`) travel as JSON, quotes also as plain text; `addressee`, `inferred`,
 * `negated` and `note` are keys of their own, a negative finding grey and "does not …".
 */
import { ACTOR_KIND_STYLES, NEGATED_STYLE } from '../domain/style-tokens.ts';
import { getRelationshipType, negatedVerb } from '../domain/vocabulary.ts';
import { type ExportGraph, escapeXml } from './export-graph.ts';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

const NODE_KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'iso3', for: 'node', name: 'iso3', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
];
const EDGE_KEYS: Key[] = [
  { id: 'elabel', for: 'edge', name: 'label', type: 'string' },
  { id: 'type', for: 'edge', name: 'type', type: 'string' },
  { id: 'modality', for: 'edge', name: 'modality', type: 'string' },
  { id: 'quadClass', for: 'edge', name: 'quadClass', type: 'int' },
  { id: 'ecolor', for: 'edge', name: 'color', type: 'string' },
  { id: 'briefIds', for: 'edge', name: 'briefIds', type: 'string' },
  { id: 'quotes', for: 'edge', name: 'quotes', type: 'string' },
  { id: 'evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'attributes', for: 'edge', name: 'attributes', type: 'string' },
  { id: 'addressee', for: 'edge', name: 'addressee', type: 'string' },
  { id: 'inferred', for: 'edge', name: 'inferred', type: 'boolean' },
  { id: 'negated', for: 'edge', name: 'negated', type: 'boolean' },
  { id: 'note', for: 'edge', name: 'note', type: 'string' },
];

function data(key: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;
}

export function toGraphml(graph: ExportGraph): string {
  const keys = [...NODE_KEYS, ...EDGE_KEYS].map(
    (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
  );
  const nodes = graph.nodes.map((n) => {
    const p = graph.positions?.[n.id];
    return (
      `    <node id="${escapeXml(n.id)}">` +
      data('label', n.name) +
      data('kind', n.kind) +
      data('iso3', n.iso3) +
      data('aliases', n.aliases.join('; ')) +
      data('color', ACTOR_KIND_STYLES[n.kind].fill) +
      data('x', p?.x) +
      data('y', p?.y) +
      '</node>'
    );
  });
  const edges = graph.edges.map((e) => {
    const type = getRelationshipType(e.type);
    return (
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" directed="${e.directed}">` +
      data('elabel', e.negated ? negatedVerb(e.type, e.modality) : type.label) +
      data('type', e.type) +
      data('modality', e.modality) +
      data('quadClass', e.quadClass ?? undefined) +
      data('ecolor', e.negated ? NEGATED_STYLE.color : type.color) +
      data('briefIds', [...new Set(e.evidence.map((ev) => ev.briefId))].join('; ')) +
      data('quotes', e.evidence.map((ev) => ev.quote).join(' | ')) +
      data('evidence', JSON.stringify(e.evidence)) +
      data('attributes', JSON.stringify(e.attributes)) +
      data('addressee', e.addressee) +
      data('inferred', e.inferred ? 'true' : undefined) +
      data('negated', e.negated ? 'true' : undefined) +
      data('note', e.note) +
      '</edge>'
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="briefgraph" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
