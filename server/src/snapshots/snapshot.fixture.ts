/**
 * Snapshots for unit tests of the renderers. The small one: four actors of three kinds, parallel
 * edges, a directed type, all three modalities and a highlighted path, in the content's own shape
 * ("auto"); the seed brief's graph; and a grid far larger than a slide.
 */
import type { Actor, Relationship, Snapshot } from '@briefgraph/graph/domain/schemas';
import { getRelationshipType } from '@briefgraph/graph/domain/vocabulary';
import { SEED_ACTORS, SEED_RELATIONSHIPS, SERVER_LAYOUT } from '@briefgraph/graph/drawing/seed-graph.fixture';

const actor = (id: string, name: string, kind: Actor['kind']): Actor => ({ id, name, kind, aliases: [] });

const relationship = (
  id: string,
  source: string,
  target: string,
  type: Relationship['type'],
  directed: boolean,
  modality: Relationship['modality'],
  quote: string,
): Relationship => ({
  id,
  source,
  target,
  type,
  directed,
  modality,
  quadClass: 2,
  attributes: {},
  evidence: [{ briefId: 'sejong-focus-2023-04-no25', quote, start: 0, end: quote.length }],
});

export function fixtureSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    version: 2,
    createdAt: '2026-11-29T12:00:00.000Z',
    title: 'Allies and provocations',
    caption: 'What the brief says.',
    source: 'Source: Sejong Focus No.25, The Sejong Institute, 2023-04-03',
    filters: {},
    frame: 'auto',
    scope: 'all',
    bundle: false,
    highlightedPath: ['PRK', 'prk-provocation-kor', 'KOR'],
    nodes: [
      actor('KOR', 'South Korea', 'state'),
      actor('USA', 'United States', 'state'),
      actor('PRK', 'North Korea', 'state'),
      actor('XI_JINPING', 'Xi Jinping', 'person'),
    ],
    edges: [
      relationship('kor-alliance-usa', 'KOR', 'USA', 'ALLIANCE', false, 'fact', 'the ROK-U.S. alliance'),
      relationship(
        'kor-security-cooperation-usa',
        'KOR',
        'USA',
        'SECURITY_COOPERATION',
        false,
        'recommendation',
        'security cooperation should be institutionalised',
      ),
      relationship(
        'prk-provocation-kor',
        'PRK',
        'KOR',
        'PROVOCATION',
        true,
        'fact',
        "North Korea's missile launches",
      ),
      relationship(
        'usa-deterrence-prk',
        'USA',
        'PRK',
        'DETERRENCE',
        true,
        'assessment',
        'extended deterrence',
      ),
    ],
    positions: {
      KOR: { x: 0, y: 0 },
      USA: { x: 220, y: -40 },
      PRK: { x: 60, y: -220 },
      XI_JINPING: { x: -200, y: 120 },
    },
    zoom: 1,
    pan: { x: 600, y: 400 },
    ...overrides,
  };
}

/** A relationship of the vocabulary with one made-up quote, for drawings of fixture graphs. */
export function fixtureRelationship(
  id: string,
  source: string,
  target: string,
  type: Relationship['type'],
  modality: Relationship['modality'] = 'fact',
): Relationship {
  const definition = getRelationshipType(type);
  return {
    id,
    source,
    target,
    type,
    directed: definition.directed,
    modality,
    quadClass: definition.quadClass,
    attributes: {},
    evidence: [{ briefId: 'sejong-focus-2023-04-no25', quote: `quote of ${id}`, start: 0, end: 10 }],
  };
}

/** The seed brief's graph (17 actors, 44 relationships) at the server's layout, 16:9, unbundled. */
export function seedSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return fixtureSnapshot({
    title: 'China-Russia Summit and South Korea',
    caption: 'Every actor and relationship of the brief.',
    frame: '16:9',
    highlightedPath: undefined,
    nodes: SEED_ACTORS.map((a) => ({ ...a, aliases: [] })),
    edges: SEED_RELATIONSHIPS.map((r) =>
      fixtureRelationship(r.id, r.source, r.target, r.type as Relationship['type'], r.modality),
    ),
    positions: { ...SERVER_LAYOUT },
    ...overrides,
  });
}

/**
 * `count` actors on a grid `columns` wide, 150 px apart, each tied to its right and lower
 * neighbours (trade, opposition by turns): a graph far larger than a slide at model size.
 */
export function gridSnapshot(count: number, columns: number, overrides: Partial<Snapshot> = {}): Snapshot {
  const nodes = Array.from({ length: count }, (_, i) => actor(`A${i}`, `Actor number ${i}`, 'state'));
  const edges: Relationship[] = [];
  for (let i = 0; i < count; i++) {
    const right = i + 1;
    const down = i + columns;
    if (right % columns !== 0 && right < count)
      edges.push(fixtureRelationship(`r${i}-${right}`, `A${i}`, `A${right}`, 'TRADE'));
    if (down < count)
      edges.push(fixtureRelationship(`d${i}-${down}`, `A${i}`, `A${down}`, 'OPPOSITION', 'assessment'));
  }
  return fixtureSnapshot({
    title: `${count} actors`,
    caption: undefined,
    frame: '16:9',
    highlightedPath: undefined,
    nodes,
    edges,
    positions: Object.fromEntries(
      nodes.map((n, i) => [n.id, { x: (i % columns) * 150, y: Math.floor(i / columns) * 150 }]),
    ),
    ...overrides,
  });
}
