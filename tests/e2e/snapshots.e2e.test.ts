/**
 * A snapshot embedded on another site, in headless Chromium: its embed page works inside an
 * iframe of another origin (hover a relationship, read the brief's quote), its images load from
 * there, and the explorer itself refuses to be framed. The other site is a second HTTP server
 * on another port of 127.0.0.1, so its origin differs from the app's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Snapshot, SnapshotLinks } from '@briefgraph/graph/domain/schemas';
import { Resvg } from '@resvg/resvg-js';
import type { Frame, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, startE2eApp } from './harness.ts';

let app: E2eApp;
let site: Server;
let siteUrl: string;
let links: SnapshotLinks;
let snapshot: Snapshot;
/** The few DOM properties read here (the tests' tsconfig has no DOM types). */
type Img = { naturalWidth: number };
type SvgPath = {
  getTotalLength(): number;
  getPointAtLength(at: number): { x: number; y: number };
  getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number };
};

/** The other site: /embed frames the snapshot's embed page (and shows its PNG), /app the explorer. */
function sitePage(path: string): string {
  const body =
    path === '/app'
      ? `<iframe id="framed" src="${app.baseUrl}/" width="900" height="560" style="border:0"></iframe>`
      : `<iframe id="framed" src="${links.embedUrl}" width="900" height="560" style="border:0" title="Snapshot"></iframe>` +
        `<p><img id="image" src="${links.pngUrl}?scale=1" width="450" alt="Snapshot image"></p>`;
  return `<!doctype html><title>Another site</title><h1>Another site</h1>${body}`;
}

beforeAll(async () => {
  app = await startE2eApp();
  const res = await fetch(`${app.baseUrl}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'South Korea to Russia',
      query: { kind: 'path', from: 'KOR', to: 'RUS', k: 1 },
    }),
  });
  expect(res.status).toBe(201);
  links = (await res.json()) as SnapshotLinks;
  snapshot = (await (await fetch(`${app.baseUrl}/api/snapshots/${links.id}`)).json()) as Snapshot;
  site = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(sitePage(new URL(req.url ?? '/', 'http://x').pathname));
  });
  site.listen(0, '127.0.0.1');
  await new Promise<void>((ready) => site.once('listening', ready));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  site?.closeAllConnections();
  await new Promise<void>((done) => (site ? site.close(() => done()) : done()));
  await app?.close();
});

/** Opens a page of the other site and waits for its iframe's document to answer. */
async function openFramed(path: string): Promise<{ page: Page; frame: Frame; framed: Response }> {
  const page = await app.newPage({ width: 1000, height: 760 });
  const framedResponse = page.waitForResponse(
    (r) => r.frame() !== page.mainFrame() && r.request().isNavigationRequest(),
  );
  await page.goto(`${siteUrl}${path}`);
  const framed = await framedResponse;
  const frame = (await (await page.$('#framed'))?.contentFrame()) ?? null;
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForLoadState();
  return { page, frame, framed };
}

describe('a snapshot embedded in an iframe on another origin', () => {
  it('shows the brief’s quote when a relationship on the path is hovered', async () => {
    const { page, frame, framed } = await openFramed('/embed');
    expect(new URL(siteUrl).origin).not.toBe(new URL(app.baseUrl).origin);
    expect(framed.status()).toBe(200);
    expect(framed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(framed.headers()['x-frame-options']).toBeUndefined();

    const edgeId = snapshot.highlightedPath?.[1] ?? '';
    const quote = snapshot.edges.find((e) => e.id === edgeId)!.evidence[0]!.quote;
    const embed = page.frameLocator('#framed');
    await expect(embed.locator('h1').textContent()).resolves.toBe('South Korea to Russia');
    // The middle of the line, in the frame's viewport (a level line has no height to hover by box).
    const middle = await embed.locator(`[data-relationship-id="${edgeId}"] path.hit`).evaluate((el) => {
      const path = el as unknown as SvgPath;
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM();
      return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
    });
    const box = await page.locator('#framed').boundingBox();
    await page.mouse.move((box?.x ?? 0) + middle.x, (box?.y ?? 0) + middle.y);
    const tip = embed.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    await expect(tip.locator('.quote').first().textContent()).resolves.toBe(`“${quote}”`);
    expect(frame.url()).toBe(links.embedUrl);
    await app.screenshot(page, 'embed-in-iframe');
    await page.close();
  });

  it('serves its PNG and SVG to the other origin', async () => {
    const { page } = await openFramed('/embed');
    const image = page.locator('#image');
    await expect
      .poll(() => image.evaluate((img) => (img as unknown as Img).naturalWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // fetch() from the other origin: these need the images' CORS headers.
    const fetched = await page.evaluate(
      async ({ pngUrl, svgUrl }) => {
        const [png, svg] = await Promise.all([fetch(`${pngUrl}?scale=2`), fetch(svgUrl)]);
        return {
          png: {
            status: png.status,
            type: png.headers.get('content-type'),
            head: [...new Uint8Array(await png.arrayBuffer()).subarray(0, 8)],
          },
          svg: { status: svg.status, type: svg.headers.get('content-type'), text: await svg.text() },
        };
      },
      { pngUrl: links.pngUrl, svgUrl: links.svgUrl },
    );
    expect(fetched.png).toEqual({
      status: 200,
      type: 'image/png',
      head: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    });
    expect(fetched.svg.status).toBe(200);
    expect(fetched.svg.type).toMatch(/^image\/svg\+xml/);
    new Resvg(fetched.svg.text, { font: { loadSystemFonts: false } }); // throws unless well-formed
    expect(fetched.svg.text).toMatch(/^<svg [^>]*>/);
    expect(fetched.svg.text).toContain('South Korea');
    expect(fetched.svg.text).toContain('Russia');
    await image.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'embed-image-on-other-site');
    await page.close();
  });
});

describe('the explorer framed by another origin', () => {
  it('is refused: the frame never shows the app', async () => {
    const { page, frame, framed } = await openFramed('/app');
    expect(framed.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(framed.headers()['x-frame-options']).toBe('DENY');
    expect(frame.url()).not.toContain(app.baseUrl);
    const framedTitle = await frame.title().catch(() => '');
    expect(framedTitle).not.toMatch(/briefgraph/i);
    await app.screenshot(page, 'app-framing-refused');
    await page.close();
  });
});
