/**
 * The explorer on a database of 10,000 actors and 25,000 relationships (the synthetic briefs of
 * `npm run bench`), laid out by the server as after any load: the whole graph opens at the
 * server's positions, an actor's panel brings its quotes on demand, a type filter hides that
 * type's relationships, and a path found from the form is emphasised. Functional assertions
 * only: how fast it draws and pans is the bench's (scripts/bench-client.ts).
 */
import type { Relationship } from '@briefgraph/graph/domain/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSeeds } from '../../scripts/synthetic-graph.ts';
import {
  callView,
  highlighted,
  selectedId,
  viewportOf,
  visibleNodes,
  waitForDrawn,
} from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

const ACTORS = 10_000;
const RELATIONSHIPS = 25_000;
/** Reading, sending and drawing 35,000 elements takes a while on a busy 2-core machine. */
const DRAWN = { timeout: 150_000 };
const POLL = { timeout: 60_000 };
/** Each test's own bound (the tier's 60 s is for the seed graph). */
const TEST_TIMEOUT = 180_000;

const seeds = syntheticSeeds(ACTORS, RELATIONSHIPS);
const relationships: Relationship[] = seeds.flatMap((s) => s.relationships) as Relationship[];
const incident = (id: string) => relationships.filter((r) => r.source === id || r.target === id);
const neighbours = (id: string) => new Set(incident(id).map((r) => (r.source === id ? r.target : r.source)));
/** The actor with the most relationships, from the data. */
function mostConnected(): string {
  const degree = new Map<string, number>();
  for (const r of relationships)
    for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
/** A canvas's element, where Cytoscape registers its instance; `renderer()` is its internal API. */
type CyHolder = {
  _cyreg: {
    cy: import('cytoscape').Core & {
      renderer(): {
        data: { lyrTxrCache: { invalidateElements(eles: unknown[]): void } };
        findNearestElements(
          x: number,
          y: number,
          interactive: boolean,
          touch: boolean,
        ): Array<{ id(): string }>;
      };
    };
  };
};

let app: E2eApp;
/**
 * One page for the file, opened once: drawing 10,000 actors costs seconds, so the tests below
 * act on the same explorer one after another (each leaves it as it found it, or says what it
 * changed). `requests` collects the API calls it made.
 */
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  // The whole graph's read takes more than the default 10 s on a busy 2-core machine.
  app = await startE2eApp({ NEO4J_TX_TIMEOUT_MS: '120000' }, { seeds });
  page = await app.newPage({ width: 1440, height: 900 });
  // A click waits for a main thread that 35,000 elements keep busy for long on a loaded machine.
  page.setDefaultTimeout(90_000);
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) requests.push(`${url.pathname}${url.search}`);
  });
  await page.goto(app.baseUrl);
  await waitForDrawn(page, DRAWN.timeout);
}, 420_000);

afterAll(async () => {
  await page?.close();
  await app?.close();
});

/** The server's stored position of each of these actors, from the compact whole graph. */
async function storedPositions(ids: readonly string[]): Promise<Record<string, { x: number; y: number }>> {
  const res = await fetch(
    `${app.baseUrl}/api/graph?format=compact&limit=${ACTORS}&edgeLimit=${RELATIONSHIPS}`,
  );
  const compact = (await res.json()) as { actors: { id: string[]; x: number[]; y: number[] } };
  const out: Record<string, { x: number; y: number }> = {};
  for (const id of ids) {
    const i = compact.actors.id.indexOf(id);
    out[id] = { x: compact.actors.x[i]!, y: compact.actors.y[i]! };
  }
  return out;
}

const relationshipRequests = (requests: readonly string[]) =>
  requests.filter((r) => r.startsWith('/api/relationships'));
const idsAsked = (request: string) =>
  (new URLSearchParams(request.split('?')[1]).get('ids') ?? '').split(',').filter(Boolean);

describe('a 10,000-actor database in the explorer', () => {
  it(
    'opens whole, every actor drawn where the server laid it out, and no quote asked for yet',
    async () => {
      expect(requests.filter((r) => r.startsWith('/api/graph'))).toEqual([
        `/api/graph?format=compact&limit=${ACTORS}&edgeLimit=${RELATIONSHIPS}`,
      ]);
      expect((await visibleNodes(page)).length).toBe(ACTORS);
      await expect
        .poll(() => page.getByTestId('counts').textContent(), POLL)
        .toBe(`${ACTORS} actors · ${RELATIONSHIPS} relationships`);
      // The browser ran no layout: the model positions are the stored ones (to a tenth of a pixel).
      const sample = ['SYN_0', 'SYN_17', 'SYN_4321', 'SYN_9999'];
      const drawn = await callView<Record<string, { x: number; y: number }>>(page, 'positions');
      const stored = await storedPositions(sample);
      for (const id of sample) {
        expect(drawn[id]!.x).toBeCloseTo(stored[id]!.x, 0);
        expect(drawn[id]!.y).toBeCloseTo(stored[id]!.y, 0);
      }
      expect(relationshipRequests(requests)).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'names its clusters at the overview, each after its most connected actor, and a click on one zooms into it',
    async () => {
      // The communities the server stored, and each one's most connected actor from the data.
      const res = await fetch(
        `${app.baseUrl}/api/graph?format=compact&limit=${ACTORS}&edgeLimit=${RELATIONSHIPS}`,
      );
      const compact = (await res.json()) as { actors: { id: string[]; community: number[] } };
      const degree = new Map<string, number>();
      for (const r of relationships)
        for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      const members = new Map<number, string[]>();
      compact.actors.id.forEach((id, i) => {
        const c = compact.actors.community[i]!;
        members.set(c, [...(members.get(c) ?? []), id]);
      });
      const leadOf = (ids: string[]) =>
        [...ids].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1))[0]!;
      const expected = new Map([...members.values()].map((ids) => [leadOf(ids), ids.length]));

      const names = page.locator('.graph-cluster:not([hidden])');
      await expect.poll(() => names.count(), POLL).toBeGreaterThanOrEqual(5);
      const shown = await names.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return {
            lead: (el as HTMLElement).dataset.lead ?? '',
            text: el.textContent ?? '',
            box: { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom },
          };
        }),
      );
      const canvas = await page.locator('#graph').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
      });
      for (const [i, name] of shown.entries()) {
        const size = expected.get(name.lead);
        expect(size, `${name.lead} leads no community`).toBeDefined();
        expect(name.text).toBe(`Synthetic actor ${name.lead.slice(4)}${size!.toLocaleString('en')} actors`);
        // On the canvas, and clear of every other name.
        expect(name.box.x1).toBeGreaterThanOrEqual(canvas.x1);
        expect(name.box.x2).toBeLessThanOrEqual(canvas.x2);
        expect(name.box.y1).toBeGreaterThanOrEqual(canvas.y1);
        expect(name.box.y2).toBeLessThanOrEqual(canvas.y2);
        for (const other of shown.slice(i + 1)) {
          const apart =
            name.box.x2 <= other.box.x1 ||
            other.box.x2 <= name.box.x1 ||
            name.box.y2 <= other.box.y1 ||
            other.box.y2 <= name.box.y1;
          expect(apart, `${name.lead} and ${other.lead} overlap`).toBe(true);
        }
      }
      await app.screenshot(page, 'scale-clusters-1440');

      // The largest shown: a click frames it where its hubs are named, and selects nothing.
      const largest = [...shown].sort((a, b) => expected.get(b.lead)! - expected.get(a.lead)!)[0]!;
      const before = (await viewportOf(page))!;
      await page
        .getByRole('button', { name: new RegExp(`around Synthetic actor ${largest.lead.slice(4)}: zoom in`) })
        .click();
      // Polled: Cytoscape reports an animation only from its first frame, which may come late here.
      await expect.poll(async () => (await viewportOf(page))?.zoom, POLL).toBeGreaterThanOrEqual(0.5);
      await page.waitForFunction(
        () => !(document.querySelector('#graph') as unknown as CyHolder)._cyreg.cy.animated(),
        null,
        POLL,
      );
      await expect.poll(() => page.locator('.graph-clusters').isHidden(), POLL).toBe(true);
      expect(await selectedId(page)).toBeNull();
      const lead = await callView<{ x: number; y: number }>(page, 'clientPosition', largest.lead);
      expect(lead.x).toBeGreaterThan(canvas.x1);
      expect(lead.x).toBeLessThan(canvas.x2);
      expect(lead.y).toBeGreaterThan(canvas.y1);
      expect(lead.y).toBeLessThan(canvas.y2);
      // `0` on the canvas (which has the keyboard now) fits the whole graph again, as it opened.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
      await page.keyboard.press('0');
      await expect.poll(async () => (await viewportOf(page))?.zoom, POLL).toBeCloseTo(before.zoom, 3);
      await expect.poll(() => names.count(), POLL).toBeGreaterThanOrEqual(5);
    },
    TEST_TIMEOUT,
  );

  it(
    "selecting an actor in search shows its panel, its relationships' quotes loaded on demand",
    async () => {
      const actor = 'SYN_500';
      const expected = incident(actor).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      await page.keyboard.press('/');
      await page.keyboard.type('Synthetic actor 500');
      await page.locator(`#search-list [role=option][data-actor-id=${actor}]`).click();
      const panel = page.locator('#details');
      await expect
        .poll(() => panel.locator('#details-title').textContent(), POLL)
        .toBe('Synthetic actor 500');
      const listed = await panel
        .getByTestId('panel-relationship')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.relationshipId ?? ''));
      expect(listed.sort()).toEqual([...expected].sort());
      // The first quotes read from a cold database take seconds (13 s seen on a busy machine).
      await expect.poll(() => panel.getByTestId('quote-pending').count(), { timeout: 70_000 }).toBe(0);
      const quotes = await panel.locator('blockquote').allTextContents();
      expect(quotes).toHaveLength(expected.length);
      // Each one the brief's own sentence about this actor, as the generator wrote it.
      const sentences = new Set(incident(actor).map((r) => `“${r.evidence[0]!.quote}”`));
      for (const q of quotes) expect(sentences.has(q)).toBe(true);
      const asked = relationshipRequests(requests);
      expect(asked.length).toBeGreaterThan(0);
      for (const r of asked) expect(idsAsked(r).length).toBeLessThanOrEqual(500);
      expect(new Set(asked.flatMap(idsAsked))).toEqual(new Set(expected));
      await app.screenshot(page, 'scale-actor-panel-1440');
      await page.getByRole('button', { name: 'Clear selection (Esc)' }).click();
      await expect.poll(() => selectedId(page), POLL).toBeNull();
    },
    TEST_TIMEOUT,
  );

  it(
    "clicking the biggest hub selects it without throwing away Cytoscape's cached drawing: the overlay draws it and its lines",
    async () => {
      const hub = mostConnected();
      await callView(page, 'centreOn', hub);
      await page.waitForFunction(
        () => !(document.querySelector('#graph') as unknown as CyHolder)._cyreg.cy.animated(),
        null,
        POLL,
      );
      // Cytoscape's layer cache, watched from here on: a restyle of any element would empty it.
      await page.evaluate(() => {
        const cy = (document.querySelector('#graph') as unknown as CyHolder)._cyreg.cy;
        const cache = cy.renderer().data.lyrTxrCache;
        const own = cache.invalidateElements;
        const w = window as unknown as { __invalidated: number };
        w.__invalidated = 0;
        cache.invalidateElements = function (eles: unknown[]) {
          w.__invalidated += eles.length;
          return own.call(this, eles);
        };
      });
      // The overlay is made while the page is idle, by drawing one line unseen: made by now.
      await page.locator('.graph-emphasis').waitFor({ state: 'attached', ...POLL });
      const at = await callView<{ x: number; y: number }>(page, 'clientPosition', hub);
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => selectedId(page), POLL).toBe(hub);
      await expect
        .poll(() => page.locator('#details #details-title').textContent(), POLL)
        .toBe(`Synthetic actor ${hub.slice(4)}`);
      // A hub's lines come over a few frames: all of them by the time the count is reached.
      const drawn = await page.waitForFunction(
        (lines) => {
          const cy = (document.querySelector('.graph-emphasis') as unknown as CyHolder | null)?._cyreg?.cy;
          if (!cy?.nodes('.selected').length || cy.edges('.incident').length < lines) return null;
          return {
            selected: cy.nodes('.selected').map((n) => n.id()),
            incident: cy.edges('.incident').map((e) => e.id()),
          };
        },
        incident(hub).length,
        POLL,
      );
      const overlay = (await drawn.jsonValue()) as { selected: string[]; incident: string[] };
      expect(overlay.selected).toEqual([hub]);
      expect(overlay.incident.sort()).toEqual(
        incident(hub)
          .map((r) => r.id)
          .sort(),
      );
      // And it draws them: a frame asked for comes (an instance left batching draws none again).
      const drew = await page.evaluate(() => {
        const cy = (document.querySelector('.graph-emphasis') as unknown as CyHolder)._cyreg.cy;
        return new Promise<boolean>((resolve) => {
          cy.one('render', () => resolve(true));
          cy.forceRender();
          setTimeout(() => resolve(false), 5_000);
        });
      });
      expect(drew).toBe(true);
      const state = await page.evaluate(() => {
        const cy = (document.querySelector('#graph') as unknown as CyHolder)._cyreg.cy;
        return {
          invalidated: (window as unknown as { __invalidated: number }).__invalidated,
          marked: cy.elements('.selected, .incident').length,
        };
      });
      expect(state).toEqual({ invalidated: 0, marked: 0 });
      // Another selection while the hub's lines are still coming: only its own are drawn.
      const other = seeds[0]!.actors.find(
        (a) => a.id !== hub && !neighbours(hub).has(a.id) && incident(a.id).length >= 3,
      )!.id;
      const after = await page.evaluate(
        async ([first, second]) => {
          const cy = (document.querySelector('#graph') as unknown as CyHolder)._cyreg.cy;
          const view = cy.scratch('briefgraph').view;
          view.setSelection({ kind: 'actor', id: first });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          view.setSelection({ kind: 'actor', id: second });
          await new Promise((r) => setTimeout(r, 2_000));
          const overlay = (document.querySelector('.graph-emphasis') as unknown as CyHolder)._cyreg.cy;
          const drawn = {
            selected: overlay.nodes('.selected').map((n) => n.id()),
            incident: overlay.edges('.incident').map((e) => e.id()),
            ends: overlay.nodes('.context').map((n) => n.id()),
          };
          // As the app has it again (the hub is its selection).
          view.setSelection({ kind: 'actor', id: first });
          return drawn;
        },
        [hub, other] as const,
      );
      expect(after.selected).toEqual([other]);
      // Its lines' far ends, and none of the hub's.
      expect(after.ends.filter((id) => !neighbours(other).has(id))).toEqual([]);
      expect(after.incident.sort()).toEqual(
        incident(other)
          .map((r) => r.id)
          .sort(),
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => selectedId(page), POLL).toBeNull();
    },
    TEST_TIMEOUT,
  );

  it(
    "finds what the pointer is on as Cytoscape's own test does, and a drag from an actor pans instead of moving it",
    async () => {
      const hub = mostConnected();
      // Points on actors, on lines and between them, in model coordinates: both tests must agree.
      const differences = await page.evaluate((id) => {
        const cy = (document.querySelector('#graph') as unknown as CyHolder)._cyreg.cy;
        const r = cy.renderer();
        const own = Object.getPrototypeOf(r).findNearestElements;
        const around = cy.getElementById(id).closedNeighborhood();
        const points: Array<{ x: number; y: number }> = [];
        around
          .nodes()
          .slice(0, 40)
          .forEach((n) => {
            const p = n.position();
            points.push(p, { x: p.x + 9, y: p.y + 3 });
          });
        around
          .edges()
          .slice(0, 40)
          .forEach((e) => {
            points.push(e.midpoint());
          });
        const ids = (eles: Array<{ id(): string }>) => eles.map((e) => e.id()).join(',');
        const out: string[] = [];
        for (const p of points) {
          const fast = ids(r.findNearestElements(p.x, p.y, true, false));
          const slow = ids(own.call(r, p.x, p.y, true, false));
          if (fast !== slow) out.push(`${p.x},${p.y}: ${fast} vs ${slow}`);
        }
        return { out, points: points.length };
      }, hub);
      expect(differences.points).toBeGreaterThan(100);
      expect(differences.out).toEqual([]);

      const before = {
        view: await viewportOf(page),
        hub: await callView<Record<string, unknown>>(page, 'positions'),
      };
      const at = await callView<{ x: number; y: number }>(page, 'clientPosition', hub);
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + 12 * i, at.y + 6 * i);
      await page.mouse.up();
      await expect
        .poll(async () => (await viewportOf(page))!.pan.x, POLL)
        .toBeCloseTo(before.view!.pan.x + 120, 0);
      expect((await viewportOf(page))!.pan.y).toBeCloseTo(before.view!.pan.y + 60, 0);
      const after = await callView<Record<string, unknown>>(page, 'positions');
      expect(after[hub]).toEqual(before.hub[hub]);
      expect(await selectedId(page)).toBeNull();
    },
    TEST_TIMEOUT,
  );

  it(
    'a path asked for in the From/To form is emphasised on the canvas, its hops quoted',
    async () => {
      // Two actors with a neighbour in common and no relationship of their own: a 2-hop path.
      const from = 'SYN_500';
      const direct = neighbours(from);
      const via = [...direct][0]!;
      const to = [...neighbours(via)].find((id) => id !== from && !direct.has(id))!;
      expect(to).toBeDefined();
      const name = (id: string) => `Synthetic actor ${id.slice(4)}`;
      await page.locator('#path-from').fill(name(from));
      await page.locator(`#path-from-list [role=option][data-actor-id=${from}]`).click();
      await page.locator('#path-to').fill(name(to));
      await page.locator(`#path-to-list [role=option][data-actor-id=${to}]`).click();
      if (!(await page.getByTestId('path-result').count())) await page.getByTestId('path-submit').click();
      await page.getByTestId('path-result').first().waitFor(POLL);
      await expect.poll(() => highlighted(page), POLL).toEqual(expect.arrayContaining([from, to]));
      const lit = await highlighted(page);
      // The shortest path first: two relationships and the actor between them, from the data.
      const litActors = lit.filter((id) => id.startsWith('SYN_'));
      const middle = litActors.filter((id) => id !== from && id !== to);
      expect(middle).toHaveLength(1);
      expect(neighbours(middle[0]!).has(from) && neighbours(middle[0]!).has(to)).toBe(true);
      const litRelationships = relationships.filter((r) => lit.includes(r.id));
      expect(litRelationships.length).toBeGreaterThanOrEqual(2);
      for (const r of litRelationships)
        expect(litActors).toEqual(expect.arrayContaining([r.source, r.target]));
      // Everything else of the 35,000 elements is faded.
      expect(lit.length).toBe(litActors.length + litRelationships.length);
      // Drawn over the veil by the overlay, as a path.
      const drawnPath = await page.evaluate(() => {
        const box = document.querySelector('.graph-emphasis') as (HTMLElement & Partial<CyHolder>) | null;
        return {
          path: box?._cyreg?.cy.elements('.path').map((el) => el.id()) ?? [],
          // The stylesheet's veil, as the page computes it: not transparent.
          veiled: !!box && getComputedStyle(box).backgroundColor !== 'rgba(0, 0, 0, 0)',
        };
      });
      expect(drawnPath.path.sort()).toEqual([...lit].sort());
      expect(drawnPath.veiled).toBe(true);
      const panel = page.locator('#details');
      await expect
        .poll(() => panel.locator('#details-title').textContent(), POLL)
        .toBe(`${name(from)} to ${name(to)}`);
      await expect.poll(() => panel.locator('.hop-list blockquote').count(), POLL).toBe(2);
      await app.screenshot(page, 'scale-path-1440');
      // Zoomed out to the whole graph, the path's names keep their size on screen (12 model
      // units would be a pixel or two here), once the zoom has settled.
      await callView(page, 'fit');
      const overview = (await viewportOf(page))!.zoom;
      expect(overview).toBeLessThan(0.2);
      const namesOnScreen = () =>
        page.evaluate(() => {
          const cy = (document.querySelector('.graph-emphasis') as unknown as CyHolder)._cyreg.cy;
          return cy.nodes('.path').map((n) => Number.parseFloat(String(n.renderedStyle('font-size'))));
        });
      await expect.poll(async () => Math.min(...(await namesOnScreen())), POLL).toBeGreaterThanOrEqual(12);
      expect(Math.max(...(await namesOnScreen()))).toBeLessThan(14);
      // Each name clear of the others (far out, actors on a path can be a few pixels apart).
      const nameBoxes = await page.evaluate(() => {
        const cy = (document.querySelector('.graph-emphasis') as unknown as CyHolder)._cyreg.cy;
        return cy.nodes('.path').map((n) => ({
          id: n.id(),
          side: String(n.data('lside')),
          at: n.renderedPosition(),
          ...n.renderedBoundingBox({ includeNodes: false, includeLabels: true }),
        }));
      });
      for (const [i, a] of nameBoxes.entries())
        for (const b of nameBoxes.slice(i + 1))
          expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1, JSON.stringify([a, b])).toBe(
            true,
          );
      // And its lines as wide as at zoom 1 (4.5 px), not hairlines.
      const linesOnScreen = await page.evaluate(() => {
        const cy = (document.querySelector('.graph-emphasis') as unknown as CyHolder)._cyreg.cy;
        return cy.edges('.path').map((e) => Number.parseFloat(String(e.renderedStyle('width'))));
      });
      expect(linesOnScreen.length).toBeGreaterThanOrEqual(2);
      for (const width of linesOnScreen) expect(width).toBeGreaterThanOrEqual(4.5);
      await app.screenshot(page, 'scale-path-overview-1440');
    },
    TEST_TIMEOUT,
  );
  // Last: showing 2,500 relationships again keeps this machine's page busy for over 30 s.
  it(
    "hiding a type in the legend hides that type's relationships, and only them",
    async () => {
      const type = 'TRADE';
      const ofType = relationships.filter((r) => r.type === type);
      const other = relationships.find((r) => r.type !== type)!;
      expect(ofType.length).toBeGreaterThan(0);
      await page.getByTestId(`legend-type-${type}`).click();
      await expect(page.getByTestId(`legend-type-${type}`).getAttribute('aria-pressed')).resolves.toBe(
        'false',
      );
      await expect
        .poll(() => page.getByTestId('counts').textContent(), POLL)
        .toMatch(new RegExp(`· ${RELATIONSHIPS - ofType.length} of ${RELATIONSHIPS} relationships$`));
      const classes = await callView<Array<{ data: { id: string }; classes?: string }>>(
        page,
        'elementsJson',
        [ofType[0]!.id, ofType[1]!.id, other.id],
      );
      const hidden = (id: string) =>
        (classes.find((c) => c.data.id === id)?.classes ?? '').split(' ').includes('hidden');
      expect(hidden(ofType[0]!.id)).toBe(true);
      expect(hidden(ofType[1]!.id)).toBe(true);
      expect(hidden(other.id)).toBe(false);
      expect(new URL(page.url()).searchParams.get('hideTypes')).toBe(type);
    },
    TEST_TIMEOUT,
  );
});
