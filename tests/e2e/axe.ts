/**
 * axe-core (npm) in the page: the serious and critical violations, over the whole document or
 * only the parts named. WCAG 2.5.3 (names equal visible text), which axe keeps among its
 * experimental rules, is switched on. The page's CSP does not apply to evaluation through DevTools.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const AXE = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function seriousViolations(page: Page, include?: readonly string[]): Promise<Violation[]> {
  await page.evaluate(AXE);
  const all = (await page.evaluate(async (parts) => {
    type Found = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    type Axe = { run(context: unknown, options: object): Promise<{ violations: Found[] }> };
    const { axe } = globalThis as unknown as { axe: Axe };
    const context = parts
      ? { include: parts.filter((s) => document.querySelector(s)).map((s) => [s]) }
      : document;
    const result = await axe.run(context, { rules: { 'label-content-name-mismatch': { enabled: true } } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, include ?? null)) as Violation[];
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
