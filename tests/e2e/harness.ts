/**
 * End-to-end harness: the real app (built client + API) on an ephemeral port, against the real
 * Neo4j of this run loaded with the seed brief, and a headless Debian Chromium.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { refreshPlacements } from '@briefgraph/graph/seed/placements';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import type { Seed } from '@briefgraph/graph/seed/validate-seed';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium-global-setup.ts';
import { resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/http.ts';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

export interface E2eApp {
  baseUrl: string;
  browser: Browser;
  server: TestServer;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * `seedDir`: load that folder's briefs instead of seeds/ (tests/support/two-briefs.ts makes one
 * of two briefs); the server is told it too (SEED_DIR), as `npm start` would be. `seeds`: load
 * these instead (a synthetic graph), and lay the whole graph out as the server does after a load.
 */
export async function startE2eApp(
  env: NodeJS.ProcessEnv = {},
  options: { seedDir?: string; seeds?: readonly Seed[] } = {},
): Promise<E2eApp> {
  const gateway = testGateway();
  const seeds =
    options.seeds ?? (options.seedDir ? await readSeedFolder(options.seedDir) : await seedBrief());
  await resetDatabase(gateway, seeds);
  if (options.seeds) await refreshPlacements(gateway);
  const server = await startTestServer(
    gateway,
    options.seedDir ? { SEED_DIR: options.seedDir, ...env } : env,
  );
  const browser = await launchChromium();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    baseUrl: server.baseUrl,
    browser,
    server,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const page = await browser.newPage({ viewport });
      return page;
    },
    async screenshot(page, name) {
      const path = `${SCREENSHOT_DIR}/${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
      await gateway.close();
    },
  };
}
