/**
 * Driving the explorer page in the e2e tests: opening it, asking the read-only test hook
 * (client/src/app/test-hook.ts) what the canvas draws, and finding a path through the UI.
 */
import type { Page } from 'playwright-core';

/** window.__briefgraph, the read-only test hook. */
export interface Hook {
  selectedId(): string | null;
  visibleNodeIds(): string[];
  highlightedElementIds(): string[];
  renderedPosition(id: string): { x: number; y: number } | null;
  viewport(): { zoom: number; pan: { x: number; y: number } } | null;
  renderedAt: number;
  dataAt: number;
}
export type WithHook = { __briefgraph: Hook };

/** Resolves once the first view is drawn. */
export async function waitForDrawn(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () => ((globalThis as unknown as WithHook).__briefgraph?.renderedAt ?? 0) > 0,
    null,
    timeout ? { timeout } : {},
  );
}

export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForDrawn(page);
}

export const selectedId = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as WithHook).__briefgraph.selectedId());
export const highlighted = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as WithHook).__briefgraph.highlightedElementIds());
export const visibleNodes = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as WithHook).__briefgraph.visibleNodeIds());
export const positionOf = (page: Page, id: string) =>
  page.evaluate(
    (elementId) => (globalThis as unknown as WithHook).__briefgraph.renderedPosition(elementId),
    id,
  );
export const viewportOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as WithHook).__briefgraph.viewport());

/** Fills the path finder with South Korea → Russia (and the given options) and submits it. */
export async function askPath(page: Page, options: { types?: string[]; hops?: number } = {}): Promise<void> {
  await page.locator('#path-from').fill('South Korea');
  await page.locator('#path-from-list [role=option]').first().waitFor();
  await page.locator('#path-from').press('Enter');
  await page.locator('#path-to').fill('Russia');
  await page.locator('#path-to-list [role=option]').first().waitFor();
  await page.locator('#path-to').press('Enter');
  if (options.types) {
    await page.locator('.type-picker summary').click();
    for (const t of options.types) await page.locator(`#path-type-${t}`).check();
  }
  if (options.hops) await page.locator('#path-hops').fill(String(options.hops));
  await page.getByTestId('path-submit').click();
}

/** Calls a GraphView method in the page (the adapter leaves itself in cy.scratch('briefgraph')). */
export function callView<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, params]) => {
      const doc = (globalThis as any).document;
      const holder = [
        doc.querySelector('[data-testid=graph-canvas]'),
        ...doc.querySelectorAll('[data-testid=graph-canvas] *'),
      ].find((el: any) => el?._cyreg?.cy);
      const view = holder._cyreg.cy.scratch('briefgraph').view;
      return view[name as string](...(params as unknown[]));
    },
    [method, args] as const,
  ) as Promise<T>;
}
