import { FADED_OPACITY } from '@briefgraph/graph/domain/emphasis';
import { FRAME_PRESETS, type FrameSize } from '@briefgraph/graph/domain/frame';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { MIN_TEXT, SLIDE_SHORT_SIDE } from './render-frame.ts';
import { renderFramedSnapshot, renderSnapshotSvg } from './render-svg.ts';
import { fixtureRelationship, fixtureSnapshot, gridSnapshot, seedSnapshot } from './snapshot.fixture.ts';

/** The graph group's matrix scale and offset, in px of the frame. */
function graphTransform(svg: string) {
  const m = /<g class="graph" transform="matrix\(([-\d.e]+) 0 0 [-\d.e]+ ([-\d.e]+) ([-\d.e]+)\)">/.exec(svg);
  if (!m) throw new Error('no graph group');
  return { k: Number(m[1]), tx: Number(m[2]), ty: Number(m[3]) };
}

/** Every text's size as drawn, in px of the frame: graph text × its scale, chrome × the slide unit. */
function drawnTextSizes(svg: string): { graph: number[]; chrome: number[] } {
  const graphPart = svg.slice(svg.indexOf('<g class="graph"'), svg.indexOf('<g class="chrome"'));
  const chromePart = svg.slice(svg.indexOf('<g class="chrome"'));
  const unit = Number(/<g class="chrome" transform="scale\(([\d.]+)\)">/.exec(svg)?.[1]);
  const sizes = (part: string) =>
    [...part.matchAll(/<text[^>]* font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  const { k } = graphTransform(svg);
  return { graph: sizes(graphPart).map((s) => s * k), chrome: sizes(chromePart).map((s) => s * unit) };
}

/** Centres of the actors as drawn, in px of the frame. */
function actorCentres(svg: string): { x: number; y: number }[] {
  const { k, tx, ty } = graphTransform(svg);
  return [...svg.matchAll(/data-actor-id="[^"]+" transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)].map(
    (m) => ({
      x: Number(m[1]) * k + tx,
      y: Number(m[2]) * k + ty,
    }),
  );
}

describe('a snapshot drawn in a slide frame', () => {
  it.each([
    ['16:9', FRAME_PRESETS['16:9']],
    ['4:3', FRAME_PRESETS['4:3']],
    ['1:1', FRAME_PRESETS['1:1']],
    [
      { width: 1280, height: 720 },
      { width: 1280, height: 720 },
    ],
  ] as const)('is exactly the frame’s size (%j), and resvg reads it so', (frame, size: FrameSize) => {
    const { svg, width, height } = renderSnapshotSvg(seedSnapshot({ frame }));
    expect([width, height]).toEqual([size.width, size.height]);
    const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect([parsed.width, parsed.height]).toEqual([size.width, size.height]);
  });

  it('keeps the shape of its content with the "auto" frame', () => {
    const auto = renderSnapshotSvg(seedSnapshot({ frame: 'auto' }));
    expect(auto.width).not.toBe(1920);
    expect(auto.height).toBeGreaterThan(auto.width * 0.6);
  });

  it('fits the graph inside the frame with margins, centred in the room left by the chrome', () => {
    const framed = renderFramedSnapshot(seedSnapshot(), FRAME_PRESETS['16:9']);
    const centres = actorCentres(framed.svg);
    expect(centres).toHaveLength(17);
    const area = framed.graphArea;
    for (const c of centres) {
      expect(c.x).toBeGreaterThan(area.x1);
      expect(c.x).toBeLessThan(area.x2);
      expect(c.y).toBeGreaterThan(area.y1);
      expect(c.y).toBeLessThan(area.y2);
    }
    expect(area.x1).toBeGreaterThanOrEqual(40);
    expect(area.y1).toBeGreaterThan(80); // under the title and caption
    // The drawing touches the area on one axis at least (scaled to fit, not left small).
    const { scene, scale, offset } = framed.fitted;
    const drawnW = (scene.bounds.x2 - scene.bounds.x1) * scale;
    const drawnH = (scene.bounds.y2 - scene.bounds.y1) * scale;
    const fits = [drawnW / (area.x2 - area.x1), drawnH / (area.y2 - area.y1)];
    expect(Math.max(...fits)).toBeCloseTo(1, 3);
    // Centred: as much room on either side.
    const left = offset.x + scene.bounds.x1 * scale - area.x1;
    const right = area.x2 - (offset.x + scene.bounds.x2 * scale);
    expect(left).toBeCloseTo(right, 3);
  });

  it('puts a compact legend beside the graph in landscape frames and under it in square ones', () => {
    for (const frame of [FRAME_PRESETS['16:9'], FRAME_PRESETS['4:3']]) {
      const framed = renderFramedSnapshot(seedSnapshot(), frame);
      expect(framed.legendPlacement).toBe('beside');
      const box = framed.legendBox!;
      const slide = { w: frame.width / framed.unit, h: frame.height / framed.unit };
      // Beside the drawing, never over it.
      const { scene, scale, offset } = framed.fitted;
      expect(box.x1).toBeGreaterThan(offset.x + scene.bounds.x2 * scale);
      // At most a fifth of the slide, and only what the graph holds.
      expect(((box.x2 - box.x1) * (box.y2 - box.y1)) / (slide.w * slide.h)).toBeLessThan(0.2);
      expect(box.x2 - box.x1).toBeLessThan(0.25 * slide.w);
    }
    const square = renderFramedSnapshot(seedSnapshot(), FRAME_PRESETS['1:1']);
    expect(square.legendPlacement).toBe('below');
    expect(square.legendBox!.y1).toBeGreaterThan(square.graphArea.y2);
    expect((square.legendBox!.y2 - square.legendBox!.y1) / SLIDE_SHORT_SIDE).toBeLessThan(0.25);
  });

  it('lists in the legend only what the graph holds', () => {
    const { svg } = renderSnapshotSvg(fixtureSnapshot({ frame: '16:9' }));
    const legend = svg.slice(svg.indexOf('<g class="legend"'), svg.indexOf('<g class="source"'));
    const labels = [...legend.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Actors',
      'State',
      'Person',
      'Cooperation',
      'Alliance',
      'Security cooperation',
      'Conflict',
      'Deterrence',
      'Provocation',
      'Statements',
      'Fact',
      'Assessment (“is assessed to …”)',
      'Recommendation (“should …”)',
      'Highlight',
      'Highlighted path: North Korea → South Korea',
      'Faded: the rest of the view',
    ]);
  });

  it.each([
    ['the seed graph', seedSnapshot()],
    ['the seed graph with a path', seedSnapshot({ highlightedPath: ['KOR', 'usa-deployment-kor', 'USA'] })],
    ['a 200-actor grid', gridSnapshot(200, 20)],
    ['a chain 60 actors long', gridSnapshot(60, 60)],
  ])('sets no text under 14 px at 1920×1080, and still fits every actor in (%s)', (_, snapshot) => {
    const framed = renderFramedSnapshot(snapshot, FRAME_PRESETS['16:9']);
    const sizes = drawnTextSizes(framed.svg);
    expect(sizes.graph.length).toBeGreaterThan(0);
    expect(Math.min(...sizes.graph, ...sizes.chrome)).toBeGreaterThanOrEqual(MIN_TEXT - 0.01);
    for (const c of actorCentres(framed.svg)) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x).toBeLessThanOrEqual(1920);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.y).toBeLessThanOrEqual(1080);
    }
  });

  it('leaves out names that would overlap rather than print them over each other, and says so', () => {
    const framed = renderFramedSnapshot(gridSnapshot(200, 20), FRAME_PRESETS['16:9']);
    const shown = framed.fitted.scene.nodes.length - framed.hiddenNames.size;
    expect(framed.hiddenNames.size).toBeGreaterThan(0);
    expect(framed.svg.match(/class="node-label"/g)).toHaveLength(shown);
    expect(framed.svg).toContain(`names shown for ${shown} of 200 actors, where they do not overlap`);
    // Every actor is still drawn and named in its tooltip.
    expect(framed.svg.match(/data-actor-id="/g)).toHaveLength(200);
  });

  it('draws faded elements at 0.25 opacity or less, and leaves them out with scope "emphasis"', () => {
    const path = ['KOR', 'usa-deployment-kor', 'USA'];
    const faded = renderSnapshotSvg(seedSnapshot({ highlightedPath: path })).svg;
    const opacities = [...faded.matchAll(/class="(?:edge|node)[^"]*faded"[^>]* opacity="([\d.]+)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(opacities.length).toBe(15 + 43);
    expect(Math.max(...opacities)).toBeLessThanOrEqual(0.25);
    expect(opacities[0]).toBe(FADED_OPACITY);

    const only = renderSnapshotSvg(seedSnapshot({ highlightedPath: path, scope: 'emphasis' })).svg;
    expect(only.match(/data-actor-id="/g)).toHaveLength(2);
    expect(only.match(/data-relationship-id="/g)).toHaveLength(1);
    expect(only).not.toContain('faded');
    expect(only).not.toContain('Faded:');
    expect(only).toContain('Showing the highlighted path: 1 of 44 relationships');
  });

  it('writes verbs as their modality reads: "should …", "is assessed to …"', () => {
    const recommendation = renderSnapshotSvg(
      seedSnapshot({ highlightedPath: ['KOR', 'kor-diplomacy-rus', 'RUS'], scope: 'emphasis' }),
    ).svg;
    expect(recommendation).toMatch(/<text[^>]*>should hold talks with<\/text>/);
    const assessment = renderSnapshotSvg(
      fixtureSnapshot({ frame: '16:9', highlightedPath: ['USA', 'usa-deterrence-prk', 'PRK'] }),
    ).svg;
    expect(assessment).toMatch(/<text[^>]*>is assessed to deter<\/text>/);
    expect(assessment).toContain(
      '<title>United States is assessed to deter North Korea: “extended deterrence”',
    );
  });

  it('ends conflict lines with a bar behind the arrowhead, cooperation lines without', () => {
    const { svg } = renderSnapshotSvg(fixtureSnapshot({ frame: '16:9' }));
    const group = (id: string) =>
      new RegExp(`data-relationship-id="${id}"[\\s\\S]*?</g>`).exec(svg)?.[0] ?? '';
    expect(group('prk-provocation-kor')).toContain('class="tee"');
    expect(group('usa-deterrence-prk')).toContain('class="tee"');
    expect(group('kor-alliance-usa')).not.toContain('<polygon');
  });

  it('says in words what the filters leave out', () => {
    const { svg } = renderSnapshotSvg(
      seedSnapshot({
        filters: { quadClass: [3, 4] },
        edges: seedSnapshot().edges.filter((e) => e.quadClass === 3 || e.quadClass === 4),
      }),
    );
    expect(svg).toMatch(/<g class="filters"><text[^>]*>Showing conflict only: 14 relationships<\/text>/);
    const withTotal = renderSnapshotSvg({
      ...seedSnapshot({ filters: { types: ['ALLIANCE', 'TRADE'] } }),
      totalEdges: 60,
    });
    expect(withTotal.svg).toContain('Showing alliance, trade: 44 of 60 relationships');
  });

  it('never writes NaN or Infinity, whatever the schema let through', () => {
    const far = 1_000_000;
    const cases = [
      fixtureSnapshot({ frame: '16:9', edges: [], highlightedPath: undefined }),
      fixtureSnapshot({
        frame: { width: 320, height: 240 },
        positions: {
          KOR: { x: 0, y: 0 },
          USA: { x: 0, y: 0 },
          PRK: { x: 0, y: 0 },
          XI_JINPING: { x: 0, y: 0 },
        },
      }),
      fixtureSnapshot({
        frame: { width: 7680, height: 240 },
        positions: {
          KOR: { x: -far, y: -far },
          USA: { x: far, y: far },
          PRK: { x: far, y: -far },
          XI_JINPING: { x: 0, y: 0 },
        },
      }),
      fixtureSnapshot({ frame: '1:1', title: 'x'.repeat(200), caption: 'y '.repeat(400), scope: 'emphasis' }),
      fixtureSnapshot({ frame: '4:3', highlightedPath: ['NOT_HERE'], scope: 'emphasis' }),
      fixtureSnapshot({
        frame: '16:9',
        nodes: [{ id: 'SOLO', name: 'A very long name '.repeat(8), kind: 'event', aliases: [] }],
        edges: [fixtureRelationship('solo-loop', 'SOLO', 'SOLO', 'PROVOCATION')],
        positions: { SOLO: { x: 5, y: 5 } },
        highlightedPath: undefined,
      }),
    ];
    for (const snapshot of cases) {
      for (const options of [{}, { title: false, legend: false, source: false }]) {
        const { svg, width, height } = renderSnapshotSvg(snapshot, options);
        expect(svg).not.toMatch(/NaN|Infinity/);
        expect(Number.isFinite(width) && Number.isFinite(height)).toBe(true);
        new Resvg(svg, { font: { loadSystemFonts: false } });
      }
    }
  });
});
