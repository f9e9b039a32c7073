import type { SnapshotLinks } from '@briefgraph/graph/domain/schemas';

/** Pure: what the Share dialog offers to copy once a snapshot exists. */

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe to paste into a page or a CMS; the embed page fits itself to it. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl)}" width="800" height="600" style="border:0" title="${escapeAttribute(title)}" loading="lazy"></iframe>`;
}

export interface ShareItem {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** A multi-line field (the snippet) rather than a one-line one. */
  readonly long?: boolean;
}

export function shareItems(links: SnapshotLinks, title: string): ShareItem[] {
  return [
    { id: 'share-url', label: 'Permalink', value: links.url },
    { id: 'share-embed', label: 'Embed (iframe)', value: embedSnippet(links.embedUrl, title), long: true },
    { id: 'share-png', label: 'Image (PNG)', value: links.pngUrl },
    { id: 'share-svg', label: 'Image (SVG)', value: links.svgUrl },
  ];
}
