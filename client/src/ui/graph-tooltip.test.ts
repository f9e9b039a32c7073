// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GraphModel } from '../graph/graph-model.ts';
import { fixtureModel } from '../test-support/explorer-state.ts';
import { actors, relationships } from '../test-support/fixtures.ts';
import {
  bundleLines,
  createGraphTooltip,
  hoverContent,
  tooltipPlacement,
  trimQuote,
} from './graph-tooltip.ts';

describe('the tooltip over a merged edge', () => {
  it('says how many relationships, then each member’s sentence with its modality in words', () => {
    const lines = bundleLines(fixtureModel(), [
      'chn-partnership-rus',
      'chn-support-prk',
      'usa-opposition-chn',
    ]);
    expect(lines).toEqual([
      '3 relationships',
      'China is aligned with Russia',
      'China is assessed to support North Korea',
      'United States should oppose China',
    ]);
  });

  it('draws one line per entry, and hides when the pointer leaves', () => {
    const stage = document.createElement('div');
    const tip = document.createElement('div');
    stage.append(tip);
    document.body.append(stage);
    const tooltip = createGraphTooltip(tip);
    tooltip.show(['2 relationships', 'A', 'B'], { x: 10, y: 10 });
    expect(tip.hidden).toBe(false);
    expect([...tip.children].map((c) => c.textContent)).toEqual(['2 relationships', 'A', 'B']);
    tooltip.show('One line', { x: 10, y: 10 });
    expect(tip.textContent).toBe('One line');
    tooltip.show(null, null);
    expect(tip.hidden).toBe(true);
  });
});

describe('where the tooltip goes', () => {
  const tip = { width: 120, height: 30 };
  const stage = { width: 600, height: 400 };

  it('over an actor: above the actor and its name, never on them', () => {
    const avoid = { x1: 180, y1: 150, x2: 220, y2: 210 };
    const { top, left } = tooltipPlacement({ x: 200, y: 170, avoid }, tip, stage);
    expect(top + tip.height).toBeLessThanOrEqual(avoid.y1);
    expect(left).toBe(140);
  });

  it('over an actor at the top edge: below its name instead', () => {
    const avoid = { x1: 180, y1: 5, x2: 220, y2: 60 };
    expect(tooltipPlacement({ x: 200, y: 20, avoid }, tip, stage).top).toBeGreaterThanOrEqual(avoid.y2);
  });

  it('over a line: beside the pointer, flipped left near the right edge', () => {
    expect(tooltipPlacement({ x: 100, y: 100 }, tip, stage)).toEqual({ left: 114, top: 114 });
    expect(tooltipPlacement({ x: 550, y: 100 }, tip, stage).left).toBe(550 - 14 - 120);
  });
});

describe('the tooltip over a relationship', () => {
  it('gives its sentence and its first quote, as the embed does', () => {
    const model = fixtureModel();
    expect(hoverContent(model, { kind: 'relationship', id: 'prk-provocation-kor' })).toEqual({
      text: 'North Korea provokes South Korea',
      quote: 'quote',
    });
    expect(hoverContent(model, { kind: 'actor', id: 'PRK' })).toMatch(/^North Korea · /);
  });

  it('says how many briefs support a relationship when more than one does', () => {
    const model = new GraphModel();
    const two = {
      ...relationships[1]!,
      evidence: [...relationships[1]!.evidence, { briefId: 'brief-two', quote: 'again', start: 0, end: 5 }],
    };
    model.merge({ nodes: actors, edges: [two] });
    expect(hoverContent(model, { kind: 'relationship', id: two.id })).toMatchObject({
      briefs: 'Supported by 2 briefs',
    });
    const tip = document.createElement('div');
    createGraphTooltip(tip).show(
      { text: 'A provokes B', quote: 'q', briefs: 'Supported by 2 briefs' },
      { x: 1, y: 1 },
    );
    expect(tip.querySelector('.tooltip-briefs')?.textContent).toBe('Supported by 2 briefs');
  });

  it('draws the quote in quotation marks under the sentence', () => {
    const tip = document.createElement('div');
    document.body.append(tip);
    createGraphTooltip(tip).show({ text: 'A provokes B', quote: 'the words' }, { x: 1, y: 1 });
    expect([...tip.children].map((c) => [c.className, c.textContent])).toEqual([
      ['tooltip-line', 'A provokes B'],
      ['tooltip-quote', '“the words”'],
    ]);
  });

  it('a long quote is trimmed after a whole word, blanks collapsed', () => {
    const long = `  ${'word '.repeat(60)}end`;
    const trimmed = trimQuote(long, 40);
    expect(trimmed).toBe(`${'word '.repeat(8).trim()}…`);
    expect(trimQuote('  a  short\n quote ')).toBe('a short quote');
  });
});
