// The bundles drawn for parallel relationships: kept in step with the scene, and what a bundle stands for.
import type { BundleClass } from '@briefgraph/graph/drawing/bundles';
import { EDGE } from '@briefgraph/graph/drawing/edges';
import type { Scene } from '@briefgraph/graph/drawing/scene';
import type cytoscape from 'cytoscape';
import { toBundleElement } from './cy-elements.ts';
import type { BundleTarget, Tap } from './graph-view-types.ts';

/** The relationships' own elements (not the bundles drawn for them). */
export const relationships = (cy: cytoscape.Core) => cy.edges().not('.bundle');
// One pass with a predicate: `.not(selector)` twice costs ~0.4 s on 35,000 elements.
export const drawn = (cy: cytoscape.Core) =>
  cy.elements().filter((el) => !el.hasClass('hidden') && !el.hasClass('bundled'));

export function bundleTarget(el: cytoscape.EdgeSingular): BundleTarget {
  return {
    kind: 'bundle',
    id: el.id(),
    ids: String(el.data('members')).split(' '),
    source: el.data('source'),
    target: el.data('target'),
    directed: Boolean(el.data('directed')),
    class: el.data('bundleClass') as BundleClass,
  };
}

/** The member a tap or hover on a bundle stands for: the selected one, else the first. */
export function memberOf(cy: cytoscape.Core, bundle: BundleTarget): Tap {
  const selected = relationships(cy).filter('.selected').first();
  const id = selected.nonempty() && bundle.ids.includes(selected.id()) ? selected.id() : bundle.ids[0]!;
  return { kind: 'relationship', id };
}

/** What is drawn for an id: the element, or the bundle a bundled relationship is drawn in. */
export function drawnElement(
  cy: cytoscape.Core,
  bundleOfMember: ReadonlyMap<string, string>,
  id: string,
): cytoscape.CollectionReturnValue {
  const el = cy.getElementById(id);
  if (el.nonempty() && el.hasClass('bundled')) {
    const bundle = bundleOfMember.get(id);
    if (bundle) return cy.getElementById(bundle);
  }
  return el;
}

/**
 * The bundles of the scene as elements: added, removed, their members hidden or shown again,
 * and their emphasis drawn as the relationships' is (classes), since the app names members.
 * `bundleOfMember` is refilled: bundled relationship → its bundle's id, as this scene draws them.
 */
export function syncBundles(cy: cytoscape.Core, scene: Scene, bundleOfMember: Map<string, string>): void {
  const wanted = new Map(scene.edges.filter((e) => e.bundle).map((e) => [e.id, e]));
  bundleOfMember.clear();
  for (const e of wanted.values()) for (const m of e.members) bundleOfMember.set(m.id, e.id);
  cy.edges('.bundle').forEach((b) => {
    if (!wanted.has(b.id())) cy.remove(b);
  });
  for (const e of wanted.values()) {
    if (cy.getElementById(e.id).empty()) cy.add(toBundleElement(e) as unknown as cytoscape.ElementDefinition);
  }
  cy.edges('.bundled').forEach((m) => {
    if (!bundleOfMember.has(m.id())) m.removeClass('bundled');
  });
  for (const id of bundleOfMember.keys()) {
    const m = cy.getElementById(id);
    if (!m.hasClass('bundled')) m.addClass('bundled');
  }
  for (const e of wanted.values()) {
    const b = cy.getElementById(e.id);
    const classes: Record<string, boolean> = {
      selected: e.emphasis === 'selected',
      path: e.emphasis === 'path',
      // The scene draws a line incident to the selected actor, and only such a line, this wide.
      incident: !e.emphasis && e.width === EDGE.incidentWidth,
      faded: e.faded,
    };
    for (const [cls, on] of Object.entries(classes)) if (b.hasClass(cls) !== on) b.toggleClass(cls, on);
  }
}
