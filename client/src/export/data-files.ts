import type { Point, SnapshotView } from '@briefgraph/graph/domain/schemas';
import { edgesCsv, evidenceCsv, nodesCsv } from '@briefgraph/graph/exports/csv';
import type { ExportGraph } from '@briefgraph/graph/exports/export-graph';
import { toGexf } from '@briefgraph/graph/exports/gexf';
import { toGraphml } from '@briefgraph/graph/exports/graphml';
import type { DataFormat } from './formats.ts';

/**
 * Pure: a view (view-payload.ts) → the text of a data file. GraphML, GEXF and CSV come from the
 * shared exporters in graph/src/exports, so a file from the explorer matches one from the server.
 */

/** One element as Cytoscape's `ele.json()` gives it. */
export interface ElementJson {
  readonly group: 'nodes' | 'edges';
  readonly data: Readonly<Record<string, unknown>>;
  readonly position?: Point;
  readonly classes?: string;
}

export interface DataFileInput {
  readonly view: SnapshotView;
  readonly title: string;
  /** The drawn elements, for the Cytoscape JSON (their style data and classes). */
  readonly drawn: readonly ElementJson[];
}

/**
 * Cytoscape.js JSON, in the shape Cytoscape desktop imports (.cyjs): the drawn elements with
 * their full records merged into `data`, evidence included, and the zoom and pan.
 */
export function toCytoscapeJson(input: DataFileInput): string {
  const { view } = input;
  const drawn = new Map(input.drawn.map((el) => [String(el.data.id), el]));
  const nodes = view.nodes.map((actor) => {
    const el = drawn.get(actor.id);
    return {
      data: { ...el?.data, ...actor },
      position: view.positions[actor.id],
      ...(el?.classes ? { classes: el.classes } : {}),
    };
  });
  const edges = view.edges.map((rel) => {
    const el = drawn.get(rel.id);
    return {
      data: {
        ...el?.data,
        ...rel,
        interaction: rel.type,
        quotes: rel.evidence.map((e) => e.quote).join(' | '),
      },
      ...(el?.classes ? { classes: el.classes } : {}),
    };
  });
  const document = {
    format_version: '1.0',
    generated_by: 'briefgraph',
    target_cytoscapejs_version: '~3.34',
    data: { name: input.title, ...(view.highlightedPath ? { highlightedPath: view.highlightedPath } : {}) },
    elements: { nodes, edges },
    zoom: view.zoom,
    pan: view.pan,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function dataFile(format: DataFormat, input: DataFileInput): string {
  const graph: ExportGraph = {
    nodes: input.view.nodes,
    edges: input.view.edges,
    positions: input.view.positions,
  };
  switch (format) {
    case 'cytoscape':
      return toCytoscapeJson(input);
    case 'graphml':
      return toGraphml(graph);
    case 'gexf':
      return toGexf(graph, { description: input.title });
    case 'nodesCsv':
      return nodesCsv(graph);
    case 'edgesCsv':
      return edgesCsv(graph);
    case 'evidenceCsv':
      return evidenceCsv(graph);
  }
}
