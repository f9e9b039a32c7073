import type { BriefMetadata, Evidence } from '@briefgraph/graph/domain/schemas';
import type { GraphModel } from '../../graph/graph-model.ts';
import { clearFocus, clearSelection, focusOn, select } from '../../state/actions.ts';
import type { AppState, AppStore } from '../../state/app-state.ts';
import { isRelationshipShown } from '../../state/filters.ts';
import { pathCount, shownPath } from '../../state/selectors.ts';
import { shallowEqual } from '../../state/store.ts';
import { h } from '../dom.ts';
import { actorDetails } from './actor-details.ts';
import { bundleDetails } from './bundle-details.ts';
import { type DetailsActions, type DetailsContext, missingDetails, plainHeader } from './parts.ts';
import { overview, pathDetails } from './path-details.ts';
import { relationshipDetails } from './relationship-details.ts';

/**
 * The side panel: what is selected, in sentences, with the brief's own words under each one.
 * An actor, a relationship, the chosen path, or (nothing selected) a way in for keyboard users.
 */

/** What the panel asks of the page beyond changing the state. */
export interface DetailsCommands {
  expand(actorId: string): void;
  /** Starts the path finder's form from this actor. */
  pathFrom(actorId: string): void;
  /** Scrolls the brief reader to this quote. */
  showEvidence(relationshipId: string, evidence: Evidence): void;
  /** Brings the element into view on the canvas, moves focus there and says so. */
  showInGraph(kind: 'actor' | 'relationship', id: string): void;
}

/** Everything the panel draws from. */
function detailsSlice(s: AppState) {
  return {
    selection: s.selection,
    focus: s.focus,
    filters: s.filters,
    path: shownPath(s),
    pathIndex: s.pathIndex,
    pathCount: pathCount(s),
    briefs: s.briefs,
    graphVersion: s.graphVersion,
    quotesVersion: s.quotesVersion,
    bundle: s.bundle,
    merging: s.drawing.bundle,
  };
}

export function createDetailsPanel(
  container: HTMLElement,
  store: AppStore,
  model: GraphModel,
  commands: DetailsCommands,
  options: {
    readOnly: boolean;
    /** True when a quote was asked for and did not come (app/quote-loader.ts). */
    quoteFailed?: (relationshipId: string) => boolean;
  },
) {
  const actions: DetailsActions = {
    selectActor: (id) => store.dispatch(select({ kind: 'actor', id }, 'other')),
    selectRelationship: (id) => store.dispatch(select({ kind: 'relationship', id }, 'other')),
    clearSelection: () => store.dispatch(clearSelection()),
    focus: (actorId, depth) => store.dispatch(focusOn(actorId, depth)),
    clearFocus: () => store.dispatch(clearFocus()),
    expand: (id) => commands.expand(id),
    pathFrom: (id) => commands.pathFrom(id),
    showEvidence: (id, evidence) => commands.showEvidence(id, evidence),
    showInGraph: (kind, id) => commands.showInGraph(kind, id),
  };
  let briefs: readonly BriefMetadata[] = [];
  let briefMap = new Map<string, BriefMetadata>();

  /** The control in the new content that stands where `old` stood: the same relationship, or the same button. */
  function counterpart(old: HTMLElement): HTMLElement | null {
    const relId = old.dataset.relationshipId;
    if (relId) return container.querySelector<HTMLElement>(`[data-relationship-id="${CSS.escape(relId)}"]`);
    if (old.id) return container.querySelector<HTMLElement>(`#${CSS.escape(old.id)}`);
    const text = old.textContent;
    return (
      [...container.querySelectorAll<HTMLElement>(old.tagName)].find(
        (el) => el.textContent === text && !el.dataset.relationshipId,
      ) ?? null
    );
  }

  /**
   * Focus stays where the user acted: when the panel redraws under the keyboard's focus (a
   * relationship chosen in an actor's list, neighbours expanded), it goes to the same control if
   * the new content has one, else to the new heading — never back to the top of the page.
   */
  function show(children: Array<Node | null>) {
    const active = document.activeElement;
    const hadFocus = active instanceof HTMLElement && container.contains(active);
    container.replaceChildren(...children.filter((c): c is Node => c !== null));
    container.scrollTop = 0;
    if (!hadFocus) return;
    const next = counterpart(active) ?? container.querySelector<HTMLElement>('#details-title');
    next?.focus({ preventScroll: true });
  }

  /** The selected actor or relationship, else the path drawn, else the overview. */
  function content(s: AppState): Array<Node | null> {
    if (s.briefs !== briefs) {
      briefs = s.briefs;
      briefMap = new Map(briefs.map((b) => [b.id, b]));
    }
    const ctx: DetailsContext = {
      nameOf: model.nameOf,
      briefs: briefMap,
      readOnly: options.readOnly,
      ...(options.quoteFailed ? { quoteFailed: options.quoteFailed } : {}),
    };
    const sel = s.selection;
    if (sel?.kind === 'actor') {
      const actor = model.actor(sel.id);
      if (!actor) return missingDetails('actor', sel.id, actions);
      const all = model.relationshipsOf(sel.id);
      const shown = all.filter((r) => isRelationshipShown(r, s.filters));
      return actorDetails(actor, shown, all.length - shown.length, s.focus, ctx, actions);
    }
    if (sel?.kind === 'relationship' && s.bundle && s.drawing.bundle) {
      const members = s.bundle.ids.flatMap((id) => model.relationship(id) ?? []);
      if (members.length > 1) return bundleDetails(s.bundle, members, sel.id, ctx, actions);
    }
    if (sel?.kind === 'relationship') {
      const rel = model.relationship(sel.id);
      return rel ? relationshipDetails(rel, ctx, actions) : missingDetails('relationship', sel.id, actions);
    }
    const path = shownPath(s);
    if (path) return pathDetails(path, s.pathIndex ?? 0, pathCount(s), ctx, actions);
    const summary = {
      actors: model.actors.size,
      relationships: model.relationships.size,
      briefs: Math.max(s.briefs.length, 1),
      top: model.mostConnected(8),
      truncated: model.truncated,
    };
    return overview(summary, model.nameOf, actions);
  }

  return {
    /** Before the graph is there (loading, failed): a heading and a line. */
    showMessage(kicker: string, title: string, text: string) {
      show([plainHeader(kicker, title), h('p', { class: 'muted' }, text)]);
    },

    /** Moves keyboard focus into the panel, so Tab walks the selection's relationships next. */
    focusTitle() {
      container.querySelector<HTMLElement>('#details-title')?.focus({ preventScroll: true });
    },

    /** Draws from the store from now on. */
    connect: () =>
      store.subscribe(detailsSlice, (_, __, s) => show(content(s)), {
        equals: shallowEqual,
        immediate: true,
      }),
  };
}

export type DetailsPanel = ReturnType<typeof createDetailsPanel>;
