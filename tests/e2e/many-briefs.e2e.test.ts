/**
 * Many briefs in the explorer, in Chromium: the Sejong seed and a second brief that shares
 * KOR, USA and kor-alliance-usa (tests/support/two-briefs.ts). Corroboration in the panel, the
 * brief filter and the time bar narrowing the graph, the reader switching briefs, axe clean.
 */
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECOND_BRIEF_ID, SEJONG_BRIEF_ID, twoBriefSeedDir } from '../support/two-briefs.ts';
import { seriousViolations } from './axe.ts';
import { highlighted, openExplorer } from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

let app: E2eApp;
let seedDir: string;
const POLL = { timeout: 5000 };
const SECOND_ONLY = ['jpn-diplomacy-kor-shuttle', 'prk-missile-provocation-kor-2023'];

beforeAll(async () => {
  seedDir = await twoBriefSeedDir();
  app = await startE2eApp({}, { seedDir });
});

afterAll(async () => {
  await app?.close();
  if (seedDir) await rm(seedDir, { recursive: true, force: true });
});

const open = (page: Page, path = '/') => openExplorer(page, `${app.baseUrl}${path}`);

/** The relationships the table view lists: what is shown. */
async function tableIds(page: Page): Promise<string[]> {
  await page.getByTestId('table-row').first().waitFor(POLL);
  return page
    .getByTestId('table-row')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.relationshipId ?? ''));
}

describe('two briefs in the explorer', () => {
  it('the shared relationship says "Supported by 2 briefs", each brief with its quotes', async () => {
    const page = await app.newPage();
    await open(page, '/?rel=kor-alliance-usa');
    await expect
      .poll(() => page.getByTestId('corroboration').textContent(), POLL)
      .toBe('Supported by 2 briefs');
    const titles = await page.locator('.evidence-brief-title').allTextContents();
    expect(titles).toHaveLength(2);
    expect(titles[0]).toMatch(/^China-Russia Summit .* · 3 April 2023 · 1 quote$/);
    expect(titles[1]).toMatch(/^Alliance Outlook 2024.* · 15 January 2024 · 1 quote$/);
    await app.screenshot(page, 'many-briefs-corroboration');
    await page.close();
  });

  it('unticking a brief hides its relationships, and the link keeps it', async () => {
    const page = await app.newPage();
    await open(page, '/?view=table');
    const all = await tableIds(page);
    expect(all).toEqual(expect.arrayContaining([...SECOND_ONLY, 'kor-alliance-usa']));
    await page.getByTestId(`brief-option-${SECOND_BRIEF_ID}`).uncheck();
    await expect.poll(() => tableIds(page), POLL).not.toContain(SECOND_ONLY[0]);
    const sejong = await tableIds(page);
    expect(sejong).not.toContain(SECOND_ONLY[1]);
    // Shared with Sejong, so still shown.
    expect(sejong).toContain('kor-alliance-usa');
    expect(sejong.length).toBe(all.length - SECOND_ONLY.length);
    expect(new URL(page.url()).searchParams.get('brief')).toBe(SEJONG_BRIEF_ID);
    await page.close();
  });

  it('the time bar narrows the graph to the briefs published in its range, from the keyboard', async () => {
    const page = await app.newPage();
    await open(page, '/?view=table');
    const all = await tableIds(page);
    const from = page.getByTestId('timebar-from');
    await from.focus();
    await page.keyboard.press('End');
    await expect.poll(() => tableIds(page), POLL).toHaveLength(3);
    expect((await tableIds(page)).sort()).toEqual([...SECOND_ONLY, 'kor-alliance-usa'].sort());
    expect(await page.getByTestId('timebar-range').textContent()).toBe('15 January 2024 – 15 January 2024');
    expect(await page.getByTestId(`brief-option-${SEJONG_BRIEF_ID}`).isChecked()).toBe(false);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await tableIds(page)).length, POLL).toBe(all.length);
    await page.close();
  });

  it('the reader switches briefs with its picker, and a quote of the other brief opens that brief', async () => {
    const page = await app.newPage();
    await open(page, '/?rel=kor-alliance-usa');
    const title = () => page.locator('#reader-title').textContent();
    // The newest brief first; it quotes the selection, so the reader stays on it.
    await expect.poll(title, POLL).toMatch(/^Alliance Outlook 2024/);
    await page.getByTestId('reader-chooser').selectOption(SEJONG_BRIEF_ID);
    await expect.poll(title, POLL).toMatch(/China-Russia Summit/);
    // "Show in the brief" under the second brief's quote opens it at the quote.
    await page.locator(`[data-brief=${SECOND_BRIEF_ID}] .link-button`).click();
    await expect.poll(title, POLL).toMatch(/^Alliance Outlook 2024/);
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('Seoul and Washington kept strengthening the Korea-U.S. alliance');
    await app.screenshot(page, 'many-briefs-reader');
    await page.close();
  });

  it('a path search walks only the briefs shown', async () => {
    const page = await app.newPage();
    await open(page, `/?from=JPN&to=USA&path=1&brief=${SECOND_BRIEF_ID}`);
    await expect
      .poll(() => highlighted(page), POLL)
      .toEqual(expect.arrayContaining(['jpn-diplomacy-kor-shuttle', 'kor-alliance-usa']));
    const lit = await highlighted(page);
    expect(lit.filter((id) => id.includes('-')).sort()).toEqual([
      'jpn-diplomacy-kor-shuttle',
      'kor-alliance-usa',
    ]);
    await page.close();
  });

  it('an exported image is drawn as the canvas was: the brief filter, its line, and the widths', async () => {
    const page = await app.newPage();
    await open(page);
    await page.getByTestId(`brief-option-${SEJONG_BRIEF_ID}`).uncheck();
    await page.getByTestId('legend-corroboration').click();
    await page.getByTestId('export-button').click();
    const sent = page.waitForRequest((r) => r.url().includes('/api/render.svg'));
    await page.getByTestId('export-svg').click();
    const body = (await sent).postDataJSON() as {
      corroboration?: boolean;
      view: { filters: { briefs?: string[] }; edges: { id: string }[] };
    };
    expect(body.corroboration).toBe(true);
    expect(body.view.filters.briefs).toEqual([SECOND_BRIEF_ID]);
    expect(body.view.edges.map((e) => e.id).sort()).toEqual([...SECOND_ONLY, 'kor-alliance-usa'].sort());
    // The server draws that body as the download did (a download's body is not readable here).
    const res = await fetch(`${app.baseUrl}/api/render.svg`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, title: 'What the analyst saw' }),
    });
    const svg = await res.text();
    expect(res.status, svg).toBe(200);
    expect(svg).toContain(`Showing brief ${SECOND_BRIEF_ID} only`);
    expect(svg).toContain('Briefs supporting it');
    await page.close();
  });

  it('weights edges by corroboration from the legend, and the brief filter and time bar pass axe', async () => {
    const page = await app.newPage();
    await open(page);
    const toggle = page.getByTestId('legend-corroboration');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page, ['#brief-filter', '#legend', '#brief-reader'])).toEqual([]);
    await page.close();
  });
});
