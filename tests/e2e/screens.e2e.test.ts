/**
 * The explorer on every screen, in headless Chromium against the real app and the seed brief:
 * the arrangement at phone, tablet, projector and desktop sizes (the graph's share of the
 * width, no sideways scroll), the tablet's side sheet and the phone's bottom sheet, the phone
 * driven by touch alone (tap, pinch, long press, drag), the view kept through a reload, the
 * polish of issue #12, and axe on the new sheets. Screenshots stay in test-results/screenshots/.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { highlighted, positionOf, selectedId, viewportOf, waitForDrawn } from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

const POLL = { timeout: 5000 };

let app: E2eApp;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await app?.close();
});

async function openAt(
  width: number,
  height: number,
  path = '/',
  options: { touch?: boolean } = {},
): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width, height },
    hasTouch: options.touch ?? false,
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${path}`);
  await waitForDrawn(page);
  return page;
}

const rect = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom, right: r.right } : null;
  }, selector);
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const sheetSnap = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('.workspace')?.dataset.sheetSnap);

/** Touch points through the DevTools protocol: Chromium makes touch and pointer events of them. */
async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  points: { x: number; y: number }[],
) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
  });
}

describe('the arrangement at each screen size', () => {
  const sizes = [
    { name: 'phone', width: 390, height: 844, minShare: 0.9 },
    { name: 'tablet', width: 768, height: 1024, minShare: 0.5 },
    { name: 'projector', width: 1024, height: 768, minShare: 0.5 },
    { name: 'desktop', width: 1440, height: 900, minShare: 0.5 },
  ];
  for (const size of sizes) {
    it(`${size.name} ${size.width}×${size.height}: the graph gets ≥ ${size.minShare * 100} % of the width, no sideways scroll`, async () => {
      const page = await openAt(size.width, size.height, '/?actor=KOR');
      const graph = await rect(page, '#graph');
      expect(graph!.width / size.width).toBeGreaterThanOrEqual(size.minShare);
      expect(graph!.height).toBeGreaterThan(size.height * 0.35);
      expect(await noSidewaysScroll(page)).toBe(true);
      if (size.width >= 768 && size.width < 1280) {
        // The sheet is open beside the graph, showing the selection.
        const sheet = await rect(page, '.column-right');
        expect(sheet!.width).toBeGreaterThan(300);
        expect(sheet!.x).toBeGreaterThanOrEqual(graph!.right - 1);
        expect(await page.getByTestId('sheet-tab-details').getAttribute('aria-selected')).toBe('true');
        expect(await rect(page, '.column-left')).toMatchObject({ width: 0 });
      }
      if (size.width >= 1280) {
        expect((await rect(page, '.column-left'))!.width).toBeGreaterThan(200);
        expect((await rect(page, '.column-right'))!.width).toBeGreaterThan(300);
        expect(await page.getByTestId('sheet-bar').isVisible()).toBe(false);
      }
      await app.screenshot(page, `screens-${size.name}`);
      await page.close();
    });
  }

  it('at 320 px the page still does not scroll sideways, the table view neither', async () => {
    const page = await openAt(320, 640, '/?actor=KOR');
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByTestId('sheet-raise').click();
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByTestId('view-table').click();
    await page.getByTestId('table-view').locator('table').waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.close();
  });

  it('a permalink opened on a phone fits its actors on the screen, names legible', async () => {
    const response = await fetch(`${app.baseUrl}/api/snapshots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'South Korea to Russia',
        query: { kind: 'path', from: 'KOR', to: 'RUS', k: 3 },
      }),
    });
    const { id, nodes } = (await (
      await fetch(`${app.baseUrl}/api/snapshots/${((await response.json()) as { id: string }).id}`)
    ).json()) as {
      id: string;
      nodes: { id: string }[];
    };
    const page = await openAt(390, 844, `/s/${id}`);
    const graph = (await rect(page, '#graph'))!;
    for (const node of nodes) {
      const p = (await positionOf(page, node.id))!;
      expect(p.x).toBeGreaterThan(graph.x);
      expect(p.x).toBeLessThan(graph.right);
      expect(p.y).toBeGreaterThan(graph.y);
      expect(p.y).toBeLessThan(graph.bottom);
    }
    expect((await viewportOf(page))!.zoom).toBeGreaterThanOrEqual(0.92 - 1e-6);
    expect(await noSidewaysScroll(page)).toBe(true);
    await app.screenshot(page, 'screens-phone-permalink');
    await page.close();
  });

  it('the Export panel opens inside the screen on a phone and a tablet', async () => {
    for (const [width, height] of [
      [390, 844],
      [768, 1024],
    ] as const) {
      const page = await openAt(width, height);
      await page.locator('.export-menu > button').first().click();
      const panel = (await rect(page, '.export-panel'))!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it('at 1024×768 the fitted graph keeps its names legible (zoom ≥ 0.92: 12 px names at ≥ 11 px)', async () => {
    const page = await openAt(1024, 768);
    expect((await viewportOf(page))!.zoom).toBeGreaterThanOrEqual(0.92 - 1e-6);
    await page.getByTestId('fit').click();
    expect((await viewportOf(page))!.zoom).toBeGreaterThanOrEqual(0.92 - 1e-6);
    await page.close();
  });
});

describe('the tablet’s side sheet', () => {
  it('switches between its tabs, hides to give the graph the width, and comes back', async () => {
    const page = await openAt(768, 1024);
    await expect(page.locator('#path-finder').isVisible()).resolves.toBe(true);
    await page.getByTestId('sheet-tab-details').click();
    await expect(page.locator('#path-finder').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('side-panel').isVisible()).resolves.toBe(true);
    const open = (await rect(page, '#graph'))!.width;
    await page.getByTestId('sheet-toggle').click();
    await expect.poll(async () => (await rect(page, '#graph'))!.width, POLL).toBeGreaterThan(760);
    await expect(page.getByTestId('side-panel').isVisible()).resolves.toBe(false);
    await app.screenshot(page, 'screens-tablet-sheet-hidden');
    await page.getByTestId('sheet-toggle').click();
    await expect.poll(async () => (await rect(page, '#graph'))!.width, POLL).toBe(open);
    // The tabs answer the arrow keys.
    await page.getByTestId('sheet-tab-details').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByTestId('sheet-tab-paths').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });
});

describe('the phone, by touch alone', () => {
  it('tap an actor, read a relationship’s quote, find a path South Korea → Russia', async () => {
    const page = await openAt(390, 844, '/', { touch: true });
    expect(await sheetSnap(page)).toBe('peek');
    const kor = await positionOf(page, 'KOR');
    await page.touchscreen.tap(kor!.x, kor!.y);
    await expect.poll(() => selectedId(page), POLL).toBe('KOR');
    // The sheet rises with the actor's details.
    await expect.poll(() => sheetSnap(page), POLL).toBe('half');
    await expect(page.getByTestId('side-panel').locator('h2').first().textContent()).resolves.toBe(
      'South Korea',
    );
    await page.locator('[data-testid=panel-relationship][data-relationship-id=kor-alliance-usa]').tap();
    await expect.poll(() => selectedId(page), POLL).toBe('kor-alliance-usa');
    const evidence = page.getByTestId('panel-evidence');
    await expect(evidence.textContent()).resolves.toContain('the strengthening of the Korea-U.S. alliance');
    expect(await evidence.isVisible()).toBe(true);
    await app.screenshot(page, 'screens-phone-quote');

    await page.getByTestId('sheet-tab-paths').tap();
    await page.locator('#path-from').fill('South Korea');
    await page.locator('#path-from-list [role=option]').first().tap();
    await page.locator('#path-to').fill('Russia');
    // Picking "To" runs the search once "From" is set.
    await page.locator('#path-to-list [role=option]').first().tap();
    await expect.poll(() => highlighted(page), POLL).toEqual(expect.arrayContaining(['KOR', 'RUS']));
    // Asked again with the button, the same path stays highlighted.
    await page.getByTestId('path-submit').tap();
    await expect.poll(() => highlighted(page), POLL).toEqual(expect.arrayContaining(['KOR', 'RUS']));
    expect(page.url()).toContain('from=KOR');
    expect(await noSidewaysScroll(page)).toBe(true);
    await app.screenshot(page, 'screens-phone-path');
    await page.close();
  });

  it('pinch zooms the graph, and a long press on an actor opens its actions', async () => {
    const page = await openAt(390, 844, '/', { touch: true });
    const cdp = await page.context().newCDPSession(page);
    const graph = (await rect(page, '#graph'))!;
    const cx = graph.x + graph.width / 2;
    const cy = graph.y + graph.height / 2;
    const before = (await viewportOf(page))!.zoom;
    await touch(cdp, 'touchStart', [
      { x: cx - 30, y: cy },
      { x: cx + 30, y: cy },
    ]);
    for (let d = 40; d <= 120; d += 20)
      await touch(cdp, 'touchMove', [
        { x: cx - d, y: cy },
        { x: cx + d, y: cy },
      ]);
    await touch(cdp, 'touchEnd', []);
    await expect.poll(async () => (await viewportOf(page))!.zoom, POLL).toBeGreaterThan(before * 1.3);

    // The state nearest the pinch's centre: which one is on screen after the zoom depends on the
    // layout, which moves whenever the seed brief gains an actor.
    const states = {
      JPN: 'Japan',
      KOR: 'South Korea',
      USA: 'United States',
      CHN: 'China',
      RUS: 'Russia',
      PRK: 'North Korea',
    };
    let pick: { id: string; name: string; at: { x: number; y: number }; d: number } | null = null;
    for (const [id, name] of Object.entries(states)) {
      const at = (await positionOf(page, id))!;
      const d = Math.hypot(at.x - cx, at.y - cy);
      if (!pick || d < pick.d) pick = { id, name, at, d };
    }
    await touch(cdp, 'touchStart', [pick!.at]);
    await page.waitForTimeout(900);
    await touch(cdp, 'touchEnd', []);
    const menu = page.getByTestId('actor-actions');
    await menu.waitFor({ state: 'visible', timeout: 3000 });
    await expect(menu.getAttribute('aria-label')).resolves.toBe(`Actions: ${pick!.name}`);
    await app.screenshot(page, 'screens-phone-long-press');
    await page.getByTestId('action-focus').tap();
    await expect.poll(() => page.url(), POLL).toContain(`focus=${pick!.id}`);
    await expect(menu.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('the bottom sheet is dragged between peek, half and full, and stepped with its buttons', async () => {
    const page = await openAt(390, 844, '/', { touch: true });
    const cdp = await page.context().newCDPSession(page);
    const handle = (await rect(page, '[data-testid=sheet-handle]'))!;
    const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    await touch(cdp, 'touchStart', [start]);
    for (let dy = 40; dy <= 640; dy += 40) {
      await touch(cdp, 'touchMove', [{ x: start.x, y: start.y - dy }]);
      await page.waitForTimeout(16);
    }
    await touch(cdp, 'touchEnd', []);
    await expect.poll(() => sheetSnap(page), POLL).toBe('full');
    await expect.poll(async () => (await rect(page, '.sheet-bar'))!.y, POLL).toBeLessThan(120);
    // Down a little, slowly: back to the nearest, half.
    const top = (await rect(page, '[data-testid=sheet-handle]'))!;
    const from = { x: top.x + top.width / 2, y: top.y + top.height / 2 };
    await touch(cdp, 'touchStart', [from]);
    for (let dy = 20; dy <= 360; dy += 20) {
      await touch(cdp, 'touchMove', [{ x: from.x, y: from.y + dy }]);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(120);
    await touch(cdp, 'touchEnd', []);
    await expect.poll(() => sheetSnap(page), POLL).toBe('half');
    await page.getByTestId('sheet-lower').click();
    expect(await sheetSnap(page)).toBe('peek');
    await expect(page.getByTestId('sheet-lower').isDisabled()).resolves.toBe(true);
    await page.getByTestId('sheet-handle').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await sheetSnap(page)).toBe('full');
    await page.close();
  });
});

describe('presentation mode', () => {
  it('steps through the South Korea → Russia path hop by hop with captions; Esc leaves', async () => {
    const page = await openAt(1920, 1080, '/?from=KOR&to=RUS&path=3');
    await expect.poll(() => highlighted(page), POLL).toEqual(expect.arrayContaining(['KOR', 'CHN', 'RUS']));
    await page.keyboard.press('p');
    await expect.poll(() => page.url(), POLL).toContain('present=1');
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByTestId('side-panel').isVisible()).toBe(false);
    expect((await rect(page, '#graph'))!.width).toBe(1920);
    const counter = page.getByTestId('present-counter');
    await expect.poll(() => counter.textContent(), POLL).toMatch(/^Overview · 2 hops/);
    await expect(page.getByTestId('present-legend').locator('li').count()).resolves.toBeGreaterThan(0);

    const hops: {
      counter: string | null;
      title: string | null;
      sentence: string | null;
      quote: string | null;
      selected: string | null;
    }[] = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => counter.textContent(), POLL).toBe(`Hop ${i + 1} of 2`);
      await page.waitForTimeout(300);
      hops.push({
        counter: await counter.textContent(),
        title: await page.getByTestId('present-title').textContent(),
        sentence: await page.getByTestId('present-sentence').textContent(),
        quote: await page.getByTestId('present-quote').textContent(),
        selected: await selectedId(page),
      });
      await app.screenshot(page, `screens-present-hop-${i + 1}`);
    }
    // Each hop's ends, in the path's order; its sentence keeps the relationship's own direction.
    expect(hops.map((h) => h.title)).toEqual(['South Korea → China', 'China → Russia']);
    expect(hops[0]!.sentence).toMatch(/South Korea/);
    expect(hops[0]!.sentence).toMatch(/China/);
    expect(hops[1]!.sentence).toMatch(/China/);
    expect(hops[1]!.sentence).toMatch(/Russia/);
    for (const hop of hops) expect(hop.quote).toMatch(/^“.+”$/);
    await expect(page.getByTestId('present-source').textContent()).resolves.toMatch(/Hyun-ik Hong/);
    expect(hops[0]!.selected).not.toBe(hops[1]!.selected);
    // Names are larger than on the desk: the hop is drawn at zoom ≥ 1.1.
    expect((await viewportOf(page))!.zoom).toBeGreaterThanOrEqual(1.1);
    // No further than the last hop; back one.
    await page.keyboard.press('ArrowRight');
    await expect(counter.textContent()).resolves.toBe('Hop 2 of 2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.textContent(), POLL).toBe('Hop 1 of 2');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.url(), POLL).not.toContain('present=1');
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    expect(await page.getByTestId('presentation').isVisible()).toBe(false);
    await page.close();
  });

  it('opens from the toolbar’s Present button and from a link with present=1', async () => {
    const page = await openAt(1280, 800, '/?focus=UKR');
    await page.getByTestId('present-button').click();
    await expect.poll(() => page.getByTestId('present-counter').textContent(), POLL).toMatch(/^Overview/);
    await page.getByTestId('present-next').click();
    await expect
      .poll(() => page.getByTestId('present-counter').textContent(), POLL)
      .toMatch(/^Hop 1 of \d+$/);
    await page.getByTestId('present-exit').click();
    expect(await page.getByTestId('presentation').isVisible()).toBe(false);
    await page.goto(`${app.baseUrl}/?from=KOR&to=RUS&path=3&present=1`);
    await waitForDrawn(page);
    await expect
      .poll(() => page.getByTestId('present-counter').textContent(), POLL)
      .toMatch(/^Overview · 2 hops/);
    await page.close();
  });
});

describe('a deep link keeps the arrangement', () => {
  it('zoom, pan and a dragged actor come back the same after a reload', async () => {
    const page = await openAt(1024, 768);
    await page.locator('#graph').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    const jpn = (await positionOf(page, 'JPN'))!;
    await page.mouse.move(jpn.x, jpn.y);
    await page.mouse.down();
    await page.mouse.move(jpn.x + 30, jpn.y + 20, { steps: 5 });
    await page.mouse.move(jpn.x + 60, jpn.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.url(), POLL).toMatch(/pos=JPN:/);
    await expect.poll(() => page.url(), POLL).toMatch(/vp=[\d.]+,-?\d+,-?\d+/);
    await page.waitForTimeout(400);
    const before = {
      viewport: (await viewportOf(page))!,
      jpn: (await positionOf(page, 'JPN'))!,
      url: page.url(),
    };
    expect(before.viewport.zoom).toBeGreaterThan(1);

    await page.reload();
    await waitForDrawn(page);
    await page.waitForTimeout(300);
    const after = { viewport: (await viewportOf(page))!, jpn: (await positionOf(page, 'JPN'))! };
    expect(after.viewport.zoom).toBeCloseTo(before.viewport.zoom, 2);
    expect(Math.abs(after.viewport.pan.x - before.viewport.pan.x)).toBeLessThan(1.5);
    expect(Math.abs(after.viewport.pan.y - before.viewport.pan.y)).toBeLessThan(1.5);
    expect(Math.abs(after.jpn.x - before.jpn.x)).toBeLessThan(2);
    expect(Math.abs(after.jpn.y - before.jpn.y)).toBeLessThan(2);
    expect(page.url()).toBe(before.url);
    await page.close();
  });

  it('a link opened on a wider screen looks at the same place, centred', async () => {
    const page = await openAt(1024, 768, '/?vp=1.5,0,0');
    const graph = (await rect(page, '#graph'))!;
    const { zoom, pan } = (await viewportOf(page))!;
    expect(zoom).toBeCloseTo(1.5, 3);
    expect(pan.x).toBeCloseTo(graph.width / 2, 0);
    expect(pan.y).toBeCloseTo(graph.height / 2, 0);
    await page.close();
  });
});

describe('polish', () => {
  it('a toast does not cover the focus chip’s ×', async () => {
    const page = await openAt(1280, 800, '/?actor=KOR&focus=KOR');
    await page.getByTestId('side-panel').getByRole('button', { name: 'Expand neighbours' }).click();
    const toast = page.locator('.toast').first();
    await toast.waitFor();
    const chipClose = page.locator('.emphasis-chip button');
    const a = (await chipClose.boundingBox())!;
    const b = (await toast.boundingBox())!;
    const overlap =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap).toBe(false);
    await page.close();
  });

  it('the tooltip over an actor keeps clear of its name', async () => {
    const page = await openAt(1440, 900);
    const kor = (await positionOf(page, 'KOR'))!;
    await page.mouse.move(kor.x, kor.y);
    const tip = page.locator('#graph-tooltip');
    await tip.waitFor({ state: 'visible' });
    const box = (await tip.boundingBox())!;
    // The name is drawn under the actor: the tip is above the actor's centre.
    expect(box.y + box.height).toBeLessThan(kor.y);
    await page.close();
  });

  it('hiding every type says so over the graph, and Show all brings them back', async () => {
    const page = await openAt(1440, 900);
    const notice = page.getByTestId('filters-empty');
    await expect(notice.isVisible()).resolves.toBe(false);
    await page.getByTestId('legend').getByRole('button', { name: 'None', exact: true }).click();
    await notice.waitFor({ state: 'visible' });
    await app.screenshot(page, 'screens-filters-empty');
    await page.getByTestId('show-everything').click();
    await notice.waitFor({ state: 'hidden' });
    await expect(page.getByTestId('counts').textContent()).resolves.toBe('18 actors · 45 relationships');
    await page.close();
  });

  it('the table view’s footer does not say “Drag to pan”', async () => {
    const page = await openAt(1440, 900);
    await expect(page.getByTestId('stage-hint').textContent()).resolves.toMatch(/^Drag to pan/);
    await page.getByTestId('view-table').click();
    await expect(page.getByTestId('stage-hint').textContent()).resolves.not.toMatch(/pan|zoom/i);
    await page.close();
  });
});

describe('axe on the new sheets', () => {
  const SHEETS = ['.sheet-bar', '.column-left', '.column-right', '[data-testid=actor-actions]'];

  it('phone 390×844, the sheet raised on a selection: 0 serious or critical', async () => {
    const page = await openAt(390, 844, '/?actor=KOR', { touch: true });
    await page.getByTestId('sheet-raise').click();
    expect(await seriousViolations(page, SHEETS)).toEqual([]);
    await page.getByTestId('sheet-tab-paths').click();
    expect(await seriousViolations(page, ['.sheet-bar', '.column-left'])).toEqual([]);
    await page.close();
  });

  it('projector 1024×768, the side sheet on each tab: 0 serious or critical', async () => {
    const page = await openAt(1024, 768, '/?actor=KOR');
    expect(await seriousViolations(page, SHEETS)).toEqual([]);
    await page.getByTestId('sheet-tab-paths').click();
    expect(await seriousViolations(page, ['.sheet-bar', '.column-left'])).toEqual([]);
    await page.close();
  });

  it('presentation mode at 1920×1080: 0 serious or critical on its overlay', async () => {
    const page = await openAt(1920, 1080, '/?from=KOR&to=RUS&path=3&present=1');
    await expect.poll(() => page.getByTestId('present-counter').textContent(), POLL).toMatch(/^Overview/);
    await page.keyboard.press('ArrowRight');
    expect(await seriousViolations(page, ['[data-testid=presentation]'])).toEqual([]);
    await page.close();
  });
});
