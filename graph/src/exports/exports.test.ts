import { describe, expect, it } from 'vitest';
import type { Actor, Relationship } from '../domain/schemas.ts';
import { edgesCsv, evidenceCsv, nodesCsv } from './csv.ts';
import type { ExportGraph } from './export-graph.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';

const kor: Actor = { id: 'KOR', name: 'South Korea', kind: 'state', aliases: ['ROK', 'Seoul'], iso3: 'KOR' };
const prk: Actor = { id: 'PRK', name: 'North Korea <DPRK> & co', kind: 'state', aliases: [] };
const xi: Actor = { id: 'XI_JINPING', name: 'Xi Jinping', kind: 'person', aliases: [] };
const rel = (over: Partial<Relationship>): Relationship => ({
  id: 'prk-provocation-kor',
  source: 'PRK',
  target: 'KOR',
  type: 'PROVOCATION',
  directed: true,
  modality: 'fact',
  quadClass: 4,
  attributes: {},
  evidence: [{ briefId: 'brief-a', quote: 'North Korea\'s "provocations", continued', start: 10, end: 48 }],
  ...over,
});
const graph: ExportGraph = {
  nodes: [kor, prk, xi],
  edges: [
    rel({}),
    rel({
      id: 'kor-partnership-prk',
      source: 'KOR',
      target: 'PRK',
      type: 'PARTNERSHIP',
      directed: false,
      modality: 'recommendation',
      quadClass: 1,
      evidence: [
        { briefId: 'brief-a', quote: '=HYPERLINK("x")', start: 1, end: 2 },
        { briefId: 'brief-b', quote: 'line one\nline two', start: 3, end: 20 },
      ],
    }),
    rel({ id: 'xi-jinping-leadership-prk', source: 'XI_JINPING', type: 'LEADERSHIP', quadClass: null }),
  ],
  positions: { KOR: { x: 10, y: 20 }, PRK: { x: -5.5, y: 0 }, XI_JINPING: { x: 0, y: -30 } },
};

/** Tags nest and close, text holds no raw markup, and every & starts an entity. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let rest = body;
  while (rest.length) {
    const open = rest.indexOf('<');
    const text = open < 0 ? rest : rest.slice(0, open);
    if (/&(?!(amp|lt|gt|quot|#\d+);)/.test(text)) throw new Error(`bad entity in ${text}`);
    if (open < 0) break;
    const close = rest.indexOf('>', open);
    const tag = rest.slice(open + 1, close);
    if (/&(?!(amp|lt|gt|quot|#\d+);)/.test(tag) || tag.includes('<')) throw new Error(`bad tag ${tag}`);
    if (tag.startsWith('/')) {
      if (stack.pop() !== tag.slice(1)) throw new Error(`unbalanced </${tag.slice(1)}>`);
    } else if (!tag.endsWith('/')) {
      stack.push(tag.split(/\s/)[0]!);
    }
    rest = rest.slice(close + 1);
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(', ')}`);
}

describe('toGraphml', () => {
  it('writes well-formed GraphML with every actor and relationship, escaped', () => {
    const xml = toGraphml(graph);
    assertWellFormed(xml);
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(3);
    expect(xml).toContain('<data key="label">North Korea &lt;DPRK&gt; &amp; co</data>');
    expect(xml).toContain('source="PRK" target="KOR" directed="true"');
    expect(xml).toContain('id="kor-partnership-prk" source="KOR" target="PRK" directed="false"');
    expect(xml).toContain('<data key="aliases">ROK; Seoul</data>');
    expect(xml).toContain('<data key="x">10</data><data key="y">20</data>');
  });

  it('carries the evidence, as JSON and as plain quotes', () => {
    const xml = toGraphml(graph);
    const evidence =
      /<edge id="prk-provocation-kor"[\s\S]*?<data key="evidence">([^<]*)<\/data>/.exec(xml)?.[1] ?? '';
    const decoded = evidence
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual(graph.edges[0]!.evidence);
    expect(xml).toContain('<data key="quotes">=HYPERLINK(&quot;x&quot;) | line one&#10;line two</data>');
    const structural = xml.split('\n').find((line) => line.includes('id="xi-jinping-leadership-prk"')) ?? '';
    expect(structural).toContain('<data key="type">LEADERSHIP</data>');
    expect(structural).not.toContain('key="quadClass"');
  });
});

describe('toGexf', () => {
  it('writes well-formed GEXF 1.3 with viz colours, shapes and y-up positions', () => {
    const xml = toGexf(graph, { date: '2026-11-29', description: 'Sejong <brief>' });
    assertWellFormed(xml);
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<description>Sejong &lt;brief&gt;</description>');
    expect(xml).toMatch(
      /<node id="KOR" label="South Korea">.*<viz:color r="30" g="58" b="95"\/><viz:position x="10" y="-20" z="0"\/>/,
    );
    expect(xml).toMatch(/<node id="XI_JINPING"[^\n]*<viz:shape value="diamond"\/>/);
    expect(xml).toContain('type="directed" kind="PROVOCATION" label="provokes"');
    expect(xml).toContain('type="undirected" kind="PARTNERSHIP"');
    expect(xml).toMatch(/id="kor-partnership-prk"[^\n]*<viz:shape value="dotted"\/>/);
  });

  it('leaves out a missing quad class rather than writing an empty integer', () => {
    const line =
      toGexf(graph)
        .split('\n')
        .find((l) => l.includes('xi-jinping-leadership-prk')) ?? '';
    expect(line).not.toContain('for="quadClass"');
  });
});

describe('CSV', () => {
  it('writes actors with positions', () => {
    expect(nodesCsv(graph).split('\r\n')).toEqual([
      'id,name,kind,iso3,aliases,x,y',
      'KOR,South Korea,state,KOR,ROK; Seoul,10,20',
      'PRK,North Korea <DPRK> & co,state,,,-5.5,0',
      'XI_JINPING,Xi Jinping,person,,,0,-30',
      '',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    const csv = edgesCsv(graph);
    expect(
      csv.startsWith(
        'id,source,source_name,label,target,target_name,type,directed,modality,quad_class,brief_ids,quotes,attributes,addressee,inferred,negated,note\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      'prk-provocation-kor,PRK,North Korea <DPRK> & co,provokes,KOR,South Korea,PROVOCATION,true,fact,4,brief-a,"North Korea\'s ""provocations"", continued",,,false,false,',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"") | line one\nline two"`);
  });

  it('writes one evidence row per quote, with offsets', () => {
    const rows = evidenceCsv(graph).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 4);
    expect(rows[0]).toBe('relationship_id,source,type,target,modality,brief_id,start,end,quote');
    expect(rows[2]).toBe(
      `kor-partnership-prk,KOR,PARTNERSHIP,PRK,recommendation,brief-a,1,2,"'=HYPERLINK(""x"")"`,
    );
  });
});

describe('the annotation fields in every export', () => {
  const trade = rel({
    id: 'kor-trade-prk',
    type: 'TRADE',
    source: 'KOR',
    target: 'PRK',
    directed: false,
    quadClass: 2,
    attributes: {
      growth: { value: 116, unit: '%' },
      share: { value: 0.25, unit: 'share' },
      period: 'decade',
    },
  });
  const finding = rel({
    id: 'prk-support-kor',
    type: 'SUPPORT',
    quadClass: 1,
    negated: true,
    inferred: true,
    note: 'No support, the brief says.',
  });
  const advice = rel({
    id: 'kor-partnership-prk',
    source: 'KOR',
    target: 'PRK',
    type: 'PARTNERSHIP',
    directed: false,
    modality: 'recommendation',
    quadClass: 1,
    addressee: 'PRK',
  });
  const g: ExportGraph = { nodes: [kor, prk], edges: [trade, finding, advice] };

  it('CSV: attributes in words with their units, and the addressee, flags and note in columns of their own', () => {
    const rows = edgesCsv(g).trimEnd().split('\r\n');
    expect(rows[1]).toMatch(/,growth: 116 %; share: 1\/4; period: decade,,false,false,$/);
    expect(rows[2]).toMatch(/^prk-support-kor,PRK,[^,]+,does not support,/);
    expect(rows[2]).toMatch(/,,true,true,"No support, the brief says\."$/);
    expect(rows[3]).toMatch(/,,PRK,false,false,$/);
  });

  it('GraphML: the quantity as JSON, the flags as booleans, a negative finding grey and "does not …"', () => {
    const xml = toGraphml(g);
    expect(xml).toContain('<key id="negated" for="edge" attr.name="negated" attr.type="boolean"/>');
    expect(xml).toContain(
      '<data key="attributes">{&quot;growth&quot;:{&quot;value&quot;:116,&quot;unit&quot;:&quot;%&quot;}',
    );
    const edge = xml.split('\n').find((l) => l.includes('id="prk-support-kor"')) ?? '';
    expect(edge).toContain('<data key="elabel">does not support</data>');
    expect(edge).toContain('<data key="ecolor">#8c8c8c</data>');
    expect(edge).toContain(
      '<data key="negated">true</data><data key="note">No support, the brief says.</data>',
    );
    expect(xml).toContain('<data key="addressee">PRK</data>');
  });

  it('GEXF: the flags and addressee as attvalues, a negative finding grey, labelled with "not", and left out of sizes', () => {
    const xml = toGexf(g, { date: '2024-01-01' });
    expect(xml).toContain('<attribute id="negated" title="negated" type="boolean"/>');
    const edge = xml.split('\n').find((l) => l.includes('id="prk-support-kor"')) ?? '';
    expect(edge).toContain('label="does not support"');
    expect(edge).toContain('<attvalue for="negated" value="true"/>');
    expect(edge).toContain('<viz:color r="140" g="140" b="140"/>');
    expect(xml).toContain('<attvalue for="addressee" value="PRK"/>');
  });
});
