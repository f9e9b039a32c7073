// Layouts on the canvas: each layout's options, the seeds of successive runs, how actors are moved.
import { labelBlockHeight, labelBlockWidth, NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import { buildScene, type SceneActor, type SceneRelationship } from '@briefgraph/graph/drawing/scene';
import { withSeededRandom } from '@briefgraph/graph/drawing/seeded-random';
import type cytoscape from 'cytoscape';
import { type SceneFlags, sceneInput } from './cy-scene-binding.ts';
import { FIT_PADDING, MAX_FIT_ZOOM } from './cy-viewport.ts';
import type { ClientPoint, LayoutRequest } from './graph-view-types.ts';

/** How far a small layout is spread to fill the canvas, at most. */
const MAX_SPREAD = 1.8;

/** The seed of the first layout of a view: a reload of a deep link draws the same picture. */
export const FIRST_LAYOUT_SEED = 20230403;

/** The next seed of a sequence (one mulberry32 step): fresh, and the same after a reload. */
export function nextLayoutSeed(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

export function layoutOptions(
  request: LayoutRequest,
  eles: cytoscape.Collection,
  large: boolean,
): Record<string, unknown> {
  const animate = request.animate === true && !large;
  const common = {
    fit: true,
    padding: FIT_PADDING,
    animate,
    animationDuration: 350,
    nodeDimensionsIncludeLabels: true,
  };
  switch (request.name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality: large ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: 4500,
        // A pair with several relationships gets a longer edge: room for its fan and its verbs.
        idealEdgeLength: (edge: cytoscape.EdgeSingular) => 70 + Math.min(90, 18 * (parallelCount(edge) - 1)),
        edgeElasticity: 0.45,
        nodeSeparation: 60,
        gravity: 0.3,
        numIter: large ? 1500 : 2500,
        packComponents: false,
      };
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        // About five rings from the hubs outwards, whatever the spread of degrees.
        levelWidth: (nodes: cytoscape.NodeCollection) => Math.max(1, nodes.maxDegree(false) / 5),
        minNodeSpacing: 16,
        nodeDimensionsIncludeLabels: false,
        avoidOverlap: true,
      };
    case 'circle':
      return {
        ...common,
        name: 'circle',
        // About 100 px of ring per actor: room for a wrapped label without a needlessly wide ring.
        avoidOverlap: false,
        radius: Math.max(120, (eles.nodes().length * 100) / (2 * Math.PI)),
        sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
          String(a.data('kind')).localeCompare(String(b.data('kind'))) ||
          String(a.data('label')).localeCompare(String(b.data('label'))),
      };
    case 'breadthfirst': {
      const root = request.rootId ? eles.nodes().getElementById(request.rootId) : null;
      const roots = root?.nonempty()
        ? root
        : eles
            .nodes()
            .sort((a, b) => b.degree(false) - a.degree(false))
            .first();
      return {
        ...common,
        name: 'breadthfirst',
        roots,
        directed: false,
        // Rings around the root keep a wide tree readable in a narrow canvas.
        circle: true,
        spacingFactor: 0.85,
        grid: false,
      };
    }
  }
}

/** How many relationships (bundled or not) join the two ends of this edge. */
function parallelCount(edge: cytoscape.EdgeSingular): number {
  return edge.parallelEdges().not('.bundle').length;
}

/**
 * fcose's force phase is far too slow for thousands of actors in a browser (minutes), so large
 * graphs get its spectral draft only, which comes out packed into a few hundred pixels. Spread
 * it to a density where zooming in separates the actors.
 */
export function spreadDraft(nodes: cytoscape.NodeCollection): void {
  const box = nodes.boundingBox({});
  const side = Math.sqrt(nodes.length) * 55;
  const factor = side / Math.max(box.w, box.h, 1);
  if (factor <= 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  nodes.positions((n) => {
    const p = n.position();
    return { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
  });
  (nodes as unknown as { cy(): cytoscape.Core }).cy().fit(nodes, FIT_PADDING);
}

/**
 * A layout smaller than the canvas at the largest fitting zoom is spread out (uniformly, about
 * its centre) until it fills it: names and badges get the room the screen has, and nothing
 * comes closer. Actors and names keep their size, so the fitted zoom stays at MAX_FIT_ZOOM.
 */
export function fillCanvas(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, flags: SceneFlags): void {
  const width = cy.width() - 2 * FIT_PADDING;
  const height = cy.height() - 2 * FIT_PADDING;
  if (nodes.length < 2 || width <= 0 || height <= 0) return;
  for (let round = 0; round < 2; round++) {
    // Measured on the scene (not on Cytoscape's label boxes, which follow the last scene drawn).
    const { bounds } = buildScene<SceneActor, SceneRelationship>(sceneInput(cy, flags));
    const fits = Math.min(
      width / Math.max(1, bounds.x2 - bounds.x1),
      height / Math.max(1, bounds.y2 - bounds.y1),
    );
    const factor = Math.min(MAX_SPREAD, fits / MAX_FIT_ZOOM);
    if (factor < 1.02) return;
    const centre = nodes.reduce(
      (c, n) => ({ x: c.x + n.position('x') / nodes.length, y: c.y + n.position('y') / nodes.length }),
      { x: 0, y: 0 },
    );
    cy.batch(() => {
      nodes.positions((n) => {
        const p = (n as cytoscape.NodeSingular).position();
        return { x: centre.x + (p.x - centre.x) * factor, y: centre.y + (p.y - centre.y) * factor };
      });
    });
  }
}

/**
 * While a layout runs, each actor is as big as it and its name below it (the drawing's text
 * measure, as the server's layout sees them), so the layout leaves room for names.
 */
export function labelRoom(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, on: boolean): void {
  cy.batch(() => {
    if (!on) {
      nodes.removeStyle('width height');
      return;
    }
    nodes.forEach((n) => {
      const lines = String(n.data('text') ?? '').split('\n');
      const size = Number(n.data('size'));
      const text = labelBlockWidth(lines, NODE_LABEL.size, false) + 2 * NODE_LABEL.padding;
      const below = NODE_LABEL.gap + labelBlockHeight(lines.length, NODE_LABEL.size, NODE_LABEL.lineHeight);
      n.style({ width: Math.max(size, text), height: size + below + 2 * NODE_LABEL.padding });
    });
  });
}

/** Actors at random places (seeded, in id order) in a square with room for each. */
export function scatterNodes(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, seed: number): void {
  const side = Math.sqrt(nodes.length) * 90;
  const ids = nodes.map((n) => n.id()).sort();
  const places = withSeededRandom(seed, () =>
    ids.map((id) => [id, { x: (Math.random() - 0.5) * side, y: (Math.random() - 0.5) * side }] as const),
  );
  place(cy, Object.fromEntries(places));
}

export function centreOnOrigin(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): void {
  const c = nodes.reduce(
    (sum, n) => ({ x: sum.x + n.position('x') / nodes.length, y: sum.y + n.position('y') / nodes.length }),
    { x: 0, y: 0 },
  );
  cy.batch(() => {
    nodes.positions((n) => {
      const p = (n as cytoscape.NodeSingular).position();
      return { x: p.x - c.x, y: p.y - c.y };
    });
  });
}

/** Moves actors to these positions (those that change), in one batch; says whether any moved. */
export function place(cy: cytoscape.Core, positions: Readonly<Record<string, ClientPoint>>): boolean {
  let moved = false;
  cy.batch(() => {
    for (const [id, p] of Object.entries(positions)) {
      const n = cy.getElementById(id);
      if (n.empty() || !n.isNode()) continue;
      const now = n.position();
      if (Math.abs(now.x - p.x) < 1e-6 && Math.abs(now.y - p.y) < 1e-6) continue;
      n.position({ x: p.x, y: p.y });
      moved = true;
    }
  });
  return moved;
}
