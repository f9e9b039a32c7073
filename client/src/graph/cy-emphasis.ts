// What the app's state looks like on the canvas, as classes: hidden, selected and incident, faded and path.
import type cytoscape from 'cytoscape';
import type { Selection } from '../state/url-state.ts';
import { relationships } from './cy-bundles.ts';
import type { Emphasis } from './graph-view-types.ts';

/** Hides what is not visible and shows what is; says whether anything changed. */
export function applyVisibility(
  cy: cytoscape.Core,
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
): boolean {
  // Touch only what changes: a class change restyles the element, and thousands add up.
  const hide = cy.collection();
  const show = cy.collection();
  cy.nodes().forEach((n) => {
    const hidden = !visible.nodes.has(n.id());
    if (hidden !== n.hasClass('hidden')) (hidden ? hide : show).merge(n);
  });
  relationships(cy).forEach((e) => {
    const hidden = !visible.edges.has(e.id());
    if (hidden !== e.hasClass('hidden')) (hidden ? hide : show).merge(e);
  });
  cy.batch(() => {
    hide.addClass('hidden');
    show.removeClass('hidden');
  });
  return hide.nonempty() || show.nonempty();
}

export function applySelection(cy: cytoscape.Core, selection: Selection): void {
  cy.batch(() => {
    const own = cy.elements().not('.bundle');
    own.filter('.selected').removeClass('selected');
    own.filter('.incident').removeClass('incident');
    if (!selection) return;
    const el = cy.getElementById(selection.id);
    el.addClass('selected');
    if (selection.kind === 'actor') el.connectedEdges().not('.bundle').addClass('incident');
  });
}

export function applyEmphasis(cy: cytoscape.Core, emphasis: Emphasis | null): void {
  const fade = cy.collection();
  const unfade = cy.collection();
  const own = cy.elements().not('.bundle');
  own.forEach((el) => {
    const faded = !!emphasis && !emphasis.keep.has(el.id()) && !el.hasClass('selected');
    if (faded !== el.hasClass('faded')) (faded ? fade : unfade).merge(el);
  });
  cy.batch(() => {
    own.filter('.path').removeClass('path');
    fade.addClass('faded');
    unfade.removeClass('faded');
    for (const id of emphasis?.path ?? []) cy.getElementById(id).addClass('path');
  });
}

/** The ids at full strength while something is faded, else none. */
export function emphasisedIds(cy: cytoscape.Core): string[] {
  const own = cy.elements().not('.bundle');
  if (own.filter('.faded').empty()) return [];
  return own
    .not('.faded')
    .not('.hidden')
    .map((el) => el.id());
}
