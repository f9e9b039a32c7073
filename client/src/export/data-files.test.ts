import { describe, expect, it } from 'vitest';
import { actors, relationships } from '../test-support/fixtures.ts';
import { dataFile, type ElementJson } from './data-files.ts';

const nodes = actors.slice(0, 3);
const edges = relationships.slice(0, 2);
const view = {
  nodes,
  edges,
  positions: { KOR: { x: 1, y: 2 }, USA: { x: 3, y: 4 }, PRK: { x: 5, y: 6 } },
  zoom: 1.5,
  pan: { x: 10, y: 20 },
  highlightedPath: ['PRK', 'prk-provocation-kor', 'KOR'],
};
const drawn: ElementJson[] = [
  {
    group: 'nodes',
    data: { id: 'KOR', label: 'South Korea', size: 40 },
    position: { x: 1, y: 2 },
    classes: 'path',
  },
  { group: 'edges', data: { id: 'kor-alliance-usa', label: 'allied with' } },
];
const input = { view, title: 'A view', drawn };

describe('data files of a view', () => {
  it('Cytoscape JSON carries the drawn data, the full records with evidence, positions, zoom and pan', () => {
    const json = JSON.parse(dataFile('cytoscape', input));
    expect(json.format_version).toBe('1.0');
    expect(json.data).toEqual({ name: 'A view', highlightedPath: view.highlightedPath });
    expect(json.elements.nodes[0]).toEqual({
      data: { ...nodes[0], label: 'South Korea', size: 40 },
      position: { x: 1, y: 2 },
      classes: 'path',
    });
    expect(json.elements.nodes).toHaveLength(3);
    const edge = json.elements.edges[0];
    expect(edge.data).toMatchObject({
      id: 'kor-alliance-usa',
      source: 'KOR',
      target: 'USA',
      interaction: 'ALLIANCE',
    });
    expect(edge.data.evidence).toEqual(edges[0]!.evidence);
    expect(json.zoom).toBe(1.5);
    expect(json.pan).toEqual({ x: 10, y: 20 });
  });

  it('GraphML, GEXF and the CSVs come from the shared exporters, with positions', () => {
    expect(dataFile('graphml', input)).toContain('<data key="x">1</data><data key="y">2</data>');
    expect(dataFile('gexf', input)).toContain('<description>A view</description>');
    expect(dataFile('nodesCsv', input).split('\r\n')[1]).toBe('KOR,South Korea,state,KOR,ROK; Seoul,1,2');
    expect(dataFile('edgesCsv', input).split('\r\n')).toHaveLength(4);
    expect(dataFile('evidenceCsv', input)).toContain(
      'prk-provocation-kor,PRK,PROVOCATION,KOR,fact,brief-one,0,5,quote',
    );
  });
});
