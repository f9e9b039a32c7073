import type {
  Actor,
  BriefMetadata,
  Graph,
  Path,
  PathsResult,
  Snapshot,
  SnapshotView,
} from '@briefgraph/graph/domain/schemas';
import { type ApiClient, ApiError, errorMessage } from '../api/api-client.ts';
import { buildView, type ExportScope, pathIds } from '../export/view-payload.ts';
import { createGraphView, type Emphasis, type GraphView } from '../graph/cy-adapter.ts';
import { LARGE_GRAPH_ELEMENTS, toEdgeElement, toElements, toNodeElement } from '../graph/cy-elements.ts';
import { GraphModel, legendCounts } from '../graph/graph-model.ts';
import { localSearch } from '../graph/local-search.ts';
import {
  computeVisibility,
  type Filters,
  isRelationshipShown,
  neighbourhood,
  toggled,
  type Visibility,
} from '../state/filters.ts';
import {
  type PathQuery,
  parseViewState,
  type Selection,
  sameFilters,
  samePathQuery,
  sameSelection,
  toSearch,
  type ViewState,
} from '../state/url-state.ts';
import { describeElement, viewTitle, windowTitle } from '../text/describe.ts';
import { createActorSearch } from '../ui/actor-search.ts';
import { createDetailsPanel } from '../ui/details-panel.ts';
import { byId, isTyping } from '../ui/dom.ts';
import { createGraphTooltip } from '../ui/graph-tooltip.ts';
import { createLegend } from '../ui/legend.ts';
import { createPathFinder } from '../ui/path-finder.ts';
import { showSnapshotBanner } from '../ui/snapshot-banner.ts';
import { createStatus } from '../ui/status.ts';
import { createTableView } from '../ui/table-view.ts';
import { createToolbar } from '../ui/toolbar.ts';
import { BriefController } from './brief-controller.ts';
import { createSharing } from './sharing.ts';
import { panFor, snapshotIdFromPath, snapshotPath } from './snapshot-view.ts';
import { installTestHook } from './test-hook.ts';

/**
 * The explorer's controller: one ViewState (mirrored in the URL), one GraphModel of what is
 * loaded, and the views that draw them. Every change goes through update(), which works out
 * what changed and redraws only that, so a click stays well under 100 ms.
 */

/** More actors than this and the server sends the most connected ones. */
const GRAPH_ACTOR_LIMIT = 300;
const SLOW_AFTER_MS = 4000;

type History = 'push' | 'replace' | 'none';
/** Where a change came from: the graph itself needs no panning, the reader no scrolling. */
type Source = 'graph' | 'reader' | 'other';

/** A permalink's snapshot, drawn read-only; its path stays lit until cleared. */
interface OpenSnapshot {
  readonly record: Snapshot;
  readonly path: Path | null;
  pathShown: boolean;
}

export class Explorer {
  /** Set on a permalink (/s/:id): the page draws that snapshot instead of the live graph. */
  private readonly snapshotId = snapshotIdFromPath(location.pathname);
  private snapshot: OpenSnapshot | null = null;
  private state: ViewState = this.initialState();
  private readonly model = new GraphModel();
  private view: GraphView | null = null;
  private visibility: Visibility = { nodes: new Set(), edges: new Set() };
  private briefList: BriefMetadata[] = [];
  private readonly briefMeta = new Map<string, BriefMetadata>();
  private pathResult: { query: PathQuery; result: PathsResult } | null = null;
  private pathRequest: AbortController | null = null;
  private loaded = false;
  private readonly timing = { dataAt: 0, renderedAt: 0 };

  private readonly status = createStatus(byId('stage-status'), byId('toasts'));
  private readonly tooltip = createGraphTooltip(byId('graph-tooltip'));
  private readonly search;
  private readonly pathFinder;
  private readonly details;
  private readonly legend;
  private readonly table;
  private readonly toolbar;
  private readonly briefs: BriefController;

  constructor(private readonly api: ApiClient) {
    const readOnly = this.snapshotId !== null;
    const fallback = (q: string) => localSearch(this.model.actors.values(), q, 8);
    // A snapshot holds what it holds: search finds among its actors only.
    const searchActors = readOnly
      ? (q: string) => Promise.resolve(fallback(q))
      : (q: string, signal: AbortSignal) =>
          api.search(q, 8, { signal, timeoutMs: 5000 }).then((r) => r.items);

    this.search = createActorSearch({
      id: 'search',
      label: 'Search actors',
      placeholder: 'Search actors: name or alias (ROK, DPRK, Washington)',
      testId: 'search-input',
      search: searchActors,
      fallback,
      keepChoice: false,
      onChoose: (actor) => void this.chooseActor(actor, true),
    });
    byId('search-slot').append(this.search.element);

    const picker = (id: string, label: string) =>
      createActorSearch({
        id,
        label,
        placeholder: 'Name or alias',
        testId: id,
        search: searchActors,
        fallback,
        keepChoice: true,
        visibleLabel: true,
        onChoose: () => {},
      });
    this.pathFinder = createPathFinder(
      byId('path-finder'),
      { from: picker('path-from', 'From'), to: picker('path-to', 'To') },
      {
        onSubmit: (query) => {
          if (samePathQuery(query, this.state.pathQuery) && this.pathResult) this.choosePath(0);
          else this.update({ pathQuery: query, pathIndex: null }, { submitPath: true });
        },
        onChoose: (index) => this.choosePath(index),
        onClear: () => this.update({ pathQuery: null, pathIndex: null }),
        onRetry: () => void this.runPathQuery(false),
      },
    );

    byId('path-finder').hidden = readOnly;
    this.details = createDetailsPanel(
      byId('details'),
      {
        onSelectActor: (id) => this.select({ kind: 'actor', id }, 'other'),
        onSelectRelationship: (id) => this.select({ kind: 'relationship', id }, 'other'),
        onExpand: (id) => void this.expand(id),
        onFocus: (actorId, depth) => {
          this.update({ focus: { actorId, depth } });
          this.fitToEmphasis();
        },
        onClearFocus: () => this.update({ focus: null }),
        onPathFrom: (id) => {
          const actor = this.model.actor(id);
          if (actor) this.pathFinder.startFrom(actor);
        },
        onShowEvidence: (relId, evidence) => void this.briefs.showEvidence(relId, evidence),
        onClearSelection: () => this.update({ selection: null }),
      },
      { readOnly },
    );

    this.legend = createLegend(byId('legend'), {
      onToggleType: (t) =>
        this.setFilters({ ...this.state.filters, hiddenTypes: toggled(this.state.filters.hiddenTypes, t) }),
      onToggleModality: (m) =>
        this.setFilters({
          ...this.state.filters,
          hiddenModalities: toggled(this.state.filters.hiddenModalities, m),
        }),
      onToggleQuad: (q) =>
        this.setFilters({ ...this.state.filters, hiddenQuads: toggled(this.state.filters.hiddenQuads, q) }),
      onSetHiddenQuads: (hidden) => this.setFilters({ ...this.state.filters, hiddenQuads: new Set(hidden) }),
      onSetHiddenTypes: (hidden) => this.setFilters({ ...this.state.filters, hiddenTypes: new Set(hidden) }),
    });

    this.table = createTableView(byId('table-view'), {
      onSelectRelationship: (id) => this.select({ kind: 'relationship', id }, 'other'),
    });

    const sharing = createSharing({
      api,
      status: this.status,
      view: (scope) => this.currentView(scope),
      drawn: (ids) => this.view?.elementsJson(ids) ?? [],
      suggestTitle: () => this.suggestTitle(),
    });
    this.toolbar = createToolbar(byId('toolbar'), byId('stage-footer'), {
      onView: (view) => this.update({ view }),
      onLayout: (layout) => this.update({ layout }),
      onRelayout: () => void this.layout(true),
      onFit: () => this.view?.fit(),
      onClearEmphasis: () => {
        if (this.state.pathIndex !== null) this.update({ pathIndex: null });
        else if (this.state.focus) this.update({ focus: null });
        else this.hideSnapshotPath();
      },
      onShare: readOnly ? null : () => void sharing.share(),
      suggestTitle: () => this.suggestTitle(),
      onExport: (request) => sharing.export(request),
      readOnly,
    });

    this.briefs = new BriefController(api, this.model, byId('brief-reader'), {
      onSelectRelationship: (id) => this.select({ kind: 'relationship', id }, 'reader'),
    });

    this.details.showMessage('Explore', 'Loading…', 'The graph of the loaded briefs appears in a moment.');

    installTestHook({
      selectedId: () => this.state.selection?.id ?? null,
      visibleNodeIds: () => this.view?.visibleNodeIds() ?? [],
      highlightedElementIds: () => this.view?.emphasisedIds() ?? [],
      renderedPosition: (id) => this.view?.clientPosition(id) ?? null,
      viewport: () => {
        const canvas = this.view?.viewState();
        return canvas ? { zoom: canvas.zoom, pan: canvas.pan } : null;
      },
      timing: this.timing,
    });
  }

  start(): void {
    document.addEventListener('keydown', (e) => this.onKey(e));
    window.addEventListener('popstate', () => {
      const next = parseViewState(new URLSearchParams(location.search));
      const prev = this.state;
      this.state = next;
      if (this.loaded) void this.render(prev, next, { source: 'other' });
    });
    void this.load();
  }

  // ---- loading ----

  private async load(): Promise<void> {
    this.status.loading('Loading the graph…');
    const slow = setTimeout(
      () => this.status.loading('Still loading: the server is slow to answer…'),
      SLOW_AFTER_MS,
    );
    let graph: Graph;
    try {
      const [g, briefs] = await Promise.all([
        this.snapshotId ? this.loadSnapshot(this.snapshotId) : this.api.graph({ limit: GRAPH_ACTOR_LIMIT }),
        this.api.briefs().catch(() => ({ items: [] as BriefMetadata[] })),
      ]);
      graph = g;
      this.briefList = briefs.items;
      for (const b of briefs.items) this.briefMeta.set(b.id, b);
    } catch (error) {
      clearTimeout(slow);
      if (this.snapshotId && error instanceof ApiError && error.status === 404) {
        this.status.notice(
          'This snapshot does not exist',
          `No snapshot has the id “${this.snapshotId}”: the link may be mistyped or cut short.`,
          { href: '/', label: 'Open the live graph' },
        );
        this.details.showMessage('Snapshot', 'Nothing to show', 'This link names no snapshot.');
        return;
      }
      this.status.error(
        'The graph could not be loaded',
        await this.explainFailure(error),
        () => void this.load(),
      );
      this.details.showMessage(
        'Explore',
        'No graph yet',
        'Nothing can be selected until the graph has loaded.',
      );
      return;
    }
    clearTimeout(slow);
    this.timing.dataAt = performance.now();
    this.model.merge(graph);
    this.model.truncated = graph.truncated;
    if (this.model.actors.size === 0) {
      this.status.empty(
        'No brief has been loaded yet, so there is nothing to draw. Load one with “npm run load”.',
      );
      return;
    }
    const positions = this.snapshot?.record.positions;
    const elements = toElements(this.model.actors.values(), this.model.relationships.values(), (id) =>
      this.model.degree(id),
    ).map((el) => (positions && el.group === 'nodes' ? { ...el, position: positions[el.data.id] } : el));
    if (!this.view) {
      this.view = createGraphView(
        byId('graph'),
        {
          onTap: (target) => this.select(target, 'graph'),
          onHover: (target, at) => this.tooltip.show(target && describeElement(this.model, target), at),
        },
        elements.length,
      );
    }
    if (elements.length > LARGE_GRAPH_ELEMENTS) {
      this.status.loading(`Laying out ${this.model.actors.size.toLocaleString('en')} actors…`);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    this.view.add(elements);
    // A snapshot keeps its stored positions (no layout runs); zoom and pan are set once drawn, below.
    if (this.snapshot) this.refreshVisibility();
    else {
      await this.ensureLoaded(this.idsNamedByState(this.state));
      this.refreshVisibility();
      await this.layout(false);
    }
    this.status.hide();
    this.loaded = true;
    this.briefs.setBriefList(this.briefList, this.briefMeta);
    history.replaceState(null, '', `${location.pathname}${toSearch(this.state)}`);
    // The first view is drawn when render() returns from its synchronous part; a path query
    // in the link may still be on its way.
    const rendering = this.render(this.state, this.state, { source: 'other', force: true });
    // After the first render: the path's chip may have made the canvas a little shorter.
    const record = this.snapshot?.record;
    if (record) this.view.setViewport({ zoom: record.zoom, pan: panFor(record, this.view.viewState()) });
    this.timing.renderedAt = performance.now();
    await rendering;
  }

  private initialState(): ViewState {
    const state = parseViewState(new URLSearchParams(location.search));
    // A snapshot's path is its own; a path query in its link would bring in the live graph.
    return this.snapshotId ? { ...state, pathQuery: null, pathIndex: null } : state;
  }

  private async loadSnapshot(id: string): Promise<Graph> {
    const record = await this.api.snapshot(id);
    const path = snapshotPath(record);
    this.snapshot = { record, path, pathShown: path !== null };
    showSnapshotBanner(byId('snapshot-banner'), record);
    return { nodes: record.nodes, edges: record.edges, truncated: false };
  }

  private hideSnapshotPath(): void {
    if (!this.snapshot?.pathShown) return;
    this.snapshot.pathShown = false;
    void this.render({ ...this.state, pathIndex: -1 }, this.state, { source: 'other' });
  }

  // ---- what Share and Export work from (sharing.ts) ----

  /** What is drawn as a snapshot's view: the visible records, positions, zoom, pan, filters, path. */
  private currentView(scope: ExportScope): SnapshotView {
    const path = this.shownPath(this.state);
    if (!this.view) throw new Error('The graph has not loaded yet.');
    return buildView({
      actors: this.model.actors,
      relationships: this.model.relationships,
      visible: this.visibility,
      canvas: this.view.viewState(),
      filters: this.state.filters,
      path: path ? pathIds(path) : null,
      scope,
    });
  }

  private suggestTitle(): string {
    if (this.snapshot) return this.snapshot.record.title;
    return viewTitle(this.model, {
      selection: this.state.selection,
      focusId: this.state.focus?.actorId ?? null,
      path: this.shownPath(this.state),
      briefTitles: this.briefList.map((b) => b.title),
    });
  }

  private async explainFailure(error: unknown): Promise<string> {
    const message = errorMessage(error);
    try {
      const health = await this.api.health({ timeoutMs: 3000 });
      if (health.neo4j && health.neo4j.status !== 'up')
        return `${message} The graph database is not reachable.`;
    } catch {
      // The health check failing too says the server itself is down; the message says so.
    }
    return message;
  }

  /** Actors a deep link names that the (possibly truncated) initial graph did not bring. */
  private idsNamedByState(state: ViewState): string[] {
    const ids: string[] = [];
    if (state.selection?.kind === 'actor') ids.push(state.selection.id);
    if (state.focus) ids.push(state.focus.actorId);
    return ids.filter((id) => !this.model.actors.has(id));
  }

  private async ensureLoaded(actorIds: readonly string[]): Promise<void> {
    await Promise.all(
      actorIds.map((id) =>
        this.api
          .neighbourhood(id, { depth: 1 })
          .then((g) => this.addGraph(g, null))
          .catch(() => undefined),
      ),
    );
  }

  /** Merges records into the model and draws the new ones; returns how many actors were new. */
  private addGraph(graph: Pick<Graph, 'nodes' | 'edges'>, anchorId: string | null): number {
    const added = this.model.merge(graph);
    if (!this.view || (added.actors.length === 0 && added.relationships.length === 0)) return 0;
    this.view.add(
      [
        ...added.actors.map((a) => toNodeElement(a, this.model.degree(a.id))),
        ...added.relationships.map(toEdgeElement),
      ],
      anchorId,
    );
    const touched = new Set(added.relationships.flatMap((r) => [r.source, r.target]));
    const existing = [...touched].filter((id) => !added.actors.some((a) => a.id === id));
    this.view.updateNodes(
      existing.flatMap((id) => {
        const actor = this.model.actor(id);
        return actor ? [toNodeElement(actor, this.model.degree(id))] : [];
      }),
    );
    return added.actors.length;
  }

  private async layout(animate: boolean): Promise<void> {
    const root =
      this.state.selection?.kind === 'actor' ? this.state.selection.id : (this.state.focus?.actorId ?? null);
    await this.view?.runLayout({ name: this.state.layout, rootId: root, animate });
  }

  // ---- state changes ----

  private update(
    patch: Partial<ViewState>,
    options: { history?: History; source?: Source; submitPath?: boolean } = {},
  ): void {
    const prev = this.state;
    const next = { ...prev, ...patch };
    this.state = next;
    const history = options.history ?? 'push';
    const search = toSearch(next);
    if (history !== 'none' && search !== location.search) {
      const url = `${location.pathname}${search}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    if (this.loaded)
      void this.render(prev, next, {
        source: options.source ?? 'other',
        submitPath: options.submitPath ?? false,
      });
  }

  private select(selection: Selection, source: Source): void {
    if (sameSelection(selection, this.state.selection)) {
      if (selection && source !== 'graph') this.view?.reveal(selection.id);
      if (selection?.kind === 'relationship' && source !== 'reader') this.briefs.reveal(selection.id);
      return;
    }
    this.update({ selection }, { source });
  }

  private setFilters(filters: Filters): void {
    this.update({ filters });
  }

  private async chooseActor(actor: Actor, centre: boolean): Promise<void> {
    if (!this.model.actors.has(actor.id)) {
      const graph = await this.api
        .neighbourhood(actor.id, { depth: 1 })
        .catch(() => ({ nodes: [actor], edges: [], truncated: false }));
      this.addGraph(
        graph.nodes.some((n) => n.id === actor.id)
          ? graph
          : { nodes: [actor, ...graph.nodes], edges: graph.edges },
        null,
      );
      this.refreshVisibility();
    }
    this.update({ selection: { kind: 'actor', id: actor.id } }, { source: 'other' });
    if (centre) this.view?.centreOn(actor.id);
    this.details.focusTitle();
  }

  private choosePath(index: number): void {
    this.update({ pathIndex: index, selection: null });
    this.fitToEmphasis();
  }

  private fitToEmphasis(): void {
    const ids = this.view?.emphasisedIds() ?? [];
    if (ids.length && this.state.view === 'graph') this.view?.fit(ids);
  }

  private async expand(actorId: string): Promise<void> {
    const name = this.model.nameOf(actorId);
    try {
      const graph = await this.api.neighbourhood(actorId, { depth: 1 });
      const added = this.addGraph(graph, actorId);
      this.refreshVisibility();
      void this.render(this.state, this.state, { source: 'other', force: true });
      this.status.toast(
        added
          ? `Added ${added} ${added === 1 ? 'actor' : 'actors'} next to ${name}.`
          : `All of ${name}'s neighbours are already shown.`,
      );
    } catch (error) {
      this.status.toast(`Could not expand ${name}. ${errorMessage(error)}`, {
        error: true,
        action: { label: 'Try again', run: () => void this.expand(actorId) },
      });
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.search.focus();
    } else if (e.key === 'Escape' && !e.defaultPrevented) {
      if (this.briefs.closeMenu()) return;
      if (this.state.selection) this.update({ selection: null });
      else if (this.state.pathIndex !== null || this.state.focus)
        this.update({ pathIndex: null, focus: null });
      else this.hideSnapshotPath();
    }
  }

  // ---- drawing ----

  private pinnedIds(state: ViewState): string[] {
    const ids: string[] = [];
    if (state.selection) ids.push(state.selection.id);
    if (state.focus) ids.push(state.focus.actorId);
    const path = this.shownPath(state);
    if (path) ids.push(...pathIds(path));
    return ids;
  }

  private refreshVisibility(): void {
    this.visibility = computeVisibility(this.model, this.state.filters, this.pinnedIds(this.state));
    this.view?.setVisibility(this.visibility);
  }

  private currentPath(state: ViewState) {
    if (
      state.pathIndex === null ||
      !this.pathResult ||
      !samePathQuery(this.pathResult.query, state.pathQuery)
    )
      return null;
    return this.pathResult.result.paths[state.pathIndex] ?? null;
  }

  /** The path drawn: the one chosen among the results, or else a snapshot's own. */
  private shownPath(state: ViewState): Path | null {
    return this.currentPath(state) ?? (this.snapshot?.pathShown ? this.snapshot.path : null);
  }

  private emphasis(state: ViewState): { emphasis: Emphasis | null; label: string | null } {
    const path = this.shownPath(state);
    if (path) {
      const ids = new Set(pathIds(path));
      const first = path.nodes[0]?.name ?? '';
      const last = path.nodes[path.nodes.length - 1]?.name ?? '';
      const which = state.pathIndex === null ? 'Path' : `Path ${state.pathIndex + 1}`;
      return { emphasis: { keep: ids, path: ids }, label: `${which}: ${first} → ${last}` };
    }
    if (state.focus && this.model.actors.has(state.focus.actorId)) {
      const keep = neighbourhood(this.model, state.focus.actorId, state.focus.depth, this.visibility.edges);
      const steps = `${state.focus.depth} ${state.focus.depth === 1 ? 'step' : 'steps'}`;
      return { emphasis: { keep }, label: `Focus: ${this.model.nameOf(state.focus.actorId)} · ${steps}` };
    }
    return { emphasis: null, label: null };
  }

  private async render(
    prev: ViewState,
    next: ViewState,
    options: { source: Source; force?: boolean; submitPath?: boolean },
  ): Promise<void> {
    const force = options.force ?? false;
    const filtersChanged = force || !sameFilters(prev.filters, next.filters);
    const selectionChanged = force || !sameSelection(prev.selection, next.selection);
    const focusChanged =
      force || prev.focus?.actorId !== next.focus?.actorId || prev.focus?.depth !== next.focus?.depth;
    const queryChanged = force || !samePathQuery(prev.pathQuery, next.pathQuery);
    const pathChanged = force || queryChanged || prev.pathIndex !== next.pathIndex;
    const viewChanged = force || prev.view !== next.view;

    if (filtersChanged || selectionChanged || pathChanged || focusChanged) this.refreshVisibility();
    if (selectionChanged) this.view?.setSelection(next.selection);
    if (filtersChanged || selectionChanged || focusChanged || pathChanged) {
      const { emphasis, label } = this.emphasis(next);
      this.view?.setEmphasis(emphasis);
      this.toolbar.setEmphasis(label);
    }
    if (selectionChanged || focusChanged || filtersChanged || pathChanged) this.renderDetails(next);
    if (filtersChanged) this.legend.render(next.filters, legendCounts(this.model));
    if (viewChanged) {
      byId('graph').hidden = next.view !== 'graph';
      byId('table-view').hidden = next.view !== 'table';
      if (next.view === 'graph') this.view?.resize();
    }
    if (next.view === 'table' && (viewChanged || filtersChanged)) {
      this.table.render(
        this.visibleRelationships(),
        this.model.nameOf,
        next.selection?.kind === 'relationship' ? next.selection.id : null,
      );
    } else if (selectionChanged) {
      this.table.setSelected(next.selection?.kind === 'relationship' ? next.selection.id : null);
    }
    this.toolbar.render(next, {
      actors: this.visibility.nodes.size,
      relationships: this.visibility.edges.size,
      totalActors: this.model.actors.size,
      totalRelationships: this.model.relationships.size,
      truncated: this.model.truncated,
    });
    if (selectionChanged && next.selection && options.source !== 'graph' && next.view === 'graph') {
      this.view?.reveal(next.selection.id);
    }
    if (selectionChanged || filtersChanged || pathChanged) {
      void this.briefs.select(next.selection, this.relatedIds(next), this.hiddenRelationshipIds(), {
        scroll: (selectionChanged || pathChanged) && options.source !== 'reader',
      });
    }
    if (selectionChanged) {
      const snapshotTitle = this.snapshot && !next.selection ? this.snapshot.record.title : null;
      document.title = snapshotTitle
        ? `${snapshotTitle} — briefgraph snapshot`
        : windowTitle(this.model, next.selection);
    }
    if (!force && prev.layout !== next.layout) void this.layout(true);
    if (queryChanged) {
      this.pathFinder.setQuery(next.pathQuery, (id) => this.model.actor(id));
      await this.runPathQuery(options.submitPath ?? false);
    } else if (pathChanged) {
      this.pathFinder.setSelected(next.pathIndex);
    }
  }

  private renderDetails(state: ViewState): void {
    const ctx = { nameOf: this.model.nameOf, briefs: this.briefMeta };
    const sel = state.selection;
    const path = this.shownPath(state);
    if (sel?.kind === 'actor') {
      const actor = this.model.actor(sel.id);
      if (actor) {
        const all = this.model.relationshipsOf(sel.id);
        const shown = all.filter((r) => isRelationshipShown(r, state.filters));
        this.details.showActor(actor, shown, all.length - shown.length, state.focus, ctx);
      } else this.details.showMissing('actor', sel.id);
    } else if (sel?.kind === 'relationship') {
      const rel = this.model.relationship(sel.id);
      if (rel) this.details.showRelationship(rel, ctx);
      else this.details.showMissing('relationship', sel.id);
    } else if (path) {
      const total = this.currentPath(state) ? (this.pathResult?.result.paths.length ?? 1) : 1;
      this.details.showPath(path, state.pathIndex ?? 0, total, ctx);
    } else {
      this.details.showOverview(
        {
          actors: this.model.actors.size,
          relationships: this.model.relationships.size,
          briefs: Math.max(this.briefList.length, 1),
          top: this.model.mostConnected(8),
          truncated: this.model.truncated,
        },
        this.model.nameOf,
      );
    }
  }

  private async runPathQuery(fromForm: boolean): Promise<void> {
    const query = this.state.pathQuery;
    this.pathRequest?.abort();
    if (!query) {
      this.pathResult = null;
      this.pathFinder.showIdle();
      return;
    }
    const controller = new AbortController();
    this.pathRequest = controller;
    this.pathFinder.showLoading();
    let result: PathsResult;
    try {
      result = await this.api.paths(
        {
          from: query.from,
          to: query.to,
          k: query.k,
          maxHops: query.maxHops,
          direction: query.direction,
          types: query.types,
          quadClass: query.stance === 'cooperation' ? [1, 2] : query.stance === 'conflict' ? [3, 4] : [],
        },
        { signal: controller.signal },
      );
    } catch (error) {
      if (!controller.signal.aborted) this.pathFinder.showError(errorMessage(error));
      return;
    }
    if (controller.signal.aborted || !samePathQuery(this.state.pathQuery, query)) return;
    this.pathResult = { query, result };
    this.addGraph({ nodes: [result.from, result.to], edges: [] }, null);
    for (const path of result.paths) this.addGraph(path, null);
    this.pathFinder.showResults(result, query, this.state.pathIndex, this.model.nameOf);
    if (fromForm && result.paths.length > 0) {
      this.update({ pathIndex: 0, selection: null }, { history: 'replace' });
      this.fitToEmphasis();
    } else {
      const state = this.state;
      void this.render({ ...state, pathIndex: -1 }, state, { source: 'other' });
      if (this.currentPath(state)) this.fitToEmphasis();
    }
  }

  // ---- derived data ----

  private visibleRelationships() {
    return [...this.model.relationships.values()].filter((r) => this.visibility.edges.has(r.id));
  }

  /** What the reader marks besides the selected relationship: the actor's or the path's. */
  private relatedIds(state: ViewState): Set<string> {
    if (state.selection?.kind === 'actor') {
      return new Set(this.model.relationshipsOf(state.selection.id).map((r) => r.id));
    }
    const path = this.shownPath(state);
    return new Set(path && !state.selection ? path.edges.map((e) => e.id) : []);
  }

  private hiddenRelationshipIds(): Set<string> {
    const hidden = new Set<string>();
    for (const id of this.model.relationships.keys()) if (!this.visibility.edges.has(id)) hidden.add(id);
    return hidden;
  }
}
