// The shared scene bound to the canvas: built from what is drawn, its numbers written into element data.
import { buildScene, type SceneActor, type SceneRelationship } from '@briefgraph/graph/drawing/scene';
import { separateActors } from '@briefgraph/graph/drawing/separate';
import type cytoscape from 'cytoscape';
import { relationships, syncBundles } from './cy-bundles.ts';
import { sceneData } from './cy-elements.ts';
import type { ClientPoint } from './graph-view-types.ts';

const NO_BOX = { x1: 0, y1: 0, x2: 0, y2: 0 } as const;

/** What the scene is drawn with besides the elements: the view's flags, read when a scene is built. */
export interface SceneFlags {
  large(): boolean;
  bundling(): boolean;
  /** Lines weighted by the number of briefs that support them. */
  weighting(): boolean;
}

/** The scene's input from what is drawn now: actors, relationships, positions, emphasis. */
export function sceneInput(cy: cytoscape.Core, flags: SceneFlags) {
  const nodes = cy.nodes().not('.hidden');
  const edges = relationships(cy).not('.hidden');
  const positions: Record<string, { x: number; y: number }> = {};
  nodes.forEach((n) => {
    positions[n.id()] = n.position();
  });
  const rels = edges.union(nodes);
  const faded = rels.filter('.faded');
  return {
    nodes: nodes.map((n) => ({ id: n.id(), name: n.data('label'), kind: n.data('kind') }) as SceneActor),
    edges: edges.map(
      (e) =>
        ({
          id: e.id(),
          source: e.data('source'),
          target: e.data('target'),
          type: e.data('type'),
          modality: e.data('modality'),
          // The images draw a negative finding apart (no bundle, no size): so must the canvas.
          negated: e.data('negated') === true,
          briefs: e.data('briefs'),
        }) as SceneRelationship & { briefs: number },
    ),
    positions,
    path: rels.filter('.path').map((el) => el.id()),
    selected: rels.filter('.selected').first().id() ?? null,
    incident: edges.filter('.incident').map((e) => e.id()),
    keep: faded.empty() ? null : rels.not('.faded').map((el) => el.id()),
    straight: flags.large(),
    bundle: flags.bundling(),
    // Verbs as the images print them ("should hold talks with"), so both place the same text.
    modalVerbs: true,
    corroborationOf: flags.weighting()
      ? (rel: SceneRelationship) => (rel as SceneRelationship & { briefs?: number }).briefs ?? 1
      : undefined,
  };
}

/** A big graph with neither merged nor weighted lines: drawn without the scene. */
export const plainLarge = (flags: SceneFlags) => flags.large() && !flags.bundling() && !flags.weighting();

export interface SceneBinding {
  /** Bundled relationship → its bundle's id, as the last scene drew them. */
  readonly bundleOfMember: ReadonlyMap<string, string>;
  /** The scene of what is drawn now, written into the elements' data (only values that changed). */
  syncScene(): void;
  /** A scene before the next paint, one for several changes (visibility, selection, emphasis). */
  scheduleScene(): void;
  /** The scheduled scene now, if one is due. */
  flushScene(): void;
  /**
   * Positions where no actor or name covers another's, in the scene drawn now (separate.ts):
   * only overlapping actors move. Huge graphs are left as they are (a scene per round is slow).
   */
  separated(): Record<string, ClientPoint> | null;
  /** Drops the frame a drag asked for. */
  destroy(): void;
}

export function createSceneBinding(cy: cytoscape.Core, flags: SceneFlags): SceneBinding {
  const bundleOfMember = new Map<string, string>();

  function syncScene(): void {
    pending = false;
    if (plainLarge(flags)) {
      // A big graph's plain drawing takes nothing from the scene (names below the actors,
      // straight lines, verbs at their middle), whose placement of thousands of names takes
      // seconds: only what an earlier scene left is undone.
      cy.batch(() => {
        if (cy.edges('.bundle').nonempty())
          syncBundles(cy, { nodes: [], edges: [], bounds: NO_BOX }, bundleOfMember);
        cy.edges('[lw > 0]').data('lw', 0);
      });
      return;
    }
    if (cy.nodes().not('.hidden').empty()) {
      if (cy.edges('.bundle').nonempty())
        cy.batch(() => syncBundles(cy, { nodes: [], edges: [], bounds: NO_BOX }, bundleOfMember));
      return;
    }
    const scene = buildScene<SceneActor, SceneRelationship>(sceneInput(cy, flags));
    cy.batch(() => {
      syncBundles(cy, scene, bundleOfMember);
      for (const [id, data] of sceneData(scene, flags.weighting())) {
        const el = cy.getElementById(id);
        const changed = Object.entries(data).some(([key, value]) => el.data(key) !== value);
        if (changed) el.data(data as Record<string, unknown>);
      }
    });
  }

  let pending = false;
  const scheduleScene = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      if (pending && !cy.destroyed()) syncScene();
    });
  };
  const flushScene = () => {
    if (pending) syncScene();
  };
  // A dragged actor moves its labels with it, a frame at a time. A big graph's scene takes tens
  // of milliseconds, so there it waits for the drop.
  let frame = 0;
  cy.on('position', 'node', () => {
    if (frame || flags.large()) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!cy.destroyed()) syncScene();
    });
  });

  function separated(): Record<string, ClientPoint> | null {
    if (flags.large()) return null;
    const input = sceneInput(cy, flags);
    if (input.nodes.length < 2) return null;
    return separateActors({
      nodes: input.nodes,
      edges: input.edges,
      positions: input.positions,
      bundle: flags.bundling(),
    });
  }

  return {
    bundleOfMember,
    syncScene,
    scheduleScene,
    flushScene,
    separated,
    destroy() {
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
