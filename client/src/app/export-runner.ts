import type { SnapshotView } from '@briefgraph/graph/domain/schemas';
import type { ApiClient } from '../api/api-client.ts';
import { dataFile, type ElementJson } from '../export/data-files.ts';
import { saveBlob, saveText } from '../export/downloads.ts';
import { DATA_FORMATS, type ExportRequest, exportFileName, pngSize, scaleNotice } from '../export/formats.ts';
import { describeCounts, type ExportScope } from '../export/view-payload.ts';

/**
 * Runs one export from the toolbar's menu. Loaded on first use, with the exporters it needs,
 * so none of it weighs on the first page load. Images are drawn by the server (POST
 * /api/render.png|svg) exactly as a snapshot of the view would be, so a PNG at 4x never meets
 * the browser's canvas limit; data files are made here from the same view.
 */

export interface ExportSource {
  readonly api: ApiClient;
  /** The view in scope; throws with a readable message when nothing is. */
  view(scope: ExportScope): SnapshotView;
  /** Cytoscape's JSON of the drawn elements. */
  drawn(ids: Iterable<string>): ElementJson[];
  toast(message: string): void;
}

export async function runExport(request: ExportRequest, source: ExportSource): Promise<void> {
  const view = source.view(request.scope);
  const counts = describeCounts(view);
  if (request.kind === 'data') {
    const format = DATA_FORMATS[request.format];
    const ids = [...view.nodes.map((n) => n.id), ...view.edges.map((e) => e.id)];
    const text = dataFile(request.format, { view, title: request.title, drawn: source.drawn(ids) });
    const name = exportFileName(request.title, format.extension, format.suffix);
    saveText(text, format.mime, name);
    source.toast(`Saved ${name}: ${counts}.`);
    return;
  }
  const { image } = request;
  const title = image.title && request.title ? { title: request.title } : {};
  const rendered = await source.api.render(image.format, { ...title, view }, image);
  const name = exportFileName(request.title, image.format);
  saveBlob(rendered.blob, name);
  const notice =
    image.format === 'png'
      ? scaleNotice(
          image.scale,
          rendered.scale,
          pngSize(new Uint8Array(await rendered.blob.slice(0, 24).arrayBuffer())),
        )
      : null;
  source.toast(notice ?? `Saved ${name}: ${counts}.`);
}
