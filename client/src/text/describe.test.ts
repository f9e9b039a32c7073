import { describe, expect, it } from 'vitest';
import { GraphModel } from '../graph/graph-model.ts';
import { actors, koreaToRussia, relationships } from '../test-support/fixtures.ts';
import { describeElement, viewTitle, windowTitle } from './describe.ts';

const model = new GraphModel();
model.merge({ nodes: actors, edges: relationships });

describe('describing what is pointed at and selected', () => {
  it('describes an actor by name, kind and number of relationships', () => {
    expect(describeElement(model, { kind: 'actor', id: 'PRK' })).toBe(
      'North Korea · State · 2 relationships',
    );
  });

  it('describes a relationship as its sentence, the modality in its verb', () => {
    expect(describeElement(model, { kind: 'relationship', id: 'chn-support-prk' })).toBe(
      'China is assessed to support North Korea',
    );
    expect(describeElement(model, { kind: 'relationship', id: 'prk-provocation-kor' })).toBe(
      'North Korea provokes South Korea',
    );
  });

  it('titles the window after the selection', () => {
    expect(windowTitle(model, { kind: 'actor', id: 'KOR' })).toBe('South Korea — briefgraph');
    expect(windowTitle(model, null)).toBe('briefgraph — explorer');
  });

  it('titles an export after the path, else the selection, the focus, or the one brief', () => {
    const none = { selection: null, focusId: null, path: null, briefTitles: ['A brief'] };
    expect(viewTitle(model, { ...none, path: koreaToRussia })).toBe('South Korea to Russia');
    expect(viewTitle(model, { ...none, selection: { kind: 'relationship', id: 'chn-support-prk' } })).toBe(
      'China is assessed to support North Korea',
    );
    expect(viewTitle(model, { ...none, focusId: 'CHN' })).toBe('Around China');
    expect(viewTitle(model, none)).toBe('A brief');
    expect(viewTitle(model, { ...none, briefTitles: ['One', 'Two'] })).toBe('briefgraph');
  });
});
