/**
 * Level of detail for big graphs (the `large` stylesheet): which actors are named at which zoom,
 * decided once per arrangement so that panning and zooming cost Cytoscape nothing more.
 *
 * Cytoscape draws a label when its font size times the zoom, rounded up to a power of two,
 * reaches the element's `min-zoomed-font-size`. Each actor gets both numbers here:
 * the most connected are named from the overview on, in a larger font, and more actors are
 * named as the zoom doubles, each only where its name covers no name already shown at that
 * zoom (greedy, in order of degree). The rest are named from OTHERS_FROM_ZOOM on, and whenever
 * they are selected or on a path (the stylesheet; the tooltip names what is under the pointer,
 * which takes no class on a big graph: cy-pointer-events.ts). A name shown that way comes
 * first: the names it would sit on are covered while it is shown (namesCoveredBy, and the
 * overlay that draws a big graph's emphasis: cy-emphasis-overlay.ts).
 *
 * Small graphs never come here: their stylesheet names every actor, as before.
 */
import { labelBlockWidth, NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import type cytoscape from 'cytoscape';

/** An actor's place in the big graph's drawing. */
export interface LabelActor {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly degree: number;
  /** The name's lines, as the drawing wraps them. */
  readonly lines: readonly string[];
}

/** Cytoscape's numbers for one actor: `font-size` and `min-zoomed-font-size` (data lfs, lmz). */
export interface LabelLevel {
  readonly lfs: number;
  readonly lmz: number;
}

interface Level {
  /** Names of this level are drawn from above half this zoom (Cytoscape's rounding). */
  readonly zoom: number;
  readonly fontSize: number;
  /** Only the actors of highest degree may take this level: at least `min`, or this share. */
  readonly min: number;
  readonly share: number;
}

/** The overview names hubs in a large font; each doubling of the zoom names more, in the usual one. */
export const LABEL_LEVELS: readonly Level[] = [
  { zoom: 0.25, fontSize: 36, min: 12, share: 0.004 },
  { zoom: 0.5, fontSize: 24, min: 40, share: 0.02 },
  { zoom: 1, fontSize: NODE_LABEL.size, min: Number.POSITIVE_INFINITY, share: 1 },
];
/** Names that found no room at any level: from this zoom on (drawn beyond zoom 2). */
export const OTHERS_FROM_ZOOM = 4;

/** Node size by degree in big graphs: small dots for the many, discs for the hubs (the stylesheet's mapData). */
export const LARGE_NODE_SIZE = { degreeFrom: 1, degreeTo: 64, sizeFrom: 7, sizeTo: 40 } as const;

export function largeNodeSize(degree: number): number {
  const { degreeFrom, degreeTo, sizeFrom, sizeTo } = LARGE_NODE_SIZE;
  const t = Math.min(1, Math.max(0, (degree - degreeFrom) / (degreeTo - degreeFrom)));
  return sizeFrom + t * (sizeTo - sizeFrom);
}

/** Just under the threshold, so that a float product equal to it still draws. */
const threshold = (fontSize: number, zoom: number) => Math.round(fontSize * zoom * 999) / 1000;

/** A box in model units (or on screen, for the overview's cluster names). */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The name's white box below the actor, in model units, at this font size. */
export function labelBox(actor: LabelActor, fontSize: number): Box {
  const scale = fontSize / NODE_LABEL.size;
  const pad = NODE_LABEL.padding * scale;
  const width = labelBlockWidth(actor.lines, fontSize, false) + 2 * pad;
  const height = actor.lines.length * NODE_LABEL.lineHeight * scale + 2 * pad;
  const top = actor.y + largeNodeSize(actor.degree) / 2 + NODE_LABEL.gap;
  return { x1: actor.x - width / 2, y1: top, x2: actor.x + width / 2, y2: top + height };
}

/** True when the boxes overlap, or come closer than `gap`. */
export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** Boxes in square cells, for "does this box cover one already placed?" and "which ones?". */
class BoxGrid<B extends Box = Box> {
  private readonly cells = new Map<string, B[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / this.cell); i <= Math.floor(b.x2 / this.cell); i++)
      for (let j = Math.floor(b.y1 / this.cell); j <= Math.floor(b.y2 / this.cell); j++)
        out.push(`${i},${j}`);
    return out;
  }

  add(b: B): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }

  covers(b: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => overlaps(o, b)) ?? false);
  }

  /** The boxes placed that overlap this one, each once. */
  overlapping(b: Box): Set<B> {
    const out = new Set<B>();
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (overlaps(o, b)) out.add(o);
    return out;
  }
}

/** Every actor's label level, by id: most connected first, each at the lowest zoom it has room at. */
export function labelLevels(actors: readonly LabelActor[]): Map<string, LabelLevel> {
  const order = [...actors].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A name shown at one zoom stays at every larger one: level i's grid holds levels 0..i.
  const grids = LABEL_LEVELS.map((l) => new BoxGrid(l.fontSize * 8));
  const out = new Map<string, LabelLevel>();
  order.forEach((actor, rank) => {
    const index = LABEL_LEVELS.findIndex((level, i) => {
      if (rank >= Math.max(level.min, Math.ceil(level.share * actors.length))) return false;
      return !(grids[i] as BoxGrid).covers(labelBox(actor, level.fontSize));
    });
    const level = LABEL_LEVELS[index];
    if (!level) {
      out.set(actor.id, { lfs: NODE_LABEL.size, lmz: threshold(NODE_LABEL.size, OTHERS_FROM_ZOOM) });
      return;
    }
    const box = labelBox(actor, level.fontSize);
    for (let i = index; i < grids.length; i++) (grids[i] as BoxGrid).add(box);
    out.set(actor.id, { lfs: level.fontSize, lmz: threshold(level.fontSize, level.zoom) });
  });
  return out;
}

const toLabelActor = (n: cytoscape.NodeSingular): LabelActor => ({
  id: n.id(),
  x: n.position('x'),
  y: n.position('y'),
  degree: Number(n.data('degree')) || 0,
  lines: String(n.data('text') ?? '').split('\n'),
});

/**
 * The name boxes of the levels applied last, by graph: built by the first selection after a
 * relabel (not at start-up), asked by every one after it.
 */
const nameBoxes = new WeakMap<cytoscape.Core, NameBoxes>();

/**
 * Writes the levels of the actors drawn now into their data (lfs, lmz), only where they changed;
 * hidden actors keep theirs and take no room.
 */
export function applyLabelLevels(cy: cytoscape.Core): void {
  const nodes = cy.nodes().not('.hidden') as unknown as cytoscape.NodeCollection;
  const levels = labelLevels(nodes.map(toLabelActor));
  // The names moved: their boxes are built again when a selection asks (namesCoveredBy).
  nameBoxes.delete(cy);
  cy.batch(() => {
    nodes.forEach((n) => {
      const level = levels.get(n.id());
      if (level && (n.data('lfs') !== level.lfs || n.data('lmz') !== level.lmz)) n.data(level);
    });
    // Not yet placed (hidden since they came): the usual size, named from OTHERS_FROM_ZOOM.
    cy.nodes('.hidden').forEach((n) => {
      if (n.data('lfs') === undefined)
        n.data({ lfs: NODE_LABEL.size, lmz: threshold(NODE_LABEL.size, OTHERS_FROM_ZOOM) });
    });
  });
}

type NamedBox = Box & { readonly id: string };

/**
 * Where every drawn actor's name is, at its own font size (lfs), for finding the names a pinned
 * one (selected or on a path, named at any zoom) would sit on. Names are drawn in model units, so
 * two that overlap at one zoom overlap at all.
 */
export class NameBoxes {
  private readonly grid = new BoxGrid<NamedBox>(NODE_LABEL.size * 8);

  constructor(actors: Iterable<LabelActor & Pick<LabelLevel, 'lfs'>>) {
    for (const a of actors) this.grid.add({ ...labelBox(a, a.lfs), id: a.id });
  }

  /** The ids of the names that overlap a pinned one's, other than the pinned ones. */
  coveredBy(pinned: readonly (LabelActor & Pick<LabelLevel, 'lfs'>)[]): Set<string> {
    const pinnedIds = new Set(pinned.map((p) => p.id));
    const out = new Set<string>();
    for (const p of pinned)
      for (const o of this.grid.overlapping(labelBox(p, p.lfs))) if (!pinnedIds.has(o.id)) out.add(o.id);
    return out;
  }
}

const withLevel = (n: cytoscape.NodeSingular) => ({
  ...toLabelActor(n),
  lfs: Number(n.data('lfs')) || NODE_LABEL.size,
});

function namesOf(cy: cytoscape.Core): NameBoxes {
  let boxes = nameBoxes.get(cy);
  if (!boxes) {
    boxes = new NameBoxes((cy.nodes().not('.hidden') as unknown as cytoscape.NodeCollection).map(withLevel));
    nameBoxes.set(cy, boxes);
  }
  return boxes;
}

/** Builds the name boxes namesCoveredBy asks, if a relabel dropped them, while nothing waits. */
export function prepareNameBoxes(cy: cytoscape.Core): void {
  namesOf(cy);
}

/** The drawn actors whose names would sit on these pinned actors' names (selected, on a path). */
export function namesCoveredBy(cy: cytoscape.Core, pinnedIds: readonly string[]): Set<string> {
  const pinned = pinnedIds
    .map((id) => cy.getElementById(id))
    .filter((n) => n.isNode() && !n.hasClass('hidden'));
  return pinned.length
    ? namesOf(cy).coveredBy(pinned.map((n) => withLevel(n as cytoscape.NodeSingular)))
    : new Set();
}
