import { describe, expect, it } from 'vitest';
import type { DraftAnnotation } from './draft.types.ts';
import { DRAFTED_NOTES, toAnnotationParts } from './to-annotation.ts';

describe('toAnnotationParts', () => {
  const text = 'Seoul trades. Seoul trades with Tokyo.';
  const draft: DraftAnnotation = {
    actors: [
      { id: 'KOR', name: 'South Korea', kind: 'state', iso3: 'KOR', aliases: ['Seoul'], isNew: false },
      { id: 'JPN', name: 'Japan', kind: 'state', iso3: 'JPN', aliases: ['Tokyo'], isNew: false },
      { id: 'CHN', name: 'China', kind: 'state', iso3: 'CHN', aliases: [], isNew: false },
    ],
    relationships: [
      {
        id: 'jpn-trade-kor',
        source: 'JPN',
        target: 'KOR',
        type: 'TRADE',
        modality: 'fact',
        attributes: {},
        // "Seoul trades" occurs at 0 and at 14: this one is the second.
        evidence: [
          { quote: 'Seoul trades', start: 14, end: 26 },
          { quote: 'with Tokyo', start: 27, end: 37 },
        ],
        confidence: 0.7,
        cues: ['trades'],
        inferred: true,
        negated: false,
      },
      {
        id: 'chn-support-kor-negated',
        source: 'CHN',
        target: 'KOR',
        type: 'SUPPORT',
        modality: 'fact',
        attributes: {},
        evidence: [{ quote: 'Seoul', start: 0, end: 5 }],
        confidence: 0.7,
        cues: ['x'],
        inferred: false,
        negated: true,
      },
      {
        // Undirected, so in id order: the addressee (Japan) is the target and would be lost.
        id: 'chn-diplomacy-jpn',
        source: 'CHN',
        target: 'JPN',
        type: 'DIPLOMACY',
        modality: 'recommendation',
        attributes: {},
        evidence: [{ quote: 'with Tokyo', start: 27, end: 37 }],
        confidence: 0.6,
        cues: ['talks', 'should'],
        inferred: false,
        negated: false,
        addressee: 'JPN',
      },
    ],
  };

  it('turns offsets into occurrences, and the drafted flags and addressee into the file fields', () => {
    const parts = toAnnotationParts(text, draft);
    expect(parts.actors.map((a) => a.id)).toEqual(['KOR', 'JPN', 'CHN']);
    expect(parts.relationships.slice(1)).toEqual([
      {
        id: 'chn-support-kor-negated',
        source: 'CHN',
        target: 'KOR',
        type: 'SUPPORT',
        modality: 'fact',
        attributes: {},
        evidence: [{ quote: 'Seoul', occurrence: 1 }],
        negated: true,
        note: DRAFTED_NOTES.negated,
      },
      {
        id: 'chn-diplomacy-jpn',
        source: 'CHN',
        target: 'JPN',
        type: 'DIPLOMACY',
        modality: 'recommendation',
        attributes: {},
        evidence: [{ quote: 'with Tokyo' }],
        addressee: 'JPN',
      },
    ]);
  });

  it('gives a recommendation drafted without an addressee its source as one', () => {
    const bare = { ...draft.relationships[2]!, addressee: undefined, id: 'chn-diplomacy-jpn-2' };
    const parts = toAnnotationParts(text, { ...draft, relationships: [bare] });
    expect(parts.relationships[0]?.addressee).toBe('CHN');
  });

  it('drops actors left without a relationship', () => {
    const onlyTrade = { ...draft, relationships: [draft.relationships[0]!] };
    expect(toAnnotationParts(text, onlyTrade)).toEqual({
      actors: [
        { id: 'KOR', name: 'South Korea', kind: 'state', iso3: 'KOR', aliases: ['Seoul'] },
        { id: 'JPN', name: 'Japan', kind: 'state', iso3: 'JPN', aliases: ['Tokyo'] },
      ],
      relationships: [
        {
          id: 'jpn-trade-kor',
          source: 'JPN',
          target: 'KOR',
          type: 'TRADE',
          modality: 'fact',
          attributes: {},
          evidence: [{ quote: 'Seoul trades', occurrence: 2 }, { quote: 'with Tokyo' }],
          inferred: true,
          note: DRAFTED_NOTES.inferred,
        },
      ],
    });
  });
});
