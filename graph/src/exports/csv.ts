/**
 * Graph → CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed), for spreadsheets:
 * one table of actors, one of relationships, and one of evidence with a row per quote. Attributes
 * read as in the explorer ("growth: 116 %; relativeToUsChinaTrade: 1/4"); a negative finding is
 * a row with `negated` true and its verb with "not" ("does not support"), as it is drawn. Text
 * cells that a spreadsheet would run as a formula (= + - @) are prefixed with an apostrophe.
 */
import { formatAttributeValue } from '../domain/attribute-values.ts';
import { getRelationshipType, negatedVerb } from '../domain/vocabulary.ts';
import type { ExportGraph } from './export-graph.ts';

type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: readonly string[], rows: readonly Cell[][]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function nodesCsv(graph: ExportGraph): string {
  return table(
    ['id', 'name', 'kind', 'iso3', 'aliases', 'x', 'y'],
    graph.nodes.map((n) => {
      const p = graph.positions?.[n.id];
      return [n.id, n.name, n.kind, n.iso3, n.aliases.join('; '), p?.x, p?.y];
    }),
  );
}

export function edgesCsv(graph: ExportGraph): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return table(
    [
      'id',
      'source',
      'source_name',
      'label',
      'target',
      'target_name',
      'type',
      'directed',
      'modality',
      'quad_class',
      'brief_ids',
      'quotes',
      'attributes',
      'addressee',
      'inferred',
      'negated',
      'note',
    ],
    graph.edges.map((e) => [
      e.id,
      e.source,
      names.get(e.source),
      e.negated ? negatedVerb(e.type, e.modality) : getRelationshipType(e.type).label,
      e.target,
      names.get(e.target),
      e.type,
      e.directed,
      e.modality,
      e.quadClass,
      [...new Set(e.evidence.map((ev) => ev.briefId))].join('; '),
      e.evidence.map((ev) => ev.quote).join(' | '),
      Object.entries(e.attributes)
        .map(([k, v]) => `${k}: ${formatAttributeValue(v)}`)
        .join('; '),
      e.addressee,
      e.inferred === true,
      e.negated === true,
      e.note,
    ]),
  );
}

/** One row per quote, with the character offsets into its brief's text. */
export function evidenceCsv(graph: ExportGraph): string {
  return table(
    ['relationship_id', 'source', 'type', 'target', 'modality', 'brief_id', 'start', 'end', 'quote'],
    graph.edges.flatMap((e) =>
      e.evidence.map((ev) => [
        e.id,
        e.source,
        e.type,
        e.target,
        e.modality,
        ev.briefId,
        ev.start,
        ev.end,
        ev.quote,
      ]),
    ),
  );
}
