/**
 * Accessibility of every page a user meets, in headless Chromium against the real app: axe-core
 * finds no serious or critical violation on the explorer (as opened, with an actor selected, with
 * a path chosen, as a table), on a permalink and on the embed; the graph's description and the one
 * live region say what is shown and selected, in counts taken from the API, not from the client.
 */
import type { Graph, SnapshotLinks } from '@briefgraph/graph/domain/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { openExplorer, selectedId, waitForDrawn } from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

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

const open = (page: Page, path: string) => openExplorer(page, `${app.baseUrl}${path}`);
const briefLoaded = (page: Page) => page.locator('[data-testid=brief-text] mark').first().waitFor();

/** WCAG contrast of two computed colours ("rgb(…)" or "rgba(…)"), in the page. */
const CONTRAST_IN_PAGE = `
  window.__contrast = (a, b) => {
    const parse = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = (rgb) => {
      const [r, g, b] = rgb.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [la, lb] = [lum(parse(a)), lum(parse(b))];
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  };
  window.__background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  };`;

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
    // path is 1-based in the link: the first path, drawn, with its hops in the panel.
    await open(page, '/?from=KOR&to=RUS&k=3&path=1');
    await page.getByTestId('path-result').first().waitFor(POLL);
    await page.locator('#details .hop-connector').first().waitFor(POLL);
    await briefLoaded(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('with a path through "opposes", whose orange connector text is darkened to ≥ 4.5:1', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/?from=CHN&to=NATO&ptypes=OPPOSITION&k=1&path=1');
    const connector = page.locator('#details .hop-connector').first();
    await connector.waitFor(POLL);
    await expect(connector.textContent()).resolves.toBe('—opposition→');
    await page.evaluate(CONTRAST_IN_PAGE);
    const ratio = await connector.evaluate((el) => {
      const w = window as unknown as {
        __contrast(a: string, b: string): number;
        __background(el: Element): string;
      };
      return w.__contrast(getComputedStyle(el).color, w.__background(el));
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await briefLoaded(page);
    expect(await seriousViolations(page)).toEqual([]);
    await app.screenshot(page, 'a11y-opposes-connector-1440');
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

describe('visible focus and what the eye sees', () => {
  it('every Tab stop shows a focus outline of at least 3:1 against what is behind it', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await open(page, '/?actor=PRK');
    await briefLoaded(page);
    await page.evaluate(CONTRAST_IN_PAGE);
    const weak: string[] = [];
    let stops = 0;
    for (let i = 0; i < 90; i++) {
      await page.keyboard.press('Tab');
      const stop = (await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // The helpers added to the page above.
        const w = window as unknown as {
          __contrast(a: string, b: string): number;
          __background(el: Element): string;
        };
        return {
          what: `${el.tagName.toLowerCase()}#${el.id}.${el.className}`.slice(0, 80),
          style: style.outlineStyle,
          width: Number.parseFloat(style.outlineWidth),
          ratio: w.__contrast(style.outlineColor, w.__background(el.parentElement ?? el)),
        };
      })) as { what: string; style: string; width: number; ratio: number } | null;
      if (!stop) continue;
      stops++;
      if (stop.style === 'none' || stop.width < 2 || stop.ratio < 3)
        weak.push(`${stop.what}: ${stop.style} ${stop.width}px ${stop.ratio.toFixed(2)}:1`);
      if (i === 3) await app.screenshot(page, 'a11y-focus-1440');
    }
    expect([...new Set(weak)]).toEqual([]);
    expect(stops).toBeGreaterThan(30);
    await page.close();
  });

  it('the source page details are apart and collapsed; Enter opens them (1440×900 and 1024×768)', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1024, height: 768 },
    ]) {
      const page = await app.newPage(viewport);
      await open(page, '/');
      // Below 1280 px the reader is on the side sheet's Details tab.
      if (viewport.width < 1280) await page.getByTestId('sheet-tab-details').click();
      await briefLoaded(page);
      const block = page.getByTestId('front-matter');
      expect(await block.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      // The brief's own paragraphs hold none of the page's clutter.
      const own = await page
        .locator('[data-testid=brief-text] > p')
        .evaluateAll((ps) => ps.map((p) => p.textContent ?? '').join('\n'));
      expect(own).not.toContain('View 2,417');
      expect(own).not.toContain('hyunik@sejong.org');
      await block.locator('summary').focus();
      await page.keyboard.press('Enter');
      expect(await block.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await expect(block.textContent()).resolves.toContain('View 2,417');
      await block.scrollIntoViewIfNeeded();
      await app.screenshot(page, `a11y-front-matter-${viewport.width}`);
      await page.close();
    }
  });

  it('hovering a relationship shows its first quote in the tooltip', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1024, height: 768 },
    ]) {
      const page = await app.newPage(viewport);
      await open(page, '/?actor=KOR');
      const edge = await page.evaluate(() =>
        (
          globalThis as unknown as {
            __briefgraph: { renderedPosition(id: string): { x: number; y: number } | null };
          }
        ).__briefgraph.renderedPosition('kor-alliance-usa'),
      );
      expect(edge).not.toBeNull();
      await page.mouse.move(edge?.x ?? 0, edge?.y ?? 0);
      const quote = page.locator('#graph-tooltip .tooltip-quote');
      await quote.waitFor(POLL);
      const rel = graph.edges.find((e) => e.id === 'kor-alliance-usa');
      const first = rel?.evidence[0]?.quote.replace(/\s+/g, ' ').trim() ?? '';
      const shown = (await quote.textContent()) ?? '';
      expect(shown.startsWith('“')).toBe(true);
      expect(first.startsWith(shown.slice(1, -1).replace(/…$/, ''))).toBe(true);
      await app.screenshot(page, `a11y-tooltip-quote-${viewport.width}`);
      await page.close();
    }
  });
});
