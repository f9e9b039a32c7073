/**
 * Accessibility of every page a user meets, in headless Chromium against the real app: axe-core
 * finds no serious or critical violation on the explorer (as opened, with an actor selected, with
 * a path chosen, as a table), on a permalink and on the embed; the graph's description and the one
 * live region say what is shown and selected, in counts taken from the API, not from the client.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Graph, SnapshotLinks } from '@briefgraph/graph/domain/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, selectedId, waitForDrawn } from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

const AXE = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);
const POLL = { timeout: 5000 };

let app: E2eApp;
let links: SnapshotLinks;
let graph: Graph;

beforeAll(async () => {
  app = await startE2eApp();
  const res = await fetch(`${app.baseUrl}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'South Korea to Russia',
      query: { kind: 'path', from: 'KOR', to: 'RUS', k: 3 },
    }),
  });
  expect(res.status).toBe(201);
  links = (await res.json()) as SnapshotLinks;
  graph = (await (await fetch(`${app.baseUrl}/api/graph`)).json()) as Graph;
});

afterAll(async () => {
  await app?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe over the whole document; the page's CSP does not apply to evaluation through DevTools. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const all = (await page.evaluate(async () => {
    type Found = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    type Axe = { run(context: Document, options: object): Promise<{ violations: Found[] }> };
    const { axe } = globalThis as unknown as { axe: Axe };
    // Also the WCAG 2.5.3 rule axe keeps among its experimental ones: names equal visible text.
    const result = await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  })) as Violation[];
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const open = (page: Page, path: string) => openExplorer(page, `${app.baseUrl}${path}`);
const briefLoaded = (page: Page) => page.locator('[data-testid=brief-text] mark').first().waitFor();

describe('axe-core finds no serious or critical violation', () => {
  it('on the explorer as it opens', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/');
    await briefLoaded(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('with an actor selected', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/?actor=PRK');
    await briefLoaded(page);
    await page.getByTestId('panel-relationship').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('with a path result chosen', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/?from=KOR&to=RUS&k=3&path=0');
    await page.getByTestId('path-result').first().waitFor(POLL);
    await briefLoaded(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('in the table view', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/?view=table');
    await page.getByTestId('table-row').first().waitFor(POLL);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a permalink', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await page.goto(links.url);
    await waitForDrawn(page);
    await briefLoaded(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('on the embed page', async () => {
    const page = await app.newPage({ width: 800, height: 600 });
    await page.goto(links.embedUrl);
    await page.locator('svg').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('what a screen reader is told', () => {
  it('the explorer has exactly one h1 and a "Skip to graph" link that lands on the graph', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/');
    expect(await page.locator('h1').count()).toBe(1);
    const skip = page.locator('a.skip-link', { hasText: 'Skip to graph' });
    expect(await skip.count()).toBe(1);
    await skip.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
    await page.close();
  });

  it('after North Korea is selected, the graph description and the live region give its counts', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/');
    const actors = graph.nodes.length;
    const relationships = graph.edges.length;
    const prk = graph.edges.filter((e) => e.source === 'PRK' || e.target === 'PRK').length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const overview = `${plural(actors, 'actor')}, ${plural(relationships, 'relationship')}`;

    const description = () =>
      page.evaluate(() => {
        const ids = document.getElementById('graph')?.getAttribute('aria-describedby') ?? '';
        return ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      });
    await expect.poll(description, POLL).toBe(`${overview}.`);

    await page.keyboard.press('/');
    await page.keyboard.type('North Korea');
    await page.locator('#search-list [role=option]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedId(page), POLL).toBe('PRK');
    await expect
      .poll(description, POLL)
      .toBe(`${overview}; North Korea selected, ${plural(prk, 'relationship')}.`);

    const regions = page.locator('[data-testid=announcer]');
    expect(await regions.count()).toBe(1);
    expect(await regions.getAttribute('aria-live')).toBe('polite');
    await expect
      .poll(() => regions.textContent(), POLL)
      .toBe(`North Korea selected, ${plural(prk, 'relationship')}.`);
    // One polite region for selections: no other element of the page announces them.
    const otherLive = await page.evaluate(
      () =>
        [...document.querySelectorAll('[aria-live=polite]')].filter(
          (el) => el.getAttribute('data-testid') !== 'announcer' && /selected/.test(el.textContent ?? ''),
        ).length,
    );
    expect(otherLive).toBe(0);
    await page.close();
  });

  it('legend buttons are named by their visible text (WCAG 2.5.3)', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/');
    // innerText, not textContent: the text as laid out (a space between the name and the count).
    const visible = await page.locator('button.legend-item').evaluateAll((buttons) =>
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is compared
      buttons.map((b) => (b as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
    expect(visible.length).toBeGreaterThan(10);
    expect(visible).toContain('Alliance 1');
    // The browser's own accessible name of each: a button named exactly what it shows.
    const legend = page.getByTestId('legend');
    const unmatched: string[] = [];
    for (const text of visible) {
      if ((await legend.getByRole('button', { name: text, exact: true }).count()) !== 1) unmatched.push(text);
    }
    expect(unmatched).toEqual([]);
    await page.close();
  });
});
