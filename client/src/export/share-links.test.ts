import { describe, expect, it } from 'vitest';
import { embedSnippet, shareItems } from './share-links.ts';

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
      ['Image (PNG)', links.pngUrl.slice(0, 30)],
      ['Image (SVG)', links.svgUrl.slice(0, 30)],
    ]);
  });
});
