import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import type { Selection } from '../state/url-state.ts';
import {
  applyEmphasis,
  applySelection,
  COVER_CLASS,
  COVER_ONLY_CLASS,
  emphasisedIds,
  overlayContent,
} from './cy-emphasis.ts';
import { applyLabelLevels } from './cy-label-levels.ts';
import type { Emphasis } from './graph-view-types.ts';

let cy: cytoscape.Core | null = null;
afterEach(() => {
  cy?.destroy();
  cy = null;
});

const node = (id: string, x: number, y: number, degree = 1) => ({
  group: 'nodes' as const,
  data: { id, text: `Actor ${id}`, degree },
  position: { x, y },
});
const edge = (id: string, source: string, target: string, classes = '') => ({
  group: 'edges' as const,
  data: { id, source, target },
  classes,
});

/** A star round A (A–B, A–C), a line C–D far off, and the bundle drawn for two bundled lines B–C. */
function graph(): cytoscape.Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      node('A', 0, 0, 3),
      node('B', 400, 0),
      node('C', 0, 400),
      node('D', 3_000, 3_000),
      edge('ab', 'A', 'B'),
      edge('ac', 'A', 'C'),
      edge('cd', 'C', 'D'),
      edge('bc1', 'B', 'C', 'bundled'),
      edge('bc2', 'B', 'C', 'bundled'),
      edge('bundle:B~C', 'B', 'C', 'bundle'),
    ],
  });
  return cy;
}

const BUNDLE_OF: Record<string, string> = {
  bc1: 'bundle:B~C',
  bc2: 'bundle:B~C',
  ac2: 'bundle:A~C',
  ac3: 'bundle:A~C',
};
const drawnOf = (c: cytoscape.Core) => (id: string) => c.getElementById(BUNDLE_OF[id] ?? id);
/** What the classes leave at full strength while anything is faded, as the canvas draws them. */
function unfaded(c: cytoscape.Core): string[] {
  const own = c.elements().not('.bundle');
  if (own.filter('.faded').empty()) return [];
  return own
    .not('.faded')
    .not('.hidden')
    .map((el) => el.id());
}
const asObject = (classes: ReadonlyMap<string, readonly string[]>) =>
  Object.fromEntries([...classes].map(([id, c]) => [id, [...c].sort()]));

describe("what a big graph's overlay draws", () => {
  it('a selected actor: it, its lines (a bundled one as its bundle) and the actors at their ends, nothing faded', () => {
    const c = graph();
    c.add([
      edge('ab2', 'A', 'B', 'hidden'),
      edge('ac2', 'A', 'C', 'bundled'),
      edge('ac3', 'A', 'C', 'bundled'),
      edge('bundle:A~C', 'A', 'C', 'bundle'),
    ]);
    const content = overlayContent(c, drawnOf(c), { kind: 'actor', id: 'A' }, null);
    expect(asObject(content.classes)).toEqual({
      A: ['selected'],
      ab: ['incident'],
      ac: ['incident'],
      B: ['context'],
      C: ['context'],
      'bundle:A~C': ['incident'],
    });
    expect(content.fade).toBe(false);
  });

  it('a line whose end is hidden is not drawn', () => {
    const c = graph();
    c.getElementById('D').addClass('hidden');
    const content = overlayContent(c, drawnOf(c), { kind: 'relationship', id: 'cd' }, null);
    expect(asObject(content.classes)).toEqual({});
  });

  it('a path over the veil: its elements as a path, the selection kept, hidden ones left out', () => {
    const c = graph();
    c.getElementById('D').addClass('hidden');
    c.getElementById('cd').addClass('hidden');
    const emphasis: Emphasis = { keep: new Set(['A', 'ac', 'C', 'D']), path: new Set(['A', 'ac', 'C']) };
    const content = overlayContent(c, drawnOf(c), { kind: 'relationship', id: 'ab' }, emphasis);
    expect(asObject(content.classes)).toEqual({
      A: ['path'],
      ac: ['path'],
      C: ['path'],
      ab: ['selected'],
      B: ['context'],
    });
    expect(content.fade).toBe(true);
  });

  it("covers the names a pinned name would sit on: a kept actor keeps its dot, a line's end is there for the cover only", () => {
    const c = graph();
    // E's name lies across A's, and F's; F is A's neighbour, G too, and G is kept by a focus.
    c.add([
      node('E', 10, 14, 2),
      node('F', -12, 16, 2),
      node('G', 14, 18, 2),
      edge('af', 'A', 'F'),
      edge('ag', 'A', 'G'),
    ]);
    applyLabelLevels(c);
    const selected = overlayContent(c, drawnOf(c), { kind: 'actor', id: 'A' }, null);
    expect(selected.classes.get('E')).toEqual([COVER_CLASS, COVER_ONLY_CLASS]);
    expect(selected.classes.get('F')).toEqual([COVER_CLASS, COVER_ONLY_CLASS]);
    expect(selected.classes.get('D')).toBeUndefined();
    const focused = overlayContent(
      c,
      drawnOf(c),
      { kind: 'actor', id: 'A' },
      { keep: new Set(['A', 'ag', 'G', 'af']) },
    );
    expect(focused.classes.get('G')).toEqual([COVER_CLASS]);
  });

  it("under a fade, a selected actor's lines outside the focus fade with the rest", () => {
    const c = graph();
    const content = overlayContent(
      c,
      drawnOf(c),
      { kind: 'actor', id: 'A' },
      { keep: new Set(['A', 'ab', 'B']) },
    );
    expect(asObject(content.classes)).toEqual({ A: ['selected'], ab: ['incident'], B: [] });
  });

  it('names the ids at full strength as the classes on the canvas would, for every state', () => {
    const states: Array<[Selection, Emphasis | null]> = [
      [null, null],
      [{ kind: 'actor', id: 'A' }, null],
      [null, { keep: new Set(['A', 'ab', 'B']) }],
      [
        { kind: 'actor', id: 'D' },
        { keep: new Set(['A', 'ab', 'B']), path: new Set(['A', 'ab', 'B']) },
      ],
      [null, { keep: new Set(['A', 'B', 'C', 'D', 'ab', 'ac', 'cd', 'bc1', 'bc2']) }],
    ];
    const c = graph();
    c.getElementById('B').addClass('hidden');
    for (const [selection, emphasis] of states) {
      applySelection(c, selection);
      applyEmphasis(c, emphasis);
      expect(emphasisedIds(c, selection, emphasis)).toEqual(unfaded(c));
    }
    // The states above do not all say nothing.
    applySelection(c, states[3]![0]);
    applyEmphasis(c, states[3]![1]);
    expect(unfaded(c)).toEqual(['A', 'D', 'ab']);
  });
});
