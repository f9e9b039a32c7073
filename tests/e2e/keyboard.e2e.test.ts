/**
 * The explorer from the keyboard alone, in headless Chromium against the real app: search, select,
 * open a relationship, show it in the brief and in the graph, and find a path South Korea →
 * Russia, with only page.keyboard (never the mouse), checking where the focus is after each step.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlighted, openExplorer, selectedId } from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

let app: E2eApp;
const POLL = { timeout: 5000 };

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

/** Where the focus is: the element's id, test id, relationship, role and text, for assertions. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      testId: el?.dataset.testid ?? '',
      relationshipId: el?.dataset.relationshipId ?? '',
      relationshipIds: el?.dataset.relationshipIds ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      inside: el?.closest('#details') ? 'details' : el?.closest('#brief-reader') ? 'reader' : 'other',
      outline: el ? getComputedStyle(el).outlineStyle : 'none',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focus matches, at most `max` times. */
async function tabUntil(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  options: { back?: boolean; max?: number } = {},
): Promise<Awaited<ReturnType<typeof focused>>> {
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(
    `focus never matched after ${options.max ?? 40} presses: ${JSON.stringify(await focused(page))}`,
  );
}

describe('keyboard only', () => {
  it('search → select → open a relationship → show it in the brief and the graph → a path South Korea → Russia', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, app.baseUrl);
    await page.locator('[data-testid=brief-text] mark').first().waitFor();

    // Search: / focuses the search field; Enter takes the first suggestion.
    await page.keyboard.press('/');
    expect((await focused(page)).id).toBe('search');
    await page.keyboard.type('dprk');
    await page.locator('#search-list [role=option]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedId(page), POLL).toBe('PRK');
    // Select: the focus moves to the actor's heading in the panel.
    await expect.poll(async () => (await focused(page)).id, POLL).toBe('details-title');

    // Open a relationship from the actor panel: the focus stays in the panel.
    const item = await tabUntil(page, (f) => f.testId === 'panel-relationship');
    expect(item.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedId(page), POLL).toBe(item.relationshipId);
    const afterOpen = await focused(page);
    expect(afterOpen.inside).toBe('details');
    expect(afterOpen.id).toBe('details-title');

    // Show it in the brief: the focus goes to its highlighted passage, the reader's one Tab stop.
    await tabUntil(page, (f) => f.text === 'Show in the brief');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag, POLL).toBe('mark');
    const mark = await focused(page);
    expect(mark.inside).toBe('reader');
    expect(mark.relationshipIds.split(' ')).toContain(item.relationshipId);
    expect(await page.locator('[data-testid=brief-text] mark[tabindex="0"]').count()).toBe(1);
    // Arrow keys move between the passages; the Tab stop moves with them.
    await page.keyboard.press('ArrowRight');
    const next = await focused(page);
    expect(next.tag).toBe('mark');
    expect(next.text).not.toBe(mark.text);
    await page.keyboard.press('Home');
    expect(
      await page.evaluate(
        () => document.activeElement === document.querySelector('[data-testid=brief-text] mark[role=button]'),
      ),
    ).toBe(true);
    expect(await page.locator('[data-testid=brief-text] mark[tabindex="0"]').count()).toBe(1);
    // Tab leaves the passages at once: they are one stop, not forty.
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).not.toBe('mark');

    // Show in the graph: the canvas takes the focus and the live region names the element.
    await tabUntil(page, (f) => f.testId === 'show-in-graph', { back: true, max: 80 });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('graph');
    await expect
      .poll(() => page.getByTestId('announcer').textContent(), POLL)
      .toMatch(/: shown in the graph\.$/);
    await app.screenshot(page, 'keyboard-show-in-graph');

    // A path: / then Tab reaches "From"; Enter on the "To" suggestion picks it and asks.
    await page.keyboard.press('/');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('path-from');
    await page.keyboard.type('South Korea');
    await page.locator('#path-from-list [role=option]').first().waitFor();
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('path-from');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('path-to');
    await page.keyboard.type('Russia');
    await page.locator('#path-to-list [role=option]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('path-result').first().waitFor(POLL);
    expect((await focused(page)).id).toBe('path-to');
    expect(page.url()).toMatch(/from=KOR/);
    expect(page.url()).toMatch(/to=RUS/);
    await expect.poll(async () => (await highlighted(page)).length, POLL).toBeGreaterThan(0);
    // The results are next in the Tab order, each reachable and visibly focused.
    const result = await tabUntil(page, (f) => f.testId === 'path-result');
    expect(result.outline).not.toBe('none');
    await app.screenshot(page, 'keyboard-path');
    await page.close();
  });

  it('Skip to graph is the second stop of the page and lands on the canvas', async () => {
    const page = await app.newPage({ width: 1024, height: 768 });
    await openExplorer(page, app.baseUrl);
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to search');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.text).toBe('Skip to graph');
    expect(skip.outline).not.toBe('none');
    await app.screenshot(page, 'keyboard-skip-to-graph-1024');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('graph');
    expect(page.url()).not.toContain('#');
    await page.close();
  });
});
