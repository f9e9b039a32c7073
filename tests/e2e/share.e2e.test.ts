/**
 * Sharing and exporting from the explorer, in headless Chromium against the real app: a path
 * shared as a snapshot and opened again from its permalink, the snapshot's image, and the
 * Export menu's images (drawn by the server) and data files (made in the page).
 */
import { readFile } from 'node:fs/promises';
import type { Snapshot } from '@briefgraph/graph/domain/schemas';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askPath,
  highlighted,
  openExplorer,
  positionOf,
  selectedId,
  viewportOf,
  visibleNodes,
} from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

let app: E2eApp;
const POLL = { timeout: 10_000 };
/** The one DOM property read here (the tests' tsconfig has no DOM types). */
type Img = { naturalWidth: number };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

/** The live explorer with path 1 from South Korea to Russia chosen. */
async function openWithPath(): Promise<Page> {
  const page = await app.newPage();
  await openExplorer(page, app.baseUrl);
  await askPath(page);
  await page.locator('[data-testid=path-result][aria-pressed=true]').waitFor();
  await expect.poll(() => highlighted(page), POLL).toEqual(expect.arrayContaining(['KOR', 'RUS']));
  return page;
}

/** Opens the Export menu, clicks one of its buttons, and returns the download it starts. */
async function exportFile(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-button').click();
  const started = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const download = await started;
  const bytes = await readFile((await download.path())!);
  await page.getByTestId('export-panel').waitFor({ state: 'hidden' });
  return { download, bytes };
}

/** Parses XML in the page; the tests' tsconfig has no DOM types, so the code is a string. */
function parsesAsXml(page: Page, text: string, type: string): Promise<{ ok: boolean; root: string }> {
  return page.evaluate(`(() => {
    const doc = new DOMParser().parseFromString(${JSON.stringify(text)}, ${JSON.stringify(type)});
    return { ok: doc.getElementsByTagName('parsererror').length === 0, root: doc.documentElement.nodeName };
  })()`);
}

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('sharing a path as a snapshot', () => {
  it('stores the view, offers its links, and the permalink draws the same actors and path, read-only', async () => {
    const page = await openWithPath();
    const shownNodes = await visibleNodes(page);
    const shownPath = await highlighted(page);

    await page.getByTestId('share-button').click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('share-title').inputValue()).resolves.toBe('South Korea to Russia');
    await page.getByTestId('share-title').fill('Seoul to Moscow');
    await page.getByTestId('share-caption').fill('The shortest chain in the Sejong brief.');
    await app.screenshot(page, 'share-dialog-form');
    await page.getByTestId('share-submit').click();
    await page.getByTestId('share-result').waitFor();

    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
    const id = url.split('/').pop()!;
    const pngUrl = await page.getByTestId('share-png').inputValue();
    expect(pngUrl).toBe(`${app.baseUrl}/api/snapshots/${id}.png`);
    await expect(page.getByTestId('share-svg').inputValue()).resolves.toBe(
      `${app.baseUrl}/api/snapshots/${id}.svg`,
    );
    await expect(page.getByTestId('share-embed').inputValue()).resolves.toBe(
      `<iframe src="${app.baseUrl}/embed/${id}" width="800" height="600" style="border:0" title="Seoul to Moscow" loading="lazy"></iframe>`,
    );
    await expect
      .poll(
        () => page.getByTestId('share-preview').evaluate((img) => (img as unknown as Img).naturalWidth),
        POLL,
      )
      .toBeGreaterThan(0);
    await page.getByTestId('share-url-copy').click();
    await expect
      .poll(() => page.getByTestId('share-url-copy').textContent(), POLL)
      .toMatch(/Copied|Press Ctrl\+C/);
    await app.screenshot(page, 'share-dialog');

    const stored = (await (await fetch(`${app.baseUrl}/api/snapshots/${id}`)).json()) as Snapshot;
    expect(sorted(stored.nodes.map((n) => n.id))).toEqual(sorted(shownNodes));
    expect(sorted(stored.highlightedPath ?? [])).toEqual(sorted(shownPath));

    const permalink = await app.newPage();
    await openExplorer(permalink, url);
    const banner = permalink.getByTestId('snapshot-banner');
    await expect(banner.textContent()).resolves.toMatch(
      /^Snapshot · Seoul to Moscow · \d{1,2} \w+ \d{4} · The shortest chain in the Sejong brief\./,
    );
    await expect(
      banner.getByRole('link', { name: 'Open the live graph' }).getAttribute('href'),
    ).resolves.toBe('/');
    expect(sorted(await visibleNodes(permalink))).toEqual(sorted(shownNodes));
    expect(sorted(await highlighted(permalink))).toEqual(sorted(shownPath));
    const viewport = await viewportOf(permalink);
    expect(viewport?.zoom).toBeCloseTo(stored.zoom, 6);
    // The banner makes the canvas a little shorter: the same model point stays at its centre.
    const canvas = (await permalink.getByTestId('graph-canvas').boundingBox())!;
    const centre = (size: number, pan: number) => (size / 2 - pan) / stored.zoom;
    expect(centre(canvas.width, viewport!.pan.x)).toBeCloseTo(
      centre(stored.viewport!.width, stored.pan.x),
      0,
    );
    expect(centre(canvas.height, viewport!.pan.y)).toBeCloseTo(
      centre(stored.viewport!.height, stored.pan.y),
      0,
    );
    await expect(permalink.getByTestId('side-panel').textContent()).resolves.toContain(
      'South Korea to Russia',
    );
    await expect(permalink.locator('#path-finder').isHidden()).resolves.toBe(true);
    await expect(permalink.getByTestId('share-button').count()).resolves.toBe(0);
    await app.screenshot(permalink, 'snapshot-permalink');

    // Clicking still works: a relationship on the path opens its panel and its quote in the brief.
    const edgeId = stored.highlightedPath![1]!;
    const middle = await positionOf(permalink, edgeId);
    await permalink.mouse.click(middle!.x, middle!.y);
    await expect.poll(() => selectedId(permalink), POLL).toBe(edgeId);
    await permalink.locator('[data-testid=brief-text] mark.is-selected').first().waitFor();
    const actor = await positionOf(permalink, 'RUS');
    await permalink.mouse.click(actor!.x, actor!.y);
    await expect.poll(() => selectedId(permalink), POLL).toBe('RUS');
    await expect(permalink.getByTestId('side-panel').locator('h2').textContent()).resolves.toBe('Russia');
    await expect(
      permalink.getByTestId('side-panel').getByRole('button', { name: 'Expand neighbours' }).count(),
    ).resolves.toBe(0);

    const image = await permalink.goto(pngUrl);
    expect(image?.headers()['content-type']).toBe('image/png');
    expect([...(await image!.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    await permalink.close();
    await page.close();
  });

  it('an unknown permalink says the snapshot does not exist and links to the live graph', async () => {
    const page = await app.newPage();
    await page.goto(`${app.baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    const status = page.getByTestId('stage-status');
    await status.getByText('This snapshot does not exist').waitFor();
    await expect(
      status.getByRole('link', { name: 'Open the live graph' }).getAttribute('href'),
    ).resolves.toBe('/');
    await app.screenshot(page, 'snapshot-missing');
    await page.close();
  });

  it('when the server wants a write token, or fails, the dialog says so and keeps the form', async () => {
    const page = await openWithPath();
    const answers = [
      { status: 401, code: 'UNAUTHORIZED', message: 'Creating snapshots on this server needs a token.' },
      { status: 503, code: 'DATABASE_UNAVAILABLE', message: 'The graph database is not reachable.' },
    ];
    await page.route('**/api/snapshots', (route) => {
      const answer = answers.shift()!;
      return route.fulfill({
        status: answer.status,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: answer.code, message: answer.message } }),
      });
    });
    await page.getByTestId('share-button').click();
    await page.getByTestId('share-submit').click();
    const error = page.getByTestId('share-error');
    await expect.poll(() => error.textContent(), POLL).toContain('requires a write token');
    await page.getByTestId('share-submit').click();
    await expect
      .poll(() => error.textContent(), POLL)
      .toBe('The snapshot was not created. The graph database is not reachable.');
    await expect(page.getByTestId('share-title').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('the Export menu', () => {
  it('opens from the keyboard, names every choice, and closes with Escape back on its button', async () => {
    const page = await openWithPath();
    await page.getByTestId('export-button').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('export-panel');
    await panel.waitFor();
    await expect(page.getByTestId('export-button').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#export-title').inputValue()).resolves.toBe('South Korea to Russia');
    await expect(panel.getByRole('button', { name: 'Download PNG at 4x' }).count()).resolves.toBe(1);
    await expect(panel.getByRole('radio', { name: 'Current view' }).count()).resolves.toBe(1);
    await expect(panel.getByRole('group', { name: 'Frame' }).getByRole('radio').count()).resolves.toBe(4);
    await expect(panel.getByRole('radio', { name: '16:9' }).isChecked()).resolves.toBe(true);
    await expect(panel.getByRole('radio', { name: 'Emphasised only' }).isVisible()).resolves.toBe(true);
    // The canvas does not merge at first, so neither does its image: it shows what the analyst saw.
    await expect(
      panel.getByRole('checkbox', { name: 'Merge parallel relationships' }).isChecked(),
    ).resolves.toBe(false);
    await app.screenshot(page, 'export-menu');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expect(page.evaluate('document.activeElement.dataset.testid')).resolves.toBe('export-button');
    expect(await highlighted(page)).toEqual(expect.arrayContaining(['KOR', 'RUS']));
    await page.close();
  });

  it('downloads a PNG at 2x and an SVG drawn by the server, named after the path, the scale and the frame', async () => {
    const page = await openWithPath();
    const png = await exportFile(page, 'export-png-2x');
    expect(png.download.suggestedFilename()).toBe('briefgraph-south-korea-to-russia-2x-16x9.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000);

    const svg = await exportFile(page, 'export-svg');
    expect(svg.download.suggestedFilename()).toBe('briefgraph-south-korea-to-russia-16x9.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('South Korea');
    await expect(parsesAsXml(page, text, 'image/svg+xml')).resolves.toEqual({ ok: true, root: 'svg' });
    await page.close();
  });

  it('tells the user when the server lowered the scale of a big PNG', async () => {
    const page = await openWithPath();
    await page.route('**/api/render.png**', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'x-snapshot-scale': '2.6' } });
    });
    await exportFile(page, 'export-png-4x');
    await expect
      .poll(() => page.locator('.toast').last().textContent(), POLL)
      .toMatch(/^4x would exceed [\d,]+ (px|megapixels); exported at 2\.6x\./);
    await page.close();
  });

  it('downloads well-formed GraphML, GEXF, Cytoscape JSON and CSV of the visible elements', async () => {
    const page = await openWithPath();
    const nodes = await visibleNodes(page);

    const graphml = (await exportFile(page, 'export-graphml')).bytes.toString('utf8');
    await expect(parsesAsXml(page, graphml, 'application/xml')).resolves.toEqual({
      ok: true,
      root: 'graphml',
    });
    expect(graphml.match(/<node /g)).toHaveLength(nodes.length);

    const gexf = await exportFile(page, 'export-gexf');
    expect(gexf.download.suggestedFilename()).toBe('briefgraph-south-korea-to-russia.gexf');
    const gexfText = gexf.bytes.toString('utf8');
    await expect(parsesAsXml(page, gexfText, 'application/xml')).resolves.toEqual({ ok: true, root: 'gexf' });
    expect(gexfText.match(/<node /g)).toHaveLength(nodes.length);

    const cyjs = JSON.parse((await exportFile(page, 'export-cytoscape')).bytes.toString('utf8'));
    expect(sorted(cyjs.elements.nodes.map((n: { data: { id: string } }) => n.data.id))).toEqual(
      sorted(nodes),
    );
    expect(cyjs.elements.edges[0].data.evidence.length).toBeGreaterThan(0);

    const actorsCsv = (await exportFile(page, 'export-nodesCsv')).bytes
      .toString('utf8')
      .trimEnd()
      .split('\r\n');
    expect(actorsCsv[0]).toBe('id,name,kind,iso3,aliases,x,y');
    expect(actorsCsv).toHaveLength(nodes.length + 1);

    const edges = await exportFile(page, 'export-edgesCsv');
    expect(edges.download.suggestedFilename()).toBe('briefgraph-south-korea-to-russia-relationships.csv');
    const edgeRows = edges.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(edgeRows[0]).toContain('quotes');
    expect(edgeRows.length).toBeGreaterThan(10);

    const evidence = (await exportFile(page, 'export-evidenceCsv')).bytes.toString('utf8');
    expect(evidence.split('\r\n')[0]).toBe(
      'relationship_id,source,type,target,modality,brief_id,start,end,quote',
    );
    await page.close();
  });

  it('"Current view" exports only the actors inside the canvas', async () => {
    const page = await app.newPage();
    await openExplorer(page, `${app.baseUrl}/?actor=KOR`);
    const all = (await visibleNodes(page)).length;
    await page.getByTestId('graph-canvas').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-scope-viewport').check();
    await page.getByTestId('export-button').click();
    const csv = (await exportFile(page, 'export-nodesCsv')).bytes.toString('utf8').trimEnd().split('\r\n');
    expect(csv.length - 1).toBeGreaterThan(0);
    expect(csv.length - 1).toBeLessThan(all);
    await page.close();
  });
});
