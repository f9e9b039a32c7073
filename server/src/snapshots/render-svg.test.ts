import { FADED_OPACITY } from '@briefgraph/graph/domain/emphasis';
import { FONT_FAMILY } from '@briefgraph/graph/domain/style-tokens';
import { getRelationshipType } from '@briefgraph/graph/domain/vocabulary';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { legendGroups } from './legend.ts';
import { renderGraphSvg, renderSnapshotSvg } from './render-svg.ts';
import { fixtureSnapshot } from './snapshot.fixture.ts';

/** The markup of one relationship's <g>. */
function edgeGroup(svg: string, id: string): string {
  const match = new RegExp(`<g class="edge[^"]*" data-relationship-id="${id}"[\\s\\S]*?</g>`).exec(svg);
  if (!match) throw new Error(`no edge ${id}`);
  return match[0];
}

describe('renderSnapshotSvg', () => {
  it('writes a well-formed SVG document whose size matches its attributes', () => {
    const { svg, width, height } = renderSnapshotSvg(fixtureSnapshot());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect(parsed.width).toBe(width);
    expect(parsed.height).toBe(height);
  });

  it('escapes a title and caption that hold markup: they come out as text', () => {
    const { svg } = renderSnapshotSvg(
      fixtureSnapshot({
        title: '<script>alert(1)</script> & "quotes"',
        caption: '<img src=x onerror=alert(1)>',
      }),
    );
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    new Resvg(svg, { font: { loadSystemFonts: false } });
  });

  it('keeps text as text, in the shared font family', () => {
    const { svg } = renderSnapshotSvg(fixtureSnapshot());
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
    expect(svg).toMatch(/<text[^>]*>Allies and provocations<\/text>/);
    expect(svg).toMatch(/<tspan[^>]*>South Korea<\/tspan>/);
    expect(svg).toContain('Source: Sejong Focus No.25, The Sejong Institute, 2023-04-03');
  });

  it('gives every relationship its id and a tooltip with its quote, and every actor its name', () => {
    const snapshot = fixtureSnapshot();
    const { svg } = renderSnapshotSvg(snapshot);
    expect(svg.match(/data-relationship-id="/g)).toHaveLength(snapshot.edges.length);
    expect(svg.match(/data-actor-id="/g)).toHaveLength(snapshot.nodes.length);
    expect(edgeGroup(svg, 'kor-alliance-usa')).toContain(
      '<title>South Korea is allied with United States: “the ROK-U.S. alliance”&#10;(Fact)</title>',
    );
    expect(edgeGroup(svg, 'kor-security-cooperation-usa')).toContain(
      '<title>South Korea should cooperate on security with United States: “security cooperation should be institutionalised”&#10;(Recommendation)</title>',
    );
    expect(svg).toContain('<title>Xi Jinping (Person)</title>');
  });

  it('draws arrows on directed types only, and dashes by modality', () => {
    const { svg } = renderSnapshotSvg(fixtureSnapshot());
    expect(edgeGroup(svg, 'kor-alliance-usa')).not.toContain('<polygon');
    expect(edgeGroup(svg, 'usa-deterrence-prk')).toContain('<polygon');
    expect(edgeGroup(svg, 'kor-alliance-usa')).not.toContain('stroke-dasharray');
    expect(edgeGroup(svg, 'usa-deterrence-prk')).toContain('stroke-dasharray="8 5"');
    expect(edgeGroup(svg, 'kor-security-cooperation-usa')).toContain('stroke-dasharray="2 4"');
  });

  it('colours relationships by type and draws parallel ones apart', () => {
    const { svg } = renderSnapshotSvg(fixtureSnapshot());
    expect(edgeGroup(svg, 'kor-alliance-usa')).toContain(`stroke="${getRelationshipType('ALLIANCE').color}"`);
    const curve = (id: string) => /<path d="([^"]+)" fill="none" stroke="#/.exec(edgeGroup(svg, id))?.[1];
    expect(curve('kor-alliance-usa')).toContain('Q');
    expect(curve('kor-alliance-usa')).not.toBe(curve('kor-security-cooperation-usa'));
  });

  it('weights a relationship by the briefs that support it when the snapshot says so, as the explorer drew it', () => {
    const base = fixtureSnapshot({ highlightedPath: undefined });
    const edges = base.edges.map((e) =>
      e.id === 'kor-alliance-usa'
        ? { ...e, evidence: [...e.evidence, { briefId: 'second-brief', quote: 'allies', start: 0, end: 6 }] }
        : e,
    );
    const width = (svg: string, id: string) =>
      Number(/stroke="#[0-9a-f]{6}" stroke-width="([\d.]+)"/i.exec(edgeGroup(svg, id))?.[1]);
    const plain = renderSnapshotSvg({ ...base, edges }).svg;
    const weighted = renderSnapshotSvg({ ...base, edges, corroboration: true }).svg;
    expect(width(plain, 'kor-alliance-usa')).toBe(2);
    expect(width(weighted, 'kor-alliance-usa')).toBeCloseTo(3.2);
    expect(width(weighted, 'kor-security-cooperation-usa')).toBe(2);
    expect(weighted).toContain('Briefs supporting it');
    expect(plain).not.toContain('Briefs supporting it');
  });

  it('emphasises the highlighted path: thicker edge, ringed actors, the verb written', () => {
    const { svg } = renderSnapshotSvg(fixtureSnapshot());
    expect(edgeGroup(svg, 'prk-provocation-kor')).toMatch(/class="edge path"[\s\S]*stroke-width="4.5"/);
    expect(svg).toMatch(/<g class="node path" data-actor-id="PRK"/);
    expect(svg).toMatch(/<text[^>]*>provokes<\/text>/);
    expect(renderSnapshotSvg(fixtureSnapshot({ highlightedPath: undefined })).svg).not.toContain(
      '>provokes<',
    );
  });

  it('ghosts what is not emphasised, as the explorer fades it: the path, or else a focus', () => {
    const opacityOf = (svg: string, id: string) =>
      /opacity="([\d.]+)"/.exec(new RegExp(`data-actor-id="${id}"([^>]*)>`).exec(svg)?.[1] ?? '')?.[1] ?? '1';
    const path = renderSnapshotSvg(fixtureSnapshot()).svg;
    expect(opacityOf(path, 'PRK')).toBe('1');
    expect(opacityOf(path, 'XI_JINPING')).toBe(String(FADED_OPACITY));
    const focus = renderSnapshotSvg(
      fixtureSnapshot({
        highlightedPath: undefined,
        emphasis: { focus: { actorId: 'XI_JINPING', depth: 1 } },
      }),
    ).svg;
    expect(opacityOf(focus, 'XI_JINPING')).toBe('1');
    expect(opacityOf(focus, 'USA')).toBe(String(FADED_OPACITY));
  });

  it('leaves out title, legend and source when asked, and the background when transparent', () => {
    const full = renderSnapshotSvg(fixtureSnapshot());
    const bare = renderSnapshotSvg(fixtureSnapshot(), {
      title: false,
      legend: false,
      source: false,
      background: 'transparent',
    });
    expect(full.svg).toContain('class="legend"');
    expect(bare.svg).not.toContain('class="legend"');
    expect(bare.svg).not.toMatch(/<text[^>]*>Allies and provocations/);
    expect(bare.svg).not.toContain('Source:');
    expect(bare.svg).not.toContain('<rect width="100%" height="100%"');
    expect(bare.height).toBeLessThan(full.height);
  });

  it('is as wide as the graph needs, and at least 640 px', () => {
    const small = renderSnapshotSvg(fixtureSnapshot());
    expect(small.width).toBe(640);
    const wide = renderSnapshotSvg(
      fixtureSnapshot({ positions: { ...fixtureSnapshot().positions, USA: { x: 2400, y: 0 } } }),
    );
    expect(wide.width).toBeGreaterThan(2600);
  });
});

describe('legendGroups', () => {
  const drawn = (snapshot = fixtureSnapshot()) => ({ nodes: snapshot.nodes, edges: snapshot.edges });

  it('lists only the actor kinds, relationship types and modalities present, cooperation apart from conflict', () => {
    const groups = Object.fromEntries(
      legendGroups({
        ...drawn(),
        highlight: { path: { from: 'North Korea', to: 'South Korea' }, faded: true },
      }).map((g) => [g.title, g.items.map((i) => i.label)]),
    );
    expect(groups).toEqual({
      Actors: ['State', 'Person'],
      Cooperation: ['Alliance', 'Security cooperation'],
      Conflict: ['Deterrence', 'Provocation'],
      Statements: ['Fact', 'Assessment (“is assessed to …”)', 'Recommendation (“should …”)'],
      Highlight: ['Highlighted path: North Korea → South Korea', 'Faded: the rest of the view'],
    });
  });

  it('draws conflict swatches with the bar behind the arrowhead, as the lines end', () => {
    const [, cooperation, conflict] = legendGroups(drawn());
    expect(conflict!.items.every((i) => i.swatch.includes('<rect'))).toBe(true);
    expect(cooperation!.items.some((i) => i.swatch.includes('<rect'))).toBe(false);
  });

  it('dashes the statement swatches as the scene dashes the lines, scaled as they are drawn', () => {
    const statements = (lineScale: number) =>
      legendGroups({ ...drawn(), lineScale }).find((g) => g.title === 'Statements')!.items;
    expect(statements(1)[1]!.swatch).toContain('stroke-dasharray="8 5"');
    expect(statements(1)[2]!.swatch).toContain('stroke-dasharray="2 4"');
    expect(statements(2)[1]!.swatch).toContain('stroke-dasharray="16 10"');
  });

  it('has no highlight entry without a highlight, and no empty groups', () => {
    const titles = legendGroups({ nodes: fixtureSnapshot().nodes, edges: [] }).map((g) => g.title);
    expect(titles).toEqual(['Actors']);
  });
});

describe('renderGraphSvg (embed)', () => {
  it('gives elements ids to move between and wide pointer targets, and no focus stops or tooltips', () => {
    const { svg } = renderGraphSvg(fixtureSnapshot());
    const edge = edgeGroup(svg, 'kor-alliance-usa');
    expect(edge).toContain('id="r-kor-alliance-usa"');
    expect(edge).toContain('aria-label="South Korea is allied with United States"');
    expect(edge).toContain('class="hit"');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('role="button"');
    expect(svg).not.toContain('<title>');
    expect(svg).toMatch(/viewBox="[-\d.]+ [-\d.]+ [\d.]+ [\d.]+"/);
  });
});
