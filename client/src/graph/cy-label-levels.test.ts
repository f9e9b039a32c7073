import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStylesheet } from './cy-elements.ts';
import {
  applyLabelLevels,
  LABEL_LEVELS,
  type LabelActor,
  labelBox,
  labelLevels,
  largeNodeSize,
  NameBoxes,
  namesCoveredBy,
  OTHERS_FROM_ZOOM,
} from './cy-label-levels.ts';
import { fitViewport } from './cy-viewport.ts';

const actor = (id: string, x: number, y: number, degree: number, name = id): LabelActor => ({
  id,
  x,
  y,
  degree,
  lines: [name],
});

/** Cytoscape's rule (drawElementText): the font size times the zoom rounded up to a power of two. */
function named(level: { lfs: number; lmz: number }, zoom: number): boolean {
  const scale = 2 ** Math.ceil(Math.log2(zoom));
  return level.lfs * scale >= level.lmz;
}

/** `count` actors of degree 1 on a grid `gap` apart, far from the origin. */
function crowd(count: number, gap: number): LabelActor[] {
  return Array.from({ length: count }, (_, i) =>
    actor(`A${i}`, 10_000 + (i % 50) * gap, 10_000 + Math.floor(i / 50) * gap, 1),
  );
}

describe('label levels of a big graph', () => {
  it('names the most connected actor from the overview on, in the large font', () => {
    const levels = labelLevels([actor('HUB', 0, 0, 200), ...crowd(200, 400)]);
    const hub = levels.get('HUB');
    expect(hub?.lfs).toBe(LABEL_LEVELS[0]?.fontSize);
    expect(hub && named(hub, 0.2)).toBe(true);
    expect(hub && named(hub, 0.1)).toBe(false);
  });

  it('does not name an actor at a zoom where its name would cover a better connected one', () => {
    // Same place, one less connected: the hub's name is there first at every level.
    const levels = labelLevels([actor('HUB', 0, 0, 200), actor('NEXT', 5, 0, 150), ...crowd(200, 400)]);
    const next = levels.get('NEXT');
    expect(next).toEqual({ lfs: 12, lmz: expect.any(Number) });
    expect(next && named(next, 2)).toBe(false);
    expect(next && named(next, OTHERS_FROM_ZOOM)).toBe(true);
  });

  it('keeps the overview to the hubs even where there is room: the rest are named from zoom 1', () => {
    // 2,000 actors far apart: room for every name, but only the first ranks may take the big fonts.
    const levels = labelLevels(crowd(2_000, 1_000));
    const fonts = [...levels.values()].map((l) => l.lfs);
    const large = fonts.filter((f) => f === LABEL_LEVELS[0]?.fontSize).length;
    const medium = fonts.filter((f) => f === LABEL_LEVELS[1]?.fontSize).length;
    expect(large).toBe(12);
    expect(medium).toBe(40 - 12);
    const rest = [...levels.values()].filter((l) => l.lfs === 12);
    expect(rest.every((l) => named(l, 0.6) && !named(l, 0.4))).toBe(true);
  });

  it('names more actors as the zoom doubles, never fewer', () => {
    const actors = [
      ...Array.from({ length: 3_000 }, (_, i) =>
        actor(`N${i}`, (i * 7919) % 1500, (i * 104729) % 1500, 1 + ((i * 31) % 60), `Actor ${i}`),
      ),
    ];
    const levels = [...labelLevels(actors).values()];
    const counts = [0.2, 0.4, 0.8, 1.6, 3.2].map((z) => levels.filter((l) => named(l, z)).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1] as number);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(50);
    expect(counts.at(-1)).toBe(3_000);
  });

  it('no two names shown at the same zoom overlap, below zoom 2', () => {
    const actors = Array.from({ length: 800 }, (_, i) =>
      actor(`N${i}`, (i * 7919) % 900, (i * 104729) % 900, 1 + ((i * 31) % 60), `Actor ${i}`),
    );
    const levels = labelLevels(actors);
    for (const zoom of [0.2, 0.4, 0.8, 1.6]) {
      const boxes = actors
        .filter((a) => named(levels.get(a.id) as { lfs: number; lmz: number }, zoom))
        .map((a) => labelBox(a, (levels.get(a.id) as { lfs: number }).lfs));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]] as [(typeof boxes)[0], (typeof boxes)[0]];
          expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
        }
    }
  });

  it('a pinned name covers the names whose boxes overlap its own at their own fonts, not others or itself', () => {
    const at = (id: string, x: number, y: number, lfs: number) => ({
      ...actor(id, x, y, 1, 'Actor name'),
      lfs,
    });
    const pinned = [at('P', 0, 0, 12), at('Q', 0, 0, 12)];
    const box = labelBox(at('P', 0, 0, 12), 12);
    const others = [
      ...pinned,
      // Overlaps at 12 px; a 36 px name 30 units up reaches down to it; a 12 px one there does not.
      at('NEXT', box.x2 - 5, 0, 12),
      at('BIG', 0, -30, 36),
      at('ABOVE', 0, -30, 12),
      at('RIGHT', box.x2 + (box.x2 - box.x1) / 2 + 1, 0, 12),
    ];
    const boxes = new NameBoxes(others);
    expect([...boxes.coveredBy(pinned)].sort()).toEqual(['BIG', 'NEXT']);
    expect(boxes.coveredBy([]).size).toBe(0);
  });

  it('sizes actors by degree: dots for the many, discs for the hubs, within bounds', () => {
    expect(largeNodeSize(0)).toBe(7);
    expect(largeNodeSize(1)).toBe(7);
    expect(largeNodeSize(64)).toBe(40);
    expect(largeNodeSize(500)).toBe(40);
    expect(largeNodeSize(20)).toBeGreaterThan(largeNodeSize(4));
  });
});

describe('label levels on the canvas', () => {
  let cy: cytoscape.Core | undefined;
  afterEach(() => {
    cy?.destroy();
    cy = undefined;
  });

  function bigGraph(): cytoscape.Core {
    const nodes = Array.from({ length: 400 }, (_, i) => ({
      group: 'nodes' as const,
      data: {
        id: `N${i}`,
        text: `Actor ${i}`,
        degree: i === 0 ? 120 : 1 + (i % 5),
        size: 22,
        lmx: 0,
        lmy: 4,
      },
      position: { x: (i % 20) * 30, y: Math.floor(i / 20) * 30 },
    }));
    cy = cytoscape({ headless: true, styleEnabled: true, elements: nodes, layout: { name: 'preset' } });
    applyLabelLevels(cy);
    cy.style(buildStylesheet({ large: true }) as unknown as cytoscape.StylesheetJson);
    return cy;
  }

  const px = (c: cytoscape.Core, id: string, prop: string) =>
    (c.$id(id) as unknown as { pstyle(name: string): { pfValue: number } }).pstyle(prop).pfValue;

  it("the big stylesheet draws each actor with its level's font and threshold, and its size by degree", () => {
    const c = bigGraph();
    // Where the elements say, not where a default layout would put them.
    expect(c.$id('N21').position()).toEqual({ x: 30, y: 30 });
    expect(px(c, 'N0', 'font-size')).toBe(36);
    expect(px(c, 'N0', 'min-zoomed-font-size')).toBeCloseTo(36 * 0.25, 1);
    expect(px(c, 'N0', 'width')).toBeCloseTo(largeNodeSize(120), 5);
    expect(px(c, 'N7', 'width')).toBeCloseTo(largeNodeSize(3), 5);
    // Drawn over the dots around it, which would otherwise cover its name.
    expect(px(c, 'N0', 'z-index')).toBeGreaterThan(px(c, 'N7', 'z-index'));
  });

  it('names a selected or highlighted actor at any zoom', () => {
    const c = bigGraph();
    const quiet = c.nodes().filter((n) => px(c, n.id(), 'min-zoomed-font-size') > 20);
    expect(quiet.nonempty()).toBe(true);
    const id = quiet.first().id();
    for (const cls of ['selected', 'path']) {
      c.$id(id).addClass(cls);
      expect(px(c, id, 'min-zoomed-font-size')).toBe(0);
      c.$id(id).removeClass(cls);
    }
  });

  it('a hidden actor takes no room: the name it covered is named earlier', () => {
    const node = (id: string, x: number, degree: number) => ({
      group: 'nodes' as const,
      data: { id, text: id, degree, size: 22, lmx: 0, lmy: 4 },
      position: { x, y: 0 },
    });
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [node('HUB', 0, 100), node('NEAR', 8, 50)],
      layout: { name: 'preset' },
    });
    cy = c;
    applyLabelLevels(c);
    c.style(buildStylesheet({ large: true }) as unknown as cytoscape.StylesheetJson);
    expect(px(c, 'NEAR', 'min-zoomed-font-size')).toBeCloseTo(12 * OTHERS_FROM_ZOOM, 1);
    c.$id('HUB').addClass('hidden');
    applyLabelLevels(c);
    expect(px(c, 'NEAR', 'min-zoomed-font-size')).toBeCloseTo(36 * 0.25, 1);
  });

  it("a pinned actor's name comes first: the names it would sit on are named as covered, and follow a relabel", () => {
    const node = (id: string, x: number, y: number, degree: number) => ({
      group: 'nodes' as const,
      data: { id, text: `Synthetic actor ${id}`, degree, size: 22, lmx: 0, lmy: 4 },
      position: { x, y },
    });
    // The hub's 36 px name spans the small actor's; FAR is nowhere near either.
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [node('HUB', 0, 0, 100), node('SMALL', 30, 20, 2), node('FAR', 2_000, 2_000, 90)],
      layout: { name: 'preset' },
    });
    expect(c.$id('FAR').position()).toEqual({ x: 2_000, y: 2_000 });
    cy = c;
    applyLabelLevels(c);
    expect([...namesCoveredBy(c, ['SMALL'])]).toEqual(['HUB']);
    expect([...namesCoveredBy(c, ['FAR'])]).toEqual([]);
    // Two pinned names never cover each other.
    expect([...namesCoveredBy(c, ['SMALL', 'HUB'])]).toEqual([]);

    // The hub moved away and laid out again (a relabel): nothing covered, the boxes follow the names.
    c.$id('HUB').position({ x: -2_000, y: -2_000 });
    applyLabelLevels(c);
    expect([...namesCoveredBy(c, ['SMALL'])]).toEqual([]);
    c.$id('HUB').position({ x: 0, y: 0 });
    applyLabelLevels(c);
    expect([...namesCoveredBy(c, ['SMALL'])]).toEqual(['HUB']);
    // A hidden actor is not pinned.
    c.$id('SMALL').addClass('hidden');
    expect([...namesCoveredBy(c, ['SMALL'])]).toEqual([]);
  });

  it('leaves the small stylesheet as it was: the scene size, 12 px names from zoom 0.5', () => {
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet({ large: false }) as unknown as cytoscape.StylesheetJson,
      elements: [{ group: 'nodes', data: { id: 'A', text: 'A', degree: 3, size: 31, lmx: 0, lmy: 4 } }],
    });
    cy = c;
    expect(px(c, 'A', 'font-size')).toBe(12);
    expect(px(c, 'A', 'min-zoomed-font-size')).toBe(6);
    expect(px(c, 'A', 'width')).toBe(31);
  });
});

describe('fitting a big graph by its actors', () => {
  it('centres the actors in the canvas with the padding, within the zooms allowed', () => {
    const box = { x1: -500, y1: -100, x2: 1500, y2: 900 };
    const canvas = { width: 1048, height: 848 };
    const { zoom, pan } = fitViewport(box, canvas, { min: 0, max: 1.25 });
    expect(zoom).toBeCloseTo(0.5, 5);
    // The box's centre (500, 400) at the canvas's centre.
    expect(500 * zoom + pan.x).toBeCloseTo(524, 5);
    expect(400 * zoom + pan.y).toBeCloseTo(424, 5);
    expect(fitViewport({ x1: 0, y1: 0, x2: 10, y2: 10 }, canvas, { min: 0, max: 1.25 }).zoom).toBe(1.25);
    expect(fitViewport(box, canvas, { min: 0.92, max: 1.25 }).zoom).toBe(0.92);
  });
});
