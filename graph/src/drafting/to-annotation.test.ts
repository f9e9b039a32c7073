import { describe, expect, it } from 'vitest';
import type { DraftAnnotation } from './draft.types.ts';
import { toAnnotationParts } from './to-annotation.ts';

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
    ],
  };

  it('turns offsets into occurrences, drops negative findings and actors left without a relationship', () => {
    expect(toAnnotationParts(text, draft)).toEqual({
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
          note: 'drafted: an end is inferred, not named in the quote',
        },
      ],
    });
  });
});
