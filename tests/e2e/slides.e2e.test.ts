/**
 * Slide-true snapshots, in headless Chromium against the real app: an image exported from the
 * explorer comes in the frame chosen, at the pixel size that frame and scale make, and carries
 * what the analyst emphasised; a shared view is stored with its focus and frame.
 */
import { readFile } from 'node:fs/promises';
import type { RenderRequest, Snapshot } from '@briefgraph/graph/domain/schemas';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askPath, highlighted, openExplorer } from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

let app: E2eApp;
const POLL = { timeout: 10_000 };

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

/** The live explorer with path 1 from South Korea to Russia found and chosen. */
async function openWithPaths(): Promise<Page> {
  const page = await app.newPage({ width: 1440, height: 900 });
  await openExplorer(page, app.baseUrl);
  await askPath(page);
  await page.locator('[data-testid=path-result][aria-pressed=true]').waitFor();
  await expect.poll(() => highlighted(page), POLL).toEqual(expect.arrayContaining(['KOR', 'RUS']));
  return page;
}

interface Exported {
  download: Download;
  bytes: Buffer;
  /** The body the page posted to /api/render.png|svg. */
  body: RenderRequest;
  query: URLSearchParams;
}

/** Opens the Export menu, sets the frame, clicks one of its buttons, and returns the download and what was asked. */
async function exportImage(page: Page, frame: string, testId: string): Promise<Exported> {
  await page.getByTestId('export-button').click();
  await page.getByTestId(`export-frame-${frame}`).check();
  const posted = page.waitForRequest((r) => r.url().includes('/api/render.') && r.method() === 'POST');
  const started = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const [request, download] = await Promise.all([posted, started]);
  const bytes = await readFile((await download.path())!);
  await page.getByTestId('export-panel').waitFor({ state: 'hidden' });
  return {
    download,
    bytes,
    body: request.postDataJSON() as RenderRequest,
    query: new URL(request.url()).searchParams,
  };
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('an image exported for a slide', () => {
  it('Export → PNG 2x in 16:9 asks for the frame and sends the path as drawn, and is named with scale and frame', async () => {
    const page = await openWithPaths();
    const path = await highlighted(page);
    const png = await exportImage(page, '16x9', 'export-png-2x');
    expect(png.query.get('scale')).toBe('2');
    expect(png.body.frame).toBe('16:9');
    expect(png.body.scope).toBe('all');
    // As the canvas draws it: parallel relationships one by one until the Merge switch is on.
    expect(png.body.bundle).toBe(false);
    expect([...(png.body.view.highlightedPath ?? [])].sort()).toEqual([...path].sort());
    expect(png.download.suggestedFilename()).toBe('briefgraph-south-korea-to-russia-2x-16x9.png');
    pngSize(png.bytes);
    await page.close();
  });

  it('the PNG at 2x in 16:9 is exactly 3840×2160 pixels (the server renderer draws the frame)', async () => {
    const page = await openWithPaths();
    const png = await exportImage(page, '16x9', 'export-png-2x');
    expect(pngSize(png.bytes)).toEqual({ width: 3840, height: 2160 });
    await page.close();
  });

  it('"Emphasised only" and unmerged relationships are sent when chosen; an SVG in 4:3 is named so', async () => {
    const page = await openWithPaths();
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-show').waitFor();
    await page.getByTestId('export-show-emphasis').check();
    await page.getByTestId('export-bundle').uncheck();
    await page.keyboard.press('Escape');
    const svg = await exportImage(page, '4x3', 'export-svg');
    expect(svg.body).toMatchObject({ frame: '4:3', scope: 'emphasis', bundle: false });
    expect(svg.download.suggestedFilename()).toBe('briefgraph-south-korea-to-russia-4x3.svg');
    expect(svg.bytes.toString('utf8')).toContain('<svg');
    await page.close();
  });
});

describe('a shared view', () => {
  it('is stored with the focus and the frame chosen, its image URL says the frame, and its permalink is focused so', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, `${app.baseUrl}/?actor=KOR`);
    const panel = page.getByTestId('side-panel');
    await panel.locator('#focus-depth').selectOption('2');
    await panel.getByRole('button', { name: 'Focus', exact: true }).click();
    await expect.poll(() => page.url(), POLL).toContain('focus=KOR');
    const kept = (await highlighted(page)).sort();
    expect(kept).toContain('KOR');

    await page.getByTestId('share-button').click();
    await page.getByTestId('share-dialog').waitFor();
    await expect(page.getByTestId('share-frame-16x9').isChecked()).resolves.toBe(true);
    await page.getByRole('radio', { name: '4:3' }).check();
    await expect(page.getByTestId('share-frame-hint').textContent()).resolves.toBe(
      '1,600 × 1,200 px at 1x, a classic slide.',
    );
    await page.getByTestId('share-submit').click();
    await page.getByTestId('share-result').waitFor();

    const url = await page.getByTestId('share-url').inputValue();
    const id = url.split('/').pop()!;
    await expect(page.getByTestId('share-png').inputValue()).resolves.toBe(
      `${app.baseUrl}/api/snapshots/${id}.png?frame=4:3`,
    );
    const stored = (await (await fetch(`${app.baseUrl}/api/snapshots/${id}`)).json()) as Snapshot;
    expect(stored.frame).toBe('4:3');
    expect(stored.emphasis).toEqual({
      selected: { kind: 'actor', id: 'KOR' },
      focus: { actorId: 'KOR', depth: 2 },
    });

    // The permalink emphasises what its image does: the same focus, the same elements kept.
    const permalink = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(permalink, url);
    expect(new URL(permalink.url()).searchParams.get('focus')).toBe('KOR');
    await expect(permalink.locator('.emphasis-chip').textContent()).resolves.toContain(
      'Focus: South Korea · 2 steps',
    );
    expect((await highlighted(permalink)).sort()).toEqual(kept);
    await permalink.close();
    await page.close();
  });
});
