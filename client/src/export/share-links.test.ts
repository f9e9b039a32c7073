import { describe, expect, it } from 'vitest';
import { embedSnippet, imageUrl, shareItems } from './share-links.ts';

const links = {
  id: 'abcdefghijklmnopqrstuv',
  url: 'http://x.test/s/abcdefghijklmnopqrstuv',
  embedUrl: 'http://x.test/embed/abcdefghijklmnopqrstuv',
  svgUrl: 'http://x.test/api/snapshots/abcdefghijklmnopqrstuv.svg',
  pngUrl: 'http://x.test/api/snapshots/abcdefghijklmnopqrstuv.png',
};

describe('what the Share dialog offers to copy', () => {
  it('an iframe of the embed page, 800 by 600, titled and lazy', () => {
    expect(embedSnippet(links.embedUrl, 'Seoul & "Moscow" <2023>')).toBe(
      '<iframe src="http://x.test/embed/abcdefghijklmnopqrstuv" width="800" height="600" style="border:0" title="Seoul &amp; &quot;Moscow&quot; &lt;2023&gt;" loading="lazy"></iframe>',
    );
  });

  it('the permalink, the snippet, and both image URLs, in that order', () => {
    expect(shareItems(links, 'T').map((i) => [i.label, i.value.slice(0, 30)])).toEqual([
      ['Permalink', links.url.slice(0, 30)],
      ['Embed (iframe)', '<iframe src="http://x.test/emb'],
      ['Image (PNG, 16:9)', links.pngUrl.slice(0, 30)],
      ['Image (SVG, 16:9)', links.svgUrl.slice(0, 30)],
    ]);
  });

  it('image URLs say the frame when it is not the default 16:9', () => {
    const png = (frame: Parameters<typeof shareItems>[2]) =>
      shareItems(links, 'T', frame).find((i) => i.id === 'share-png')?.value;
    expect(png('16:9')).toBe(links.pngUrl);
    expect(png('4:3')).toBe(`${links.pngUrl}?frame=4:3`);
    expect(png({ width: 1102, height: 713 })).toBe(`${links.pngUrl}?width=1102&height=713`);
    expect(shareItems(links, 'T', { width: 1102, height: 713 })[2]?.label).toBe('Image (PNG, 1102 × 713)');
    expect(shareItems(links, 'T', '1:1').find((i) => i.id === 'share-svg')?.value).toBe(
      `${links.svgUrl}?frame=1:1`,
    );
    expect(imageUrl(links.pngUrl, '1:1', { scale: 1 })).toBe(`${links.pngUrl}?frame=1:1&scale=1`);
    expect(imageUrl(links.pngUrl, '16:9', { scale: 1 })).toBe(`${links.pngUrl}?scale=1`);
  });
});
