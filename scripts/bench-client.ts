/// <reference lib="dom" />
/**
 * The explorer's speed, measured in headless Chromium against a running app: initial
 * JavaScript (gzip), first render after the data arrives, and how long clicks take to answer,
 * on the seed graph and on a synthetic 2,000-actor / 5,000-relationship graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium-global-setup.ts';
import { syntheticGraph } from './synthetic-graph.ts';

interface Hook {
  __briefgraph: { renderedAt: number; dataAt: number; selectedId(): string | null };
}

/** gzip bytes of the scripts index.html loads up front (entry + modulepreloads). */
export function initialJsGzipBytes(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  return srcs.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(distDir, src.replace(/^\//, '')))).length,
    0,
  );
}

async function firstRenderMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => ((globalThis as unknown as Hook).__briefgraph?.renderedAt ?? 0) > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  return page.evaluate(() => {
    const hook = (globalThis as unknown as Hook).__briefgraph;
    return hook.renderedAt - hook.dataAt;
  });
}

/** Time from click to the next frame: the handler's work plus the redraw it schedules. */
function clickMs(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        const el = document.querySelectorAll<HTMLElement>(sel);
        const target = el[Math.floor(Math.random() * el.length)];
        const t = performance.now();
        target?.click();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t)));
      }),
    selector,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(9);

export async function benchClient(baseUrl: string, distDir: string, runs = 5): Promise<void> {
  console.log('\n== explorer in headless Chromium (no GPU: the canvas is drawn on the CPU)');
  console.log(
    `initial JavaScript: ${(initialJsGzipBytes(distDir) / 1024).toFixed(1)} KB gzip (budget 250 KB)`,
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seedRenders: number[] = [];
    for (let i = 0; i < runs; i++) seedRenders.push(await firstRenderMs(page, baseUrl));
    const actorClicks: number[] = [];
    const relationshipClicks: number[] = [];
    for (let i = 0; i < runs * 4; i++) {
      await firstRenderMs(page, `${baseUrl}/?actor=KOR`);
      relationshipClicks.push(await clickMs(page, '[data-testid=panel-relationship]'));
      actorClicks.push(await clickMs(page, '[data-testid=table-toggle], .chip'));
    }
    console.log(`${'case'.padEnd(44)}${'median'.padStart(9)}${'max'.padStart(9)}`);
    const row = (name: string, xs: number[]) =>
      console.log(`${name.padEnd(44)}${ms(median(xs))}${ms(Math.max(...xs))}`);
    row(`seed: first render after data (${runs} loads)`, seedRenders);
    row('seed: click a relationship in the panel', relationshipClicks);

    const large = syntheticGraph(2000, 5000);
    const big = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await big.route('**/api/graph?**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(large) }),
    );
    const layout = await firstRenderMs(big, baseUrl);
    const select: number[] = [];
    const filter: number[] = [];
    for (let i = 0; i < runs; i++) {
      select.push(await clickMs(big, '.chip'));
      filter.push(await clickMs(big, '[data-testid^=legend-type-]'));
    }
    row('2,000 actors / 5,000 rels: first render', [layout]);
    row('2,000 actors / 5,000 rels: select an actor', select);
    row('2,000 actors / 5,000 rels: toggle a type filter', filter);
  } finally {
    await browser.close();
  }
}
