import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMBED_CSP, EMBED_SCRIPT_HASH, renderEmbedPage } from './embed-page.ts';
import { fixtureSnapshot } from './snapshot.fixture.ts';

const links = {
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  url: 'https://briefgraph.example/s/AAAAAAAAAAAAAAAAAAAAAA',
  embedUrl: 'https://briefgraph.example/embed/AAAAAAAAAAAAAAAAAAAAAA',
  svgUrl: 'https://briefgraph.example/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA.svg',
  pngUrl: 'https://briefgraph.example/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA.png',
};
const page = (bare = false, snapshot = fixtureSnapshot()) =>
  renderEmbedPage(snapshot, { bare, links, oembedUrl: 'https://briefgraph.example/api/oembed?url=x' });

describe('renderEmbedPage', () => {
  it('allows exactly its one inline script, by hash, and may be framed by any site', () => {
    const html = page();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(`sha256-${createHash('sha256').update(scripts[0]!).digest('base64')}`).toBe(EMBED_SCRIPT_HASH);
    expect(EMBED_CSP).toContain(`script-src '${EMBED_SCRIPT_HASH}'`);
    expect(EMBED_CSP).toContain('frame-ancestors *');
    expect(EMBED_CSP).toContain("default-src 'none'");
  });

  it('inlines the server SVG, the legend, the source and a link to the explorer', () => {
    const html = page();
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="graph"');
    expect(html).toContain('data-relationship-id="prk-provocation-kor"');
    expect(html).toContain('<dl class="legend"');
    expect(html).toContain('Source: Sejong Focus No.25');
    expect(html).toContain(`<a href="${links.url}" target="_blank" rel="noopener">Open in briefgraph</a>`);
    expect(html).toContain('type="application/json+oembed"');
  });

  it('hides the title, caption and legend when bare, and keeps the source', () => {
    const html = page(true);
    expect(html).not.toContain('<header>');
    expect(html).not.toContain('<p>What the brief says.</p>');
    expect(html).not.toContain('class="legend"');
    expect(html).toContain('Source: Sejong Focus No.25');
  });

  it('escapes the title and caption everywhere, and quotes cannot close the data block', () => {
    const hostile = fixtureSnapshot({
      title: '</title><script>alert(1)</script>',
      caption: '"><img src=x onerror=alert(1)>',
    });
    hostile.edges[0]!.evidence[0]!.quote = '</script><script>alert(2)</script>';
    const html = page(false, hostile);
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<h1>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    const data = /<script type="application\/json" id="evidence">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(data).relationships['kor-alliance-usa'].items[0].quotes).toEqual([
      '</script><script>alert(2)</script>',
    ]);
  });

  it('carries each relationship’s quotes and modality for the tooltip', () => {
    const data = JSON.parse(/id="evidence">([\s\S]*?)<\/script>/.exec(page())?.[1] ?? '{}');
    expect(data.relationships['usa-deterrence-prk']).toMatchObject({
      heading: 'United States is assessed to deter North Korea',
      items: [
        {
          heading: 'United States is assessed to deter North Korea',
          modality: 'Assessment',
          quotes: ['extended deterrence'],
        },
      ],
    });
    expect(data.relationships['usa-deterrence-prk'].at).toHaveLength(2);
    expect(data.actors.XI_JINPING).toEqual({ heading: 'Xi Jinping (Person)', at: [-200, 120] });
  });

  it('unfurls as the 16:9 picture: the preview tags of the permalink', () => {
    const html = page(false, fixtureSnapshot({ caption: undefined }));
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
    expect(meta('og:image')).toBe(`${links.pngUrl}?frame=16:9&amp;scale=1`);
    expect(meta('og:image:width')).toBe('1920');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:description')).toBe(
      '4 actors, 4 relationships, each with the brief&#39;s own words. Source: Sejong Focus No.25, The Sejong Institute, 2023-04-03',
    );
    expect(meta('og:description')).toBe(meta('twitter:description'));
  });

  it('is one keyboard stop: the graph region, with its help and a live region', () => {
    const html = page();
    expect(html.match(/tabindex=/g)).toEqual(['tabindex=']);
    expect(html).toMatch(/<div id="stage" tabindex="0" role="application" [^>]*aria-describedby="help">/);
    expect(html).toContain('<div id="status" class="sr-only" role="status" aria-live="polite"></div>');
    expect(html).toContain('<div id="hint" aria-hidden="true" hidden></div>');
  });

  it('says in its header what the filters leave out', () => {
    const html = page(false, fixtureSnapshot({ filters: { quadClass: [3, 4] } }));
    expect(html).toContain('<p class="filters">Showing conflict only: 4 relationships</p>');
  });
});
