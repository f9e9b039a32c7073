import type { SnapshotView } from '@briefgraph/graph/domain/schemas';
import { type ApiClient, errorMessage } from '../api/api-client.ts';
import { type ExportRequest, frameFor } from '../export/formats.ts';
import { buildView, describeView, type ExportScope } from '../export/view-payload.ts';
import type { GraphView } from '../graph/cy-adapter.ts';
import { awaitsQuotes, type GraphModel } from '../graph/graph-model.ts';
import { setImageFrame } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { drawnEmphasis, shownPath } from '../state/selectors.ts';
import { viewTitle } from '../text/describe.ts';
import type { Status } from '../ui/status.ts';
import type { QuoteLoader } from './quote-loader.ts';

/**
 * The toolbar's Share and Export, between what is drawn (the store, the model, the canvas) and
 * the code that does the work: the dialog and the exporters are imported on first use, so they
 * add nothing to the first page load.
 */

export interface ShareSource {
  readonly api: ApiClient;
  readonly status: Status;
  readonly store: AppStore;
  readonly model: GraphModel;
  readonly visibility: (s: AppState) => Visibility;
  /** The canvas, once the first graph is drawn. */
  view(): GraphView | null;
  /** Brings the quotes the whole graph came without: a view sent or saved carries every quote. */
  readonly quotes?: Pick<QuoteLoader, 'complete'>;
}

/** The most relationships a snapshot holds (SNAPSHOT_LIMITS.edges; that module brings zod). */
const SERVER_VIEW_EDGES = 5_000;

export function createSharing(source: ShareSource) {
  const { api, status, store, model } = source;

  /** What is drawn, as a snapshot's view; throws with a readable message when nothing is. */
  function currentView(scope: ExportScope): SnapshotView {
    const canvas = source.view();
    if (!canvas) throw new Error('The graph has not loaded yet.');
    const s = store.getState();
    const { highlightedPath, emphasis } = drawnEmphasis(s, model);
    return buildView({
      actors: model.actors,
      relationships: model.relationships,
      visible: source.visibility(s),
      canvas: canvas.viewState(),
      filters: s.filters,
      path: highlightedPath,
      emphasis,
      scope,
    });
  }

  /**
   * The view with every quote in it. For the server (a snapshot, an image), a view with more
   * relationships than it takes is left as it is: the server refuses it with its own message,
   * and nothing is fetched for nothing. A data file is made here, of any size.
   */
  async function viewWithQuotes(scope: ExportScope, forServer: boolean): Promise<SnapshotView> {
    const view = currentView(scope);
    const quoteless = view.edges.filter(awaitsQuotes);
    if (!quoteless.length || !source.quotes || (forServer && view.edges.length > SERVER_VIEW_EDGES))
      return view;
    await source.quotes.complete(quoteless.map((r) => r.id));
    return currentView(scope);
  }

  /** A title for an image or a snapshot: the snapshot's own, or what the view shows. */
  function suggestTitle(): string {
    const s = store.getState();
    if (s.snapshot) return s.snapshot.record.title;
    return viewTitle(model, {
      selection: s.selection,
      focusId: s.focus?.actorId ?? null,
      path: shownPath(s),
      briefTitles: s.briefs.map((b) => b.title),
    });
  }

  /** The canvas's size while it is shown (the Auto frame); null in the table view or before the graph. */
  function canvasSize(): { width: number; height: number } | null {
    const canvas = source.view()?.viewState();
    return canvas && canvas.width > 0 && canvas.height > 0
      ? { width: canvas.width, height: canvas.height }
      : null;
  }

  return {
    suggestTitle,
    canvasSize,

    /** Opens the Share dialog on the view as it is now: everything shown, at this zoom and pan. */
    async share(): Promise<void> {
      let view: SnapshotView;
      try {
        view = await viewWithQuotes('graph', true);
      } catch (error) {
        status.toast(errorMessage(error), { error: true });
        return;
      }
      try {
        const { openShareDialog } = await import('../ui/share-dialog.ts');
        openShareDialog({
          suggestedTitle: suggestTitle(),
          summary: describeView(view),
          frame: store.getState().drawing.frame,
          canvasSize,
          frameOf: (choice) => frameFor(choice, view.viewport),
          onFrameChange: (choice) => store.dispatch(setImageFrame(choice)),
          // Merged as the canvas is (the server's default would merge them).
          create: (title, caption, frame) =>
            api.createSnapshot({
              title,
              ...(caption ? { caption } : {}),
              frame,
              bundle: store.getState().drawing.bundle,
              ...(store.getState().drawing.corroboration ? { corroboration: true } : {}),
              view,
            }),
        });
      } catch (error) {
        status.toast(`The Share dialog could not be loaded. ${errorMessage(error)}`, { error: true });
      }
    },

    /** Runs one export from the menu; rejects with the reason, which the menu shows. */
    async export(request: ExportRequest): Promise<void> {
      const { runExport } = await import('./export-runner.ts');
      await runExport(request, {
        api,
        view: (scope) => viewWithQuotes(scope, request.kind === 'image'),
        drawn: (ids) => source.view()?.elementsJson(ids) ?? [],
        toast: (message) => status.toast(message),
      });
    },
  };
}

export type Sharing = ReturnType<typeof createSharing>;
