import type { Actor, Brief, Path, Relationship, Snapshot } from '@briefgraph/graph/domain/schemas';

/** Small records shaped like the API's, for unit tests. */

export const actors: Actor[] = [
  { id: 'KOR', name: 'South Korea', kind: 'state', aliases: ['ROK', 'Seoul'], iso3: 'KOR' },
  { id: 'USA', name: 'United States', kind: 'state', aliases: ['US', 'Washington'], iso3: 'USA' },
  { id: 'PRK', name: 'North Korea', kind: 'state', aliases: ['DPRK'], iso3: 'PRK' },
  { id: 'CHN', name: 'China', kind: 'state', aliases: ['PRC'], iso3: 'CHN' },
  { id: 'RUS', name: 'Russia', kind: 'state', aliases: [], iso3: 'RUS' },
  { id: 'XI_JINPING', name: 'Xi Jinping', kind: 'person', aliases: ['Xi'] },
  { id: 'NATO', name: 'NATO', kind: 'organization', aliases: [] },
];

function rel(
  id: string,
  source: string,
  type: Relationship['type'],
  target: string,
  extra: Partial<Relationship> = {},
): Relationship {
  return {
    id,
    source,
    target,
    type,
    directed: !['ALLIANCE', 'PARTNERSHIP', 'TRADE', 'DIPLOMACY', 'SECURITY_COOPERATION'].includes(type),
    modality: 'fact',
    quadClass: 1,
    attributes: {},
    evidence: [{ briefId: 'brief-one', quote: 'quote', start: 0, end: 5 }],
    ...extra,
  };
}

export const relationships: Relationship[] = [
  rel('kor-alliance-usa', 'KOR', 'ALLIANCE', 'USA', { quadClass: 2 }),
  rel('prk-provocation-kor', 'PRK', 'PROVOCATION', 'KOR', { quadClass: 4 }),
  rel('chn-support-prk', 'CHN', 'SUPPORT', 'PRK', { quadClass: 1, modality: 'assessment' }),
  rel('chn-partnership-rus', 'CHN', 'PARTNERSHIP', 'RUS', { quadClass: 1 }),
  rel('usa-opposition-chn', 'USA', 'OPPOSITION', 'CHN', { quadClass: 3, modality: 'recommendation' }),
  rel('xi-jinping-leadership-chn', 'XI_JINPING', 'LEADERSHIP', 'CHN', { quadClass: null }),
];

export const koreaToRussia: Path = {
  nodes: [actors[0]!, actors[1]!, actors[3]!, actors[4]!],
  edges: [relationships[0]!, relationships[4]!, relationships[3]!],
  length: 3,
};

export const brief: Brief = {
  id: 'brief-one',
  title: 'A brief',
  publisher: 'An institute',
  authors: [{ name: 'A. Author' }],
  publishedOn: '2023-04-03',
  language: 'en',
  sha256: '0'.repeat(64),
  origin: 'seed',
  reviewed: true,
  text: 'Title\n\n \n\nNorth Korea provokes. China supports it.\nNext line.',
  spans: [],
  frontMatter: [],
};

/** A stored snapshot of the fixture graph, shaped like GET /api/snapshots/:id's answer. */
export function snapshotRecord(over: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 'abcdefghijklmnopqrstuv',
    version: 2,
    createdAt: '2026-12-01T10:00:00.000Z',
    title: 'A snapshot',
    source: 'Source: A brief, An institute, 2023-04-03',
    filters: {},
    frame: '16:9',
    scope: 'all',
    bundle: true,
    nodes: actors,
    edges: relationships,
    positions: Object.fromEntries(actors.map((a, i) => [a.id, { x: i * 100, y: 0 }])),
    zoom: 1,
    pan: { x: 0, y: 0 },
    ...over,
  };
}
