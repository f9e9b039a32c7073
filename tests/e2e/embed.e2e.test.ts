/**
 * The embed page inside a long page of another site, in headless Chromium, behaving as map
 * embeds do: a plain wheel over it scrolls the host page and shows how to zoom; Ctrl + wheel
 * zooms the graph and leaves the page where it was. From the keyboard the graph is one Tab stop;
 * arrow keys move between actors and relationships and Enter shows the quote. The other site is
 * a second HTTP server on another port of 127.0.0.1, so its origin differs from the app's.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { SnapshotLinks } from '@briefgraph/graph/domain/schemas';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, startE2eApp } from './harness.ts';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let app: E2eApp;
let site: Server;
let siteUrl: string;
let links: SnapshotLinks;

/** A long article with the 800×600 embed in the middle of it. */
function hostPage(): string {
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the article around the embed.</p>`).join('');
  return (
    '<!doctype html><title>An article</title><h1>An article</h1>' +
    `<div style="height:900px">${filler(10)}</div>` +
    `<iframe id="framed" src="${links.embedUrl}" width="800" height="600" style="border:0" title="Snapshot"></iframe>` +
    `<div style="height:1800px">${filler(20)}</div>`
  );
}

beforeAll(async () => {
  app = await startE2eApp();
  const res = await fetch(`${app.baseUrl}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'South Korea to Russia',
      caption: 'Three paths; the first highlighted.',
      query: { kind: 'path', from: 'KOR', to: 'RUS', k: 3 },
    }),
  });
  expect(res.status).toBe(201);
  links = (await res.json()) as SnapshotLinks;
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage());
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

async function openHost(): Promise<{ page: Page; frame: Frame; embed: FrameLocator }> {
  const page = await app.newPage({ width: 1100, height: 800 });
  await page.goto(siteUrl);
  const frame = (await (await page.$('#framed'))?.contentFrame()) ?? null;
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForLoadState();
  await frame.locator('#stage svg').waitFor();
  const embed = page.frameLocator('#framed');
  // The embed in the middle of the window, the pointer over its graph.
  await page.evaluate(() => (globalThis as any).scrollTo(0, 700));
  const box = (await page.locator('#framed').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return { page, frame, embed };
}

const scrollY = (page: Page) => page.evaluate(() => (globalThis as any).scrollY as number);
const viewBox = (frame: Frame) => frame.locator('#stage svg').getAttribute('viewBox');

describe('the embed inside a scrolling page of another site', () => {
  it('lets a plain wheel scroll the page, and says how to zoom', async () => {
    const { page, frame, embed } = await openHost();
    expect(new URL(siteUrl).origin).not.toBe(new URL(app.baseUrl).origin);
    const before = { y: await scrollY(page), viewBox: await viewBox(frame) };
    await page.mouse.wheel(0, 400);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before.y + 100);
    expect(await viewBox(frame)).toBe(before.viewBox);
    const hint = embed.locator('#hint');
    await hint.waitFor({ state: 'visible' });
    await expect(hint.textContent()).resolves.toBe('Use Ctrl + scroll to zoom');
    await app.screenshot(page, 'embed-wheel-hint');
    await page.close();
  });

  it('zooms with Ctrl + wheel, and the page stays where it was', async () => {
    const { page, frame } = await openHost();
    const y = await scrollY(page);
    const width = Number((await viewBox(frame))!.split(' ')[2]);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => Number((await viewBox(frame))!.split(' ')[2])).toBeLessThan(width * 0.9);
    expect(await scrollY(page)).toBe(y);
    await page.close();
  });
});

describe('the embed from the keyboard', () => {
  it('is one Tab stop; arrows move between actors and relationships; Enter shows the quote', async () => {
    const page = await app.newPage({ width: 800, height: 600 });
    await page.goto(links.embedUrl);
    await page.keyboard.press('Tab');
    const active = () => page.evaluate(() => (globalThis as any).document.activeElement?.id as string);
    await expect(active()).resolves.toBe('stage');
    // Every Tab stop of the page: the graph, the three zoom buttons, the legend, the link.
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      stops.push(
        await page.evaluate(() => {
          const el = (globalThis as any).document.activeElement;
          return el.id || el.getAttribute('aria-label') || el.textContent;
        }),
      );
      await page.keyboard.press('Tab');
    }
    expect(stops.slice(0, 6)).toEqual([
      'stage',
      'Zoom in',
      'Zoom out',
      'Fit the graph',
      'Legend',
      'Open in briefgraph',
    ]);

    await page.locator('#stage').focus();
    const current = () =>
      page.evaluate(() => {
        const el = (globalThis as any).document.querySelector('#stage .current');
        return el ? (el.dataset.actorId ?? el.dataset.relationshipId) : null;
      });
    // Focus lands on the path's first actor; its name is announced.
    await expect(current()).resolves.toBe('KOR');
    await expect(page.locator('#status').textContent()).resolves.toBe('South Korea (State)');
    const seen = new Set<string>(['KOR']);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
      seen.add((await current())!);
    }
    expect(seen.size).toBeGreaterThan(2);
    // To a relationship, then its quote.
    let onRelationship = false;
    for (const key of [
      'ArrowRight',
      'ArrowDown',
      'ArrowLeft',
      'ArrowUp',
      'ArrowRight',
      'ArrowRight',
      'ArrowDown',
    ]) {
      if (onRelationship) break;
      await page.keyboard.press(key);
      onRelationship = await page.evaluate(
        () => !!(globalThis as any).document.querySelector('#stage .current[data-relationship-id]'),
      );
    }
    expect(onRelationship).toBe(true);
    await page.keyboard.press('Enter');
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    await expect(tip.locator('.quote').first().textContent()).resolves.toMatch(/^“.+”$/);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/“?.+/);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await app.screenshot(page, 'embed-keyboard');
    await page.close();
  });

  it('axe finds no serious or critical violation', async () => {
    const page = await app.newPage({ width: 800, height: 600 });
    await page.goto(links.embedUrl);
    // The page's CSP allows only its own script; evaluating through the DevTools protocol is
    // not subject to it, so axe runs against the page exactly as served.
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const violations = (await page.evaluate(async () => {
      const result = await (globalThis as any).axe.run((globalThis as any).document);
      return result.violations.map((v: any) => ({ id: v.id, impact: v.impact }));
    })) as { id: string; impact: string }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });
});
