import type { SnapshotView } from '@briefgraph/graph/domain/schemas';
import { type ApiClient, errorMessage } from '../api/api-client.ts';
import type { ElementJson } from '../export/data-files.ts';
import type { ExportRequest } from '../export/formats.ts';
import { describeView, type ExportScope } from '../export/view-payload.ts';
import type { Status } from '../ui/status.ts';

/**
 * The toolbar's Share and Export, between the explorer (which knows what is drawn) and the code
 * that does the work: the dialog and the exporters are imported on first use, so they add
 * nothing to the first page load.
 */

export interface ShareSource {
  readonly api: ApiClient;
  readonly status: Status;
  /** What is drawn, as a snapshot's view; throws with a readable message when nothing is. */
  view(scope: ExportScope): SnapshotView;
  /** Cytoscape's JSON of these elements. */
  drawn(ids: Iterable<string>): ElementJson[];
  suggestTitle(): string;
}

export function createSharing(source: ShareSource) {
  return {
    /** Opens the Share dialog on the view as it is now: everything shown, at this zoom and pan. */
    async share(): Promise<void> {
      let view: SnapshotView;
      try {
        view = source.view('graph');
      } catch (error) {
        source.status.toast(errorMessage(error), { error: true });
        return;
      }
      try {
        const { openShareDialog } = await import('../ui/share-dialog.ts');
        openShareDialog({
          suggestedTitle: source.suggestTitle(),
          summary: describeView(view),
          create: (title, caption) =>
            source.api.createSnapshot({ title, ...(caption ? { caption } : {}), view }),
        });
      } catch (error) {
        source.status.toast(`The Share dialog could not be loaded. ${errorMessage(error)}`, { error: true });
      }
    },

    /** Runs one export from the menu; rejects with the reason, which the menu shows. */
    async export(request: ExportRequest): Promise<void> {
      const { runExport } = await import('./export-runner.ts');
      await runExport(request, {
        api: source.api,
        view: (scope) => source.view(scope),
        drawn: (ids) => source.drawn(ids),
        toast: (message) => source.status.toast(message),
      });
    },
  };
}
