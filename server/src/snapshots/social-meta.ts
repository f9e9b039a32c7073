/**
 * The link-preview tags of a snapshot's pages (/s/:id and /embed/:id): Open Graph, a large
 * Twitter card and oEmbed discovery, so a permalink pasted into Slack, Teams, Notion or a CMS
 * unfurls as the snapshot's 16:9 picture with its title and caption.
 */
import { FRAME_PRESETS } from '@briefgraph/graph/domain/frame';
import type { Snapshot, SnapshotLinks } from '@briefgraph/graph/domain/schemas';
import { escapeXml } from './xml.ts';

/** What a preview says under the title: the caption, or what the picture holds and its source. */
export function previewDescription(
  snapshot: Pick<Snapshot, 'caption' | 'nodes' | 'edges' | 'source'>,
): string {
  if (snapshot.caption) return snapshot.caption;
  const actors = `${snapshot.nodes.length} actor${snapshot.nodes.length === 1 ? '' : 's'}`;
  const relationships = `${snapshot.edges.length} relationship${snapshot.edges.length === 1 ? '' : 's'}`;
  return [`${actors}, ${relationships}, each with the brief's own words.`, snapshot.source]
    .filter(Boolean)
    .join(' ');
}

export function socialMeta(snapshot: Snapshot, links: SnapshotLinks, oembedUrl: string): string {
  const { width, height } = FRAME_PRESETS['16:9'];
  // The preview is always the 16:9 slide at 1x, whatever frame the snapshot keeps for itself.
  const image = `${links.pngUrl}?frame=16:9&scale=1`;
  const title = escapeXml(snapshot.title);
  const description = escapeXml(previewDescription(snapshot));
  return [
    `<link rel="alternate" type="application/json+oembed" href="${escapeXml(oembedUrl)}" title="${title}">`,
    '<meta property="og:type" content="website">',
    '<meta property="og:site_name" content="briefgraph">',
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${escapeXml(links.url)}">`,
    `<meta property="og:image" content="${escapeXml(image)}">`,
    `<meta property="og:image:width" content="${width}">`,
    `<meta property="og:image:height" content="${height}">`,
    `<meta property="og:image:alt" content="${title}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:title" content="${title}">`,
    `<meta name="twitter:description" content="${description}">`,
    `<meta name="twitter:image" content="${escapeXml(image)}">`,
    `<meta name="description" content="${description}">`,
  ].join('\n');
}
