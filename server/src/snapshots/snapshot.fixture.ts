/**
 * A small snapshot for unit tests of the renderers: four actors of three kinds, parallel edges,
 * a directed type, all three modalities and a highlighted path.
 */
import type { Actor, Relationship, Snapshot } from '@briefgraph/graph/domain/schemas';

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
