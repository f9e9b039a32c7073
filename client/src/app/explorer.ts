import type { ApiClient } from '../api/api-client.ts';
import { FIRST_LAYOUT_SEED, type GraphView, RENDERER_ATTRIBUTE } from '../graph/cy-adapter.ts';
import { awaitsQuotes, GraphModel } from '../graph/graph-model.ts';
import { localSearch } from '../graph/local-search.ts';
import { actorsMoved, bringSelectionIntoView, select } from '../state/actions.ts';
import { type AppStore, initialState } from '../state/app-state.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { createStore, shallowEqual } from '../state/store.ts';
import { windowTitle } from '../text/describe.ts';
import { type ActorSearch, createActorSearch } from '../ui/actor-search.ts';
import { createBriefFilter } from '../ui/brief-filter.ts';
import { createDetailsPanel } from '../ui/details/details-panel.ts';
import { byId } from '../ui/dom.ts';
import { bundleLines, createGraphTooltip, hoverContent } from '../ui/graph-tooltip.ts';
import { createLegend } from '../ui/legend.ts';
import { createPathFinder } from '../ui/path-finder.ts';
import { createStatus } from '../ui/status.ts';
import { createTableView } from '../ui/table-view.ts';
import { createToolbar } from '../ui/toolbar.ts';
import { BriefController } from './brief-controller.ts';
import { connectCanvas } from './canvas-binding.ts';
import { createGraphGrowth } from './graph-growth.ts';
import { loadGraph } from './graph-loading.ts';
import { connectHistory, normaliseAddress } from './history-sync.ts';
import { listenForShortcuts } from './keyboard.ts';
import { connectPathQueries } from './path-queries.ts';
import { connectQuoteLoading, createPageQuoteLoader, type QuoteLoader } from './quote-loader.ts';
import { connectScreenReader, createAnnouncer, showInGraph } from './screen-reader.ts';
import { createScreens } from './screens.ts';
import { createSharing } from './sharing.ts';
import { snapshotIdFromPath, viewportFor } from './snapshot-view.ts';
import { installTestHook } from './test-hook.ts';

/**
 * The explorer put together: one store (state/app-state.ts; its deep-link part mirrored in the
 * URL), one GraphModel of the records loaded, and the views, each subscribed to the slice of
 * the state it draws. The panels are made at once; they draw from the store once the first
 * graph is drawn.
 */
export class Explorer {
  /** Set on a permalink (/s/:id): the page draws that snapshot, read-only, instead of the live graph. */
  private readonly snapshotId = snapshotIdFromPath(location.pathname);
  private readonly readOnly = this.snapshotId !== null;
  private readonly store: AppStore = createStore(initialState(location.search, { snapshot: this.readOnly }));
  private readonly model = new GraphModel();
  private readonly visibility = visibilitySelector(this.model);
  private view: GraphView | null = null;
  private readonly timing = { dataAt: 0, renderedAt: 0 };

  private readonly status = createStatus(byId('stage-status'), byId('toasts'));
  private readonly tooltip = createGraphTooltip(byId('graph-tooltip'));
  private readonly announcer = createAnnouncer();
  private readonly growth;
  private readonly quotes: QuoteLoader;
  /** What the tooltip was last asked to show, so quotes that arrive can fill it in. */
  private hovered: { show(): void; target: string } | null = null;
  private readonly search: ActorSearch;
  private readonly pathFinder;
  private readonly details;
  private readonly briefs: BriefController;
  private readonly toolbar;
  private readonly screens;

  constructor(private readonly api: ApiClient) {
    const { store, model } = this;
    // The canvas is made with the link's renderer (cy-adapter.ts reads it there).
    byId('graph').setAttribute(RENDERER_ATTRIBUTE, store.getState().renderer);
    this.growth = createGraphGrowth({ api, store, model, status: this.status, view: () => this.view });
    this.quotes = createPageQuoteLoader(api, model, store);

    const fallback = (q: string) => localSearch(model.actors.values(), q, 8);
    // A snapshot holds what it holds: search finds among its actors only.
    const searchActors = this.readOnly
      ? (q: string) => Promise.resolve(fallback(q))
      : (q: string, signal: AbortSignal) =>
          api.search(q, 8, { signal, timeoutMs: 5000 }).then((r) => r.items);
    const picker = (id: string, label: string, onChoose: () => void = () => {}) =>
      createActorSearch({
        id,
        label,
        placeholder: 'Name or alias',
        testId: id,
        search: searchActors,
        fallback,
        keepChoice: true,
        visibleLabel: true,
        onChoose,
      });
    this.search = createActorSearch({
      id: 'search',
      label: 'Search actors',
      placeholder: 'Search actors: name or alias (ROK, DPRK, Washington)',
      testId: 'search-input',
      search: searchActors,
      fallback,
      keepChoice: false,
      onChoose: (actor) => void this.growth.chooseActor(actor).then(() => this.details.focusTitle()),
    });
    byId('search-slot').append(this.search.element);

    this.pathFinder = createPathFinder(
      byId('path-finder'),
      // Choosing "To" asks at once when "From" is chosen (Enter on a suggestion picks and searches).
      {
        from: picker('path-from', 'From'),
        to: picker('path-to', 'To', () => this.pathFinder.submitIfReady()),
      },
      store,
      model,
    );
    byId('path-finder').hidden = this.readOnly;

    this.details = createDetailsPanel(
      byId('details'),
      store,
      model,
      {
        expand: (id) => void this.growth.expand(id),
        pathFrom: (id) => {
          const actor = model.actor(id);
          if (actor) this.pathFinder.startFrom(actor);
        },
        showEvidence: (id, evidence) => void this.briefs.showEvidence(id, evidence),
        showInGraph: (kind, id) =>
          showInGraph({ store, model, graph: byId('graph'), announcer: this.announcer }, kind, id),
      },
      { readOnly: this.readOnly, quoteFailed: (id) => this.quotes.state(id) === 'failed' },
    );

    const sharing = createSharing({
      api,
      status: this.status,
      store,
      model,
      visibility: this.visibility,
      view: () => this.view,
      quotes: this.quotes,
    });
    this.toolbar = createToolbar(byId('toolbar'), byId('stage-footer'), store, {
      onFit: () => this.view?.fit(),
      onShare: this.readOnly ? null : () => void sharing.share(),
      suggestTitle: () => sharing.suggestTitle(),
      onExport: (request) => sharing.export(request),
      canvasSize: () => sharing.canvasSize(),
      readOnly: this.readOnly,
    });

    this.screens = createScreens({
      store,
      model,
      visibility: this.visibility,
      readOnly: this.readOnly,
      expand: (id) => void this.growth.expand(id),
      pathFrom: (id) => {
        const actor = model.actor(id);
        if (actor) this.pathFinder.startFrom(actor);
      },
    });

    this.briefs = new BriefController(api, model, store, this.visibility, byId('brief-reader'));
    this.details.showMessage('Explore', 'Loading…', 'The graph of the loaded briefs appears in a moment.');

    installTestHook({
      selectedId: () => store.getState().selection?.id ?? null,
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
    listenForShortcuts(this.store, {
      focusSearch: () => this.search.focus(),
      closeReaderMenu: () => this.briefs.closeMenu(),
    });
    connectHistory(this.store, { snapshot: this.readOnly });
    void this.load();
  }

  private async load(): Promise<void> {
    const { api, store, model } = this;
    const view = await loadGraph(
      {
        api,
        store,
        model,
        status: this.status,
        growth: this.growth,
        quotes: this.quotes,
        visibility: this.visibility,
        snapshotId: this.snapshotId,
        elements: { graph: byId('graph'), banner: byId('snapshot-banner') },
        events: {
          // On a merged edge: a member is selected, and the panel lists them all.
          onTap: (target, bundle) =>
            store.dispatch(select(target, 'graph', bundle ? { id: bundle.id, ids: bundle.ids } : null)),
          onHover: (target, at, bundle) => {
            const show = () =>
              this.tooltip.show(
                bundle && store.getState().drawing.bundle
                  ? bundleLines(model, bundle.ids)
                  : target && hoverContent(model, target),
                at,
              );
            show();
            // A relationship's first quote, if the whole graph came without it: shown once here.
            const rel = target?.kind === 'relationship' && at ? model.relationship(target.id) : undefined;
            this.hovered = rel && awaitsQuotes(rel) ? { show, target: rel.id } : null;
            if (this.hovered) {
              const hovered = this.hovered;
              void this.quotes.request([hovered.target]).then(() => {
                if (this.hovered === hovered) hovered.show();
              });
            }
          },
          // Dragged actors stay where the user put them, in the link too (not a snapshot's).
          onMoved: (moved) => {
            if (!this.readOnly) store.dispatch(actorsMoved(moved));
          },
          ...this.screens.events,
        },
        timing: this.timing,
        onCanvas: (canvas) => {
          this.view = canvas;
        },
        showMessage: (kicker, title, text) => this.details.showMessage(kicker, title, text),
      },
      () => void this.load(),
    );
    if (view) this.drawn(view);
  }

  /** The first graph is drawn: every view draws from the store from now on. */
  private drawn(view: GraphView): void {
    const { store, model, visibility } = this;
    normaliseAddress(store);
    // The chip under the canvas comes first: it may make the canvas shorter before it is sized.
    this.toolbar.connect(model, visibility);
    connectCanvas(
      store,
      model,
      view,
      visibility,
      { graph: byId('graph'), table: byId('table-view') },
      { firstSeed: FIRST_LAYOUT_SEED },
    );
    this.details.connect();
    createBriefFilter(byId('brief-filter'), store).connect();
    createLegend(byId('legend'), store, model).connect();
    createTableView(
      byId('table-view'),
      store,
      model,
      visibility,
      (ids) => void this.quotes.request(ids),
    ).connect();
    connectQuoteLoading(store, model, this.quotes, visibility);
    this.briefs.connect();
    connectScreenReader(store, model, visibility, byId('graph'), this.announcer);
    store.subscribe(
      (s) => ({ selection: s.selection, snapshotTitle: s.snapshot?.record.title ?? null }),
      ({ selection, snapshotTitle }) => {
        document.title =
          snapshotTitle && !selection
            ? `${snapshotTitle} — briefgraph snapshot`
            : windowTitle(model, selection);
      },
      { equals: shallowEqual, immediate: true },
    );
    this.pathFinder.connect();
    connectPathQueries(store, this.api, this.growth);
    // The link's own view first: a selection it names is then brought into that view.
    this.screens.connect(view);
    store.dispatch(bringSelectionIntoView());
    // After the first drawing: the path's chip may have made the canvas a little shorter.
    const record = store.getState().snapshot?.record;
    if (record) {
      // A phone fits the snapshot's actors rather than showing a corner of a slide-sized view.
      const stored = viewportFor(record, view.viewState());
      if (stored) view.setViewport(stored);
      else view.fit();
    }
    this.timing.renderedAt = performance.now();
  }
}
