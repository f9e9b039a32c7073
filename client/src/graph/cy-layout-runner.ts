// One seeded layout run: the layout with room for names, then centred, spread, separated, and the scene.
import { withSeededRandom } from '@briefgraph/graph/drawing/seeded-random';
import type cytoscape from 'cytoscape';
import { drawn, relationships } from './cy-bundles.ts';
import {
  centreOnOrigin,
  FIRST_LAYOUT_SEED,
  fillCanvas,
  labelRoom,
  layoutOptions,
  nextLayoutSeed,
  place,
  scatterNodes,
  spreadDraft,
} from './cy-layout.ts';
import type { SceneBinding, SceneFlags } from './cy-scene-binding.ts';
import { FIT_PADDING, fitElements, type ZoomRange } from './cy-viewport.ts';
import type { LayoutRequest } from './graph-view-types.ts';

let fcoseLoaded: Promise<void> | null = null;

/**
 * fcose and the layout libraries under it, a fifth of the explorer's script, come in a chunk of
 * their own: the adapter starts fetching it at once, beside the data, and a force layout waits
 * for it only while it is not there yet. Other layouts are Cytoscape's own.
 */
export function loadFcose(): Promise<void> {
  fcoseLoaded ??= import('@briefgraph/graph/drawing/fcose').then(({ registerFcose }) => registerFcose());
  return fcoseLoaded;
}

export interface LayoutRunner {
  run(request: LayoutRequest): Promise<void>;
  /** The seed of the last run (see LayoutRequest.seed). */
  seed(): number;
}

/** `onRun` is told when a run starts (the view forgets which actors were dragged). */
export function createLayoutRunner(
  cy: cytoscape.Core,
  flags: SceneFlags,
  scene: SceneBinding,
  onRun: () => void,
  /** The zooms the fit after a run may end at (GraphView.setFitZooms). */
  fitZooms: () => ZoomRange,
): LayoutRunner {
  let layoutRuns = 0;
  let lastSeed = FIRST_LAYOUT_SEED;

  async function run(request: LayoutRequest): Promise<void> {
    const nodes = cy.nodes().not('.hidden');
    if (nodes.empty()) return;
    if (request.preset) {
      layoutRuns++;
      lastSeed = FIRST_LAYOUT_SEED;
      onRun();
      // Drawn there already (the usual case): the scene the view computed when adding stands.
      if (place(cy, request.preset)) scene.syncScene();
      fitElements(cy, drawn(cy), fitZooms());
      return;
    }
    if (request.name === 'fcose') await loadFcose();
    if (cy.destroyed()) return;
    scene.flushScene();
    // The relationships, bundled or not, so a layout does not depend on the toggle.
    const eles = nodes.union(relationships(cy).not('.hidden'));
    const seed = request.seed ?? (layoutRuns === 0 ? FIRST_LAYOUT_SEED : nextLayoutSeed(lastSeed));
    layoutRuns++;
    lastSeed = seed >>> 0;
    onRun();
    const before = new Map(nodes.map((n: cytoscape.NodeSingular) => [n.id(), { ...n.position() }] as const));
    const base = layoutOptions(request, eles, flags.large());
    // Room for names comes from the drawing's own measure (labelRoom), not from Cytoscape's
    // label boxes, which follow the last scene drawn: the same seed, the same picture.
    const roomForNames = base.nodeDimensionsIncludeLabels === true;
    // fcose's spectral start is all but fixed for a small graph (another seed mostly mirrors
    // the same picture), so a seed other than the first starts from positions it scatters.
    const scatter = request.name === 'fcose' && !flags.large() && lastSeed !== FIRST_LAYOUT_SEED;
    if (scatter) scatterNodes(cy, nodes, lastSeed);
    const options = {
      ...base,
      ...(scatter ? { randomize: false, initialEnergyOnIncremental: 1 } : {}),
      nodeDimensionsIncludeLabels: false,
      animate: false,
      fit: false,
    } as unknown as cytoscape.LayoutOptions;
    const members = cy.edges('.bundled');
    // Layouts leave out what is not displayed: members are shown for the (synchronous) run.
    members.removeClass('bundled');
    const layout = eles.layout(options);
    const stopped = layout.promiseOn('layoutstop');
    if (roomForNames) labelRoom(cy, nodes, true);
    withSeededRandom(lastSeed, () => layout.run());
    await stopped;
    if (roomForNames) labelRoom(cy, nodes, false);
    members.addClass('bundled');
    // Layouts place their picture about where the last one was (fcose) or about the viewport
    // (circle): centred on the origin, a seed's picture is the same whatever came before.
    centreOnOrigin(cy, nodes);
    if (flags.large() && request.name === 'fcose') spreadDraft(nodes);
    else if (!flags.large()) fillCanvas(cy, nodes, flags);
    const target = scene.separated();
    if (target) place(cy, target);
    const animate = request.animate === true && !flags.large();
    if (animate) {
      // From where the actors were to where the layout and the separation put them.
      const after = new Map(nodes.map((n: cytoscape.NodeSingular) => [n.id(), { ...n.position() }] as const));
      place(cy, Object.fromEntries(before));
      const settle = eles.layout({
        name: 'preset',
        positions: (n: cytoscape.NodeSingular) => after.get(n.id()) ?? n.position(),
        animate: true,
        animationDuration: 350,
        fit: true,
        padding: FIT_PADDING,
      } as unknown as cytoscape.LayoutOptions);
      const settled = settle.promiseOn('layoutstop');
      settle.run();
      await settled;
    }
    scene.syncScene();
    // The layout fitted the labels where they were; the scene may have moved some to a side.
    fitElements(cy, drawn(cy), fitZooms());
  }

  return { run, seed: () => lastSeed };
}
