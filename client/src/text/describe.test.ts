import { describe, expect, it } from 'vitest';
import { GraphModel } from '../graph/graph-model.ts';
import { actors, relationships } from '../test-support/fixtures.ts';
import { describeElement, windowTitle } from './describe.ts';

const model = new GraphModel();
model.merge({ nodes: actors, edges: relationships });

describe('describing what is pointed at and selected', () => {
  it('describes an actor by name, kind and number of relationships', () => {
    expect(describeElement(model, { kind: 'actor', id: 'PRK' })).toBe(
      'North Korea · State · 2 relationships',
    );
  });

  it('describes a relationship as its sentence and modality', () => {
    expect(describeElement(model, { kind: 'relationship', id: 'chn-support-prk' })).toBe(
      'China supports North Korea (assessment)',
    );
  });

  it('titles the window after the selection', () => {
    expect(windowTitle(model, { kind: 'actor', id: 'KOR' })).toBe('South Korea — briefgraph');
    expect(windowTitle(model, null)).toBe('briefgraph — explorer');
  });
});
