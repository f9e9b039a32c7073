/**
 * Smoke: the built client loads from the Express server in a real Chromium, and the health
 * endpoint it depends on is green.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, startE2eApp } from './harness.ts';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app?.close();
});

describe('smoke', () => {
  it('serves the explorer page and a green health check', async () => {
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(app.baseUrl);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/briefgraph/i);
    const health = await page.evaluate(async () => {
      const res = await fetch('/api/health');
      return { status: res.status, body: (await res.json()) as { neo4j: { status: string } } };
    });
    expect(health.status).toBe(200);
    expect(health.body.neo4j.status).toBe('up');
    await app.screenshot(page, 'smoke-1280x800');
    expect(errors).toEqual([]);
    await page.close();
  });
});
