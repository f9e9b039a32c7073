import { emphasisedIds } from '@briefgraph/graph/domain/emphasis';
import type { RenderRequest, SnapshotView } from '@briefgraph/graph/domain/schemas';
import type { ApiClient } from '../api/api-client.ts';
import { dataFile, type ElementJson } from '../export/data-files.ts';
import { saveBlob, saveText } from '../export/downloads.ts';
import {
  DATA_FORMATS,
  type ExportRequest,
  exportFileName,
  frameFor,
  imageFileName,
  pngSize,
  scaleNotice,
} from '../export/formats.ts';
import { describeCounts, type ExportScope } from '../export/view-payload.ts';

/**
 * The body of POST /api/render.*: the view in the frame chosen ("Auto" is the canvas's size),
 * showing everything or only what is emphasised (everything when nothing is), parallel
 * relationships merged or not. Every drawing option is sent, so the image does not depend on
 * the server's defaults.
 */
export function renderRequest(
  request: Extract<ExportRequest, { kind: 'image' }>,
  view: SnapshotView,
): RenderRequest {
  const { image } = request;
  return {
    ...(image.title && request.title ? { title: request.title } : {}),
    frame: frameFor(image.frame, view.viewport),
    scope: image.show === 'emphasis' && emphasisedIds(view) ? 'emphasis' : 'all',
    bundle: image.bundle,
    ...(image.corroboration ? { corroboration: true } : {}),
    view,
  };
}

/**
 * Runs one export from the toolbar's menu. Loaded on first use, with the exporters it needs,
 * so none of it weighs on the first page load. Images are drawn by the server (POST
 * /api/render.png|svg) exactly as a snapshot of the view would be, so a PNG at 4x never meets
 * the browser's canvas limit; data files are made here from the same view.
 */

export interface ExportSource {
  readonly api: ApiClient;
  /** The view in scope, every quote in it; throws with a readable message when nothing is. */
  view(scope: ExportScope): SnapshotView | Promise<SnapshotView>;
  /** Cytoscape's JSON of the drawn elements. */
  drawn(ids: Iterable<string>): ElementJson[];
  toast(message: string): void;
}

export async function runExport(request: ExportRequest, source: ExportSource): Promise<void> {
  const view = await source.view(request.scope);
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
  const rendered = await source.api.render(request.image.format, renderRequest(request, view), request.image);
  const { image } = request;
  const frame = frameFor(image.frame, view.viewport);
  // The server's name first: it is the one its image URLs give too.
  const name =
    rendered.fileName ?? imageFileName(request.title, image.format, frame, rendered.scale ?? image.scale);
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
