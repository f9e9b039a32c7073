import { describe, expect, it } from 'vitest';
import { GraphModel } from '../graph/graph-model.ts';
import { actors, koreaToRussia, relationships } from '../test-support/fixtures.ts';
import {
  describeEmptyPathResult,
  formatDate,
  pathChain,
  pathHops,
  relationshipSentence,
  relationshipVerb,
  sentenceText,
  typeDisplayName,
} from './sentences.ts';

const m = new GraphModel();
m.merge({ nodes: actors, edges: relationships });

describe('relationships as sentences', () => {
  it('reads a directed relationship in its stored direction', () => {
    const s = relationshipSentence(relationships[1]!, m.nameOf, 'KOR');
    expect(sentenceText(s)).toBe('North Korea provokes South Korea');
  });

  it('starts an undirected relationship from the actor whose panel shows it', () => {
    expect(sentenceText(relationshipSentence(relationships[0]!, m.nameOf, 'USA'))).toBe(
      'United States is allied with South Korea',
    );
    expect(sentenceText(relationshipSentence(relationships[0]!, m.nameOf))).toBe(
      'South Korea is allied with United States',
    );
  });

  it('starts an undirected recommendation from its addressee, whatever the id order and the panel', () => {
    const talks = {
      ...relationships[0]!,
      id: 'chn-diplomacy-kor',
      type: 'DIPLOMACY' as const,
      source: 'CHN',
      target: 'KOR',
      modality: 'recommendation' as const,
      addressee: 'KOR',
    };
    const names: Record<string, string> = { CHN: 'China', KOR: 'South Korea' };
    const nameOf = (id: string) => names[id] ?? id;
    for (const perspective of [undefined, 'CHN', 'KOR']) {
      expect(sentenceText(relationshipSentence(talks, nameOf, perspective))).toBe(
        'South Korea should hold talks with China',
      );
    }
  });

  it('reads a negative finding with "not"', () => {
    expect(relationshipVerb({ type: 'SUPPORT', modality: 'fact', negated: true })).toBe('does not support');
  });

  it('reads what the brief recommends or assesses as such, and facts plainly', () => {
    const talks = {
      ...relationships[0]!,
      id: 'kor-diplomacy-rus',
      type: 'DIPLOMACY' as const,
      target: 'RUS',
      modality: 'recommendation' as const,
    };
    expect(sentenceText(relationshipSentence(talks, m.nameOf))).toBe(
      'South Korea should hold talks with Russia',
    );
    expect(sentenceText(relationshipSentence(talks, m.nameOf, 'RUS'))).toBe(
      'Russia should hold talks with South Korea',
    );
    const oppose = { ...relationships[4]!, source: 'CHN', target: 'USA', modality: 'assessment' as const };
    expect(sentenceText(relationshipSentence(oppose, m.nameOf))).toBe(
      'China is assessed to oppose United States',
    );
    expect(relationshipVerb(relationships[1]!)).toBe('provokes');
    expect(relationshipVerb({ type: 'SANCTIONS', modality: 'recommendation' })).toBe(
      'sanctions (recommendation)',
    );
  });

  it('names types for people', () => {
    expect(typeDisplayName('SECURITY_COOPERATION')).toBe('Security cooperation');
  });

  it('formats dates the way a brief is cited', () => {
    expect(formatDate('2023-04-03')).toBe('3 April 2023');
  });
});

describe('paths as chains', () => {
  it('marks each hop with its type, arrows only on directed types, and what is not a fact', () => {
    expect(pathChain(koreaToRussia)).toBe(
      'South Korea —alliance— United States —opposition (recommended)→ China —partnership— Russia',
    );
  });

  it('when a hop runs against the arrow, it is drawn backwards', () => {
    const reversed = {
      nodes: [...koreaToRussia.nodes].reverse(),
      edges: [...koreaToRussia.edges].reverse(),
      length: 3,
    };
    expect(pathChain(reversed)).toBe(
      'Russia —partnership— China ←opposition (recommended)— United States —alliance— South Korea',
    );
    expect(pathHops(reversed)[1]?.alongArrow).toBe(false);
  });

  it('explains an empty result in the terms of the query', () => {
    const query = {
      from: 'KOR',
      to: 'RUS',
      k: 3,
      maxHops: 3,
      types: ['ALLIANCE' as const],
      direction: 'any' as const,
      stance: 'any' as const,
    };
    expect(describeEmptyPathResult(query, m.nameOf)).toBe(
      'No path from South Korea to Russia within 3 hops using alliance only.',
    );
    expect(
      describeEmptyPathResult(
        {
          ...query,
          types: ['ALLIANCE', 'TRADE', 'SUPPORT'],
          maxHops: 1,
          direction: 'outgoing',
          stance: 'conflict',
        },
        m.nameOf,
      ),
    ).toBe(
      'No path from South Korea to Russia within 1 hop using alliance, trade or support only through conflict ties only following the arrows.',
    );
  });
});
