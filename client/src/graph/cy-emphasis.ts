// What the app's state looks like on the canvas, as classes: hidden, selected and incident, faded and path.
import type cytoscape from 'cytoscape';
import type { Selection } from '../state/url-state.ts';
import { relationships } from './cy-bundles.ts';
import { namesCoveredBy } from './cy-label-levels.ts';
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

/**
 * The ids at full strength while something is faded, else none: what applySelection and
 * applyEmphasis leave unfaded, and what the overlay draws over its veil.
 */
export function emphasisedIds(cy: cytoscape.Core, selection: Selection, emphasis: Emphasis | null): string[] {
  if (!emphasis) return [];
  const own = cy.elements().not('.bundle');
  const kept = own.filter((el) => emphasis.keep.has(el.id()) || el.id() === selection?.id);
  if (kept.length === own.length) return [];
  return kept.not('.hidden').map((el) => el.id());
}

/**
 * What a big graph's overlay (cy-emphasis-overlay.ts, loaded when a graph is big) draws: an
 * element of the big graph (its id there), with the emphasis classes it takes.
 */
export interface OverlayContent {
  readonly classes: ReadonlyMap<string, readonly string[]>;
  /** The rest of the picture fades. */
  readonly fade: boolean;
}

/**
 * Classes of the overlay alone: a name covered, an actor here only for its name's cover, and
 * one here only as the end of a line in focus (the canvas below draws it: not drawn again, so a
 * hub's selection draws its lines, not its hundreds of neighbours and their names twice).
 */
export const COVER_CLASS = 'cover';
export const COVER_ONLY_CLASS = 'cover-only';
export const CONTEXT_CLASS = 'context';

/**
 * What a big graph's overlay draws (cy-emphasis-overlay.ts) for what applySelection and
 * applyEmphasis would mark: the elements drawn for the ids (`drawnOf`: a bundled relationship's
 * bundle), each with the classes it would take, the actors at the ends of each line (as
 * context: not drawn again), and covers for the names a pinned name would sit on.
 */
export function overlayContent(
  cy: cytoscape.Core,
  drawnOf: (id: string) => cytoscape.CollectionReturnValue,
  selection: Selection,
  emphasis: Emphasis | null,
): OverlayContent {
  const classes = new Map<string, Set<string>>();
  const mark = (id: string, cls?: string) => {
    const el = drawnOf(id);
    if (el.empty() || el.hasClass('hidden')) return;
    // A line is drawn with both its ends, or not at all.
    if (el.isEdge() && el.connectedNodes('.hidden').nonempty()) return;
    const own = classes.get(el.id()) ?? new Set<string>();
    classes.set(el.id(), own);
    own.delete(CONTEXT_CLASS);
    if (cls) own.add(cls);
    if (el.isEdge())
      for (const end of [el.source(), el.target()])
        if (!classes.has(end.id())) classes.set(end.id(), new Set([CONTEXT_CLASS]));
  };
  if (emphasis) for (const id of emphasis.keep) mark(id, emphasis.path?.has(id) ? 'path' : undefined);
  if (selection) {
    mark(selection.id, 'selected');
    const el = cy.getElementById(selection.id);
    if (selection.kind === 'actor' && el.nonempty())
      el.connectedEdges()
        .not('.bundle')
        .forEach((e) => {
          // Under a fade, only the lines kept (the rest fade, as the classes would fade them).
          if (!emphasis || emphasis.keep.has(e.id())) mark(e.id(), 'incident');
        });
  }
  const pinned = [...classes].filter(
    ([id, c]) => (c.has('selected') || c.has('path')) && cy.getElementById(id).isNode(),
  );
  for (const id of namesCoveredBy(
    cy,
    pinned.map(([id]) => id),
  )) {
    const own = classes.get(id);
    // An actor here only as a line's end shows just its name's cover, as one not here at all.
    if (own && !own.has(CONTEXT_CLASS)) own.add(COVER_CLASS);
    else classes.set(id, new Set([COVER_CLASS, COVER_ONLY_CLASS]));
  }
  return { classes: new Map([...classes].map(([id, c]) => [id, [...c]])), fade: emphasis !== null };
}
