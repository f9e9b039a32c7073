import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/api-client.ts';
import { knownRelationships } from './known-relationships.ts';
import type { Card, Review } from './review-model.ts';

const card = (over: Partial<Card>): Card => ({
  key: 'k',
  source: 'USA',
  target: 'KOR',
  type: 'SUPPORT',
  modality: 'fact',
  attributes: {},
  evidence: [{ quote: 'q', start: 0, end: 1 }],
  confidence: null,
  cues: [],
  inferred: false,
  negated: false,
  status: 'accepted',
  origin: 'manual',
  ...over,
});

const edge = (id: string, briefIds: string[]) => ({
  id,
  source: 'USA',
  target: 'KOR',
  type: 'SUPPORT',
  modality: 'recommendation',
  attributes: {},
  evidence: briefIds.map((briefId) => ({ briefId, quote: 'x', start: 0, end: 1 })),
});

describe('the ids other briefs hold', () => {
  it('asks each accepted source once, for its types, and keeps the edges another brief supports', async () => {
    const asked: string[] = [];
    const api = {
      neighborhood: async (id: string, p: { types?: readonly string[] }) => {
        asked.push(`${id} ${p.types?.join(',')}`);
        if (id === 'QUAD') throw new Error('404');
        return {
          nodes: [],
          edges: [edge('usa-support-kor', ['seed']), edge('usa-support-kor-fact', ['this'])],
          truncated: false,
        };
      },
    } as unknown as Pick<ApiClient, 'neighborhood'>;
    const review: Review = {
      actors: { NEW_ONE: { id: 'NEW_ONE', name: 'New', kind: 'other', aliases: [], isNew: true } },
      cards: [
        card({ key: 'a' }),
        card({ key: 'b', type: 'TRADE' }),
        card({ key: 'c', type: 'TRADE', status: 'rejected', source: 'CHN' }),
        card({ key: 'd', source: 'NEW_ONE' }),
        card({ key: 'e', source: 'QUAD' }),
        // Undirected: asked of the end first in id order.
        card({ key: 'f', source: 'KOR', target: 'JPN', type: 'ALLIANCE' }),
      ],
    };
    const known = await knownRelationships(api, review, 'this', new Set(['ALLIANCE']));
    expect(asked.sort()).toEqual(['JPN ALLIANCE', 'QUAD SUPPORT', 'USA SUPPORT,TRADE']);
    expect([...known.keys()]).toEqual(['usa-support-kor']);
  });
});
