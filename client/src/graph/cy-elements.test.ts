import { ACTOR_KIND_STYLES, MODALITY_STYLES } from '@briefgraph/graph/domain/style-tokens';
import { getRelationshipType } from '@briefgraph/graph/domain/vocabulary';
import { nodeSize } from '@briefgraph/graph/drawing/nodes';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actors, relationships } from '../test-support/fixtures.ts';
import { buildStylesheet, toEdgeElement, toElements, toNodeElement } from './cy-elements.ts';

describe('mapping API records to Cytoscape elements', () => {
  it('maps an actor to a node carrying its name, kind and a size that grows with degree', () => {
    const node = toNodeElement(actors[0]!, 4);
    expect(node).toEqual({
      group: 'nodes',
      data: {
        id: 'KOR',
        label: 'South Korea',
        kind: 'state',
        degree: 4,
        size: nodeSize(4),
        text: 'South Korea',
        lside: 'below',
        lmx: 0,
        lmy: 4,
      },
    });
    expect(nodeSize(0)).toBeLessThan(nodeSize(4));
    expect(nodeSize(10_000)).toBe(56);
  });

  it('maps a relationship to an edge carrying type, modality, direction, quad class and its verb', () => {
    const edge = toEdgeElement(relationships[1]!);
    expect(edge.data).toEqual({
      id: 'prk-provocation-kor',
      source: 'PRK',
      target: 'KOR',
      type: 'PROVOCATION',
      modality: 'fact',
      directed: true,
      quad: '4',
      label: 'provokes',
      briefs: 1,
      cpd: 0,
      tmx: 0,
      tmy: 0,
      ldrop: false,
    });
  });

  it('reads the verb as its modality does, as the images print it ("should …", "is assessed to …")', () => {
    const recommendation = { ...relationships[1]!, modality: 'recommendation' as const };
    const assessment = { ...relationships[1]!, modality: 'assessment' as const };
    expect(toEdgeElement(recommendation).data.label).toBe('should provoke');
    expect(toEdgeElement(assessment).data.label).toBe('is assessed to provoke');
  });

  it('marks a structural tie without a CAMEO class with the quad key "none"', () => {
    expect(toEdgeElement(relationships[5]!).data.quad).toBe('none');
  });

  it('maps a graph to nodes first, then edges', () => {
    const els = toElements(actors.slice(0, 2), relationships.slice(0, 1), () => 1);
    expect(els.map((e) => e.group)).toEqual(['nodes', 'nodes', 'edges']);
  });
});

describe('the stylesheet drawn from the shared tokens', () => {
  let cy: cytoscape.Core | undefined;
  afterEach(() => {
    cy?.destroy();
    cy = undefined;
  });

  function render(large: boolean) {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet({ large }) as unknown as cytoscape.StylesheetJson,
      elements: toElements(actors, relationships, () => 2) as unknown as cytoscape.ElementDefinition[],
    });
    return cy;
  }

  it('uses only properties Cytoscape understands', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(false);
    render(true);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it('colours an edge by its relationship type token', () => {
    const c = render(false);
    const colour = c.$id('prk-provocation-kor').style('line-color');
    expect(colour).toBe(hexToRgb(getRelationshipType('PROVOCATION').color));
  });

  it('draws an arrow only on directed types', () => {
    const c = render(false);
    expect(c.$id('prk-provocation-kor').style('target-arrow-shape')).toBe('triangle');
    expect(c.$id('kor-alliance-usa').style('target-arrow-shape')).toBe('none');
  });

  it('draws facts solid, and assessments and recommendations with the dashes the images use', () => {
    const c = render(false);
    expect(c.$id('kor-alliance-usa').style('line-style')).toBe('solid');
    const dashes = (id: string) =>
      (c.$id(id) as unknown as { pstyle(name: string): { pfValue: number[] } }).pstyle('line-dash-pattern')
        .pfValue;
    expect(c.$id('chn-support-prk').style('line-style')).toBe('dashed');
    expect(dashes('chn-support-prk')).toEqual(MODALITY_STYLES.assessment.dashArray.split(' ').map(Number));
    expect(c.$id('usa-opposition-chn').style('line-style')).toBe('dashed');
    expect(dashes('usa-opposition-chn')).toEqual(
      MODALITY_STYLES.recommendation.dashArray.split(' ').map(Number),
    );
  });

  it('gives each actor kind its shape and fill', () => {
    const c = render(false);
    expect(c.$id('XI_JINPING').style('shape')).toBe(ACTOR_KIND_STYLES.person.shape);
    expect(c.$id('NATO').style('background-color')).toBe(hexToRgb(ACTOR_KIND_STYLES.organization.fill));
  });

  it('draws large graphs with fast straight edges, arrows (mid) and dashes on the lines in focus only', () => {
    const c = render(true);
    const edge = c.$id('prk-provocation-kor');
    const dashed = c.$id('chn-support-prk');
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('mid-target-arrow-shape')).toBe('none');
    expect(dashed.style('line-style')).toBe('solid');
    for (const cls of ['selected', 'path', 'incident']) {
      edge.addClass(cls);
      dashed.addClass(cls);
      expect(edge.style('mid-target-arrow-shape')).toBe('triangle');
      expect(dashed.style('line-style')).toBe('dashed');
      edge.removeClass(cls);
      dashed.removeClass(cls);
    }
  });

  it('fades without hiding, and hides only with the hidden class', () => {
    const c = render(false);
    const node = c.$id('KOR');
    node.addClass('faded');
    expect(Number(node.style('opacity'))).toBeLessThan(0.5);
    expect(node.style('display')).toBe('element');
    node.addClass('hidden');
    expect(node.style('display')).toBe('none');
  });

  it('labels the selected edge with its verb', () => {
    const c = render(false);
    const edge = c.$id('prk-provocation-kor');
    expect(edge.style('label')).toBe('');
    edge.addClass('selected');
    expect(edge.style('label')).toBe('provokes');
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
