import { DEFAULT_FRAME, type Frame } from '@briefgraph/graph/domain/frame';
import type { SnapshotLinks } from '@briefgraph/graph/domain/schemas';

/** Pure: what the Share dialog offers to copy once a snapshot exists. */

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe to paste into a page or a CMS; the embed page fits itself to it. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl)}" width="800" height="600" style="border:0" title="${escapeAttribute(title)}" loading="lazy"></iframe>`;
}

/**
 * An image URL of the snapshot in `frame`, with more query parameters: `?frame=4:3`, or
 * `?width=1280&height=720` for an exact size, nothing for the default 16:9. The snapshot keeps
 * its frame anyway; saying it in the URL lets whoever reads the link see the shape.
 */
export function imageUrl(url: string, frame: Frame, extra: Record<string, string | number> = {}): string {
  const params: string[] = [];
  if (typeof frame === 'object') params.push(`width=${frame.width}`, `height=${frame.height}`);
  else if (frame !== DEFAULT_FRAME) params.push(`frame=${frame}`);
  for (const [key, value] of Object.entries(extra)) {
    params.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return params.length ? `${url}?${params.join('&')}` : url;
}

/** "16:9", "1102 × 713": the frame said beside an image URL, which a narrow field cuts short. */
function frameName(frame: Frame): string {
  return typeof frame === 'object' ? `${frame.width} × ${frame.height}` : frame;
}

export interface ShareItem {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** A multi-line field (the snippet) rather than a one-line one. */
  readonly long?: boolean;
}

export function shareItems(links: SnapshotLinks, title: string, frame: Frame = DEFAULT_FRAME): ShareItem[] {
  return [
    { id: 'share-url', label: 'Permalink', value: links.url },
    { id: 'share-embed', label: 'Embed (iframe)', value: embedSnippet(links.embedUrl, title), long: true },
    { id: 'share-png', label: `Image (PNG, ${frameName(frame)})`, value: imageUrl(links.pngUrl, frame) },
    { id: 'share-svg', label: `Image (SVG, ${frameName(frame)})`, value: imageUrl(links.svgUrl, frame) },
  ];
}
