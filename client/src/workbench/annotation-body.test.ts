import type { Brief } from '@briefgraph/graph/domain/schemas';
import { describe, expect, it } from 'vitest';
import { actorIdFromName, buildAnnotationBody, occurrenceOf, relationshipIds } from './annotation-body.ts';
import { type Card, createCard, type Review, setStatus } from './review-model.ts';

const text = 'Japan and South Korea should cooperate. Japan and South Korea trade. The U.S. backs Japan.';

const brief: Brief = {
  id: 'test-brief',
  title: 'A test',
  publisher: 'Institute',
  authors: [{ name: 'A. Author' }],
  publishedOn: '2024-05-06',
  language: 'en',
  sha256: 'a'.repeat(64),
  series: 'Notes',
  origin: 'app',
  reviewed: false,
  text,
  spans: [],
  frontMatter: [],
};

const at = (quote: string, nth = 1) => {
  let i = -1;
  for (let n = 0; n < nth; n++) i = text.indexOf(quote, i + 1);
  return { quote, start: i, end: i + quote.length };
};

const card = (key: string, over: Partial<Card>): Card => ({
  key,
  source: 'JPN',
  target: 'KOR',
  type: 'ALLIANCE',
  modality: 'fact',
  attributes: {},
  evidence: [at('Japan and South Korea')],
  confidence: 0.7,
  cues: ['cooperate'],
  inferred: false,
  negated: false,
  status: 'proposed',
  origin: 'draft',
  ...over,
});

const actors: Review['actors'] = {
  JPN: { id: 'JPN', name: 'Japan', kind: 'state', iso3: 'JPN', aliases: ['Tokyo'], isNew: false },
  KOR: { id: 'KOR', name: 'South Korea', kind: 'state', iso3: 'KOR', aliases: ['ROK'], isNew: false },
  USA: { id: 'USA', name: 'United States', kind: 'state', iso3: 'USA', aliases: ['U.S.'], isNew: false },
  NATO: { id: 'NATO', name: 'NATO', kind: 'organization', aliases: [], isNew: false },
};

describe('occurrence of a quote', () => {
  it('is left out for a unique quote and 1-based among overlapping occurrences otherwise', () => {
    expect(occurrenceOf(text, 'The U.S.', text.indexOf('The U.S.'))).toBeUndefined();
    expect(occurrenceOf(text, 'Japan and', at('Japan and', 1).start)).toBe(1);
    expect(occurrenceOf(text, 'Japan and', at('Japan and', 2).start)).toBe(2);
    // "aa" occurs three times in "aaaa", overlapping: offsets 0, 1, 2.
    expect(occurrenceOf('aaaa', 'aa', 1)).toBe(2);
    expect(occurrenceOf('aaaa', 'aa', 2)).toBe(3);
  });

  it('refuses offsets where the quote does not start', () => {
    expect(() => occurrenceOf(text, 'Japan', 3)).toThrow(/does not start/);
  });
});

describe('ids', () => {
  it('derives an upper-snake actor id from a name, accents and punctuation dropped', () => {
    expect(actorIdFromName('Xi Jinping')).toBe('XI_JINPING');
    expect(actorIdFromName('  Ōsaka Forum (2024) ')).toBe('OSAKA_FORUM_2024');
    expect(actorIdFromName('G7')).toBe('G7');
    expect(actorIdFromName('7 Nations')).toBe('A_7_NATIONS');
    expect(actorIdFromName('X')).toMatch(/^[A-Z][A-Z0-9_]{1,63}$/);
  });

  it('names relationships lower-kebab source-type-target, the modality then -2 on a clash', () => {
    expect(
      relationshipIds([
        { source: 'KOR', type: 'ALLIANCE', target: 'USA', modality: 'fact' },
        { source: 'XI_JINPING', type: 'LEADERSHIP', target: 'CHN', modality: 'fact' },
        { source: 'KOR', type: 'ALLIANCE', target: 'USA', modality: 'recommendation' },
        { source: 'KOR', type: 'ALLIANCE', target: 'USA', modality: 'recommendation' },
      ]),
    ).toEqual([
      'kor-alliance-usa',
      'xi-jinping-leadership-chn',
      'kor-alliance-usa-recommendation',
      'kor-alliance-usa-recommendation-2',
    ]);
  });

  it("reuses another brief's id for the same relationship and never for another one", () => {
    const known = new Map([
      ['usa-support-kor', { source: 'USA', target: 'KOR', type: 'SUPPORT', modality: 'recommendation' }],
      ['prk-provocation-kor', { source: 'PRK', target: 'KOR', type: 'PROVOCATION', modality: 'fact' }],
    ]);
    expect(
      relationshipIds(
        [
          { source: 'USA', type: 'SUPPORT', target: 'KOR', modality: 'fact' },
          { source: 'PRK', type: 'PROVOCATION', target: 'KOR', modality: 'fact' },
        ],
        known,
      ),
    ).toEqual(['usa-support-kor-fact', 'prk-provocation-kor']);
  });
});

describe('the PUT body', () => {
  const review: Review = {
    actors,
    cards: [
      card('d1', {
        status: 'accepted',
        modality: 'recommendation',
        evidence: [at('Japan and South Korea should cooperate')],
      }),
      card('d2', { status: 'rejected' }),
      card('d3', { status: 'accepted', type: 'TRADE', evidence: [at('Japan and South Korea', 2)] }),
      card('d4', { status: 'proposed', source: 'NATO' }),
    ],
  };

  it('holds the accepted cards only, evidence by quote with its occurrence, and the actors they use', () => {
    const { body, cardKeys } = buildAnnotationBody(brief, review);
    expect(cardKeys).toEqual(['d1', 'd3']);
    expect(body.relationships).toEqual([
      {
        id: 'jpn-alliance-kor',
        source: 'JPN',
        target: 'KOR',
        type: 'ALLIANCE',
        modality: 'recommendation',
        attributes: {},
        evidence: [{ quote: 'Japan and South Korea should cooperate' }],
      },
      {
        id: 'jpn-trade-kor',
        source: 'JPN',
        target: 'KOR',
        type: 'TRADE',
        modality: 'fact',
        attributes: {},
        evidence: [{ quote: 'Japan and South Korea', occurrence: 2 }],
      },
    ]);
    expect(body.actors.map((a) => a.id)).toEqual(['JPN', 'KOR']);
    expect(body.actors[0]).toEqual({
      id: 'JPN',
      name: 'Japan',
      kind: 'state',
      iso3: 'JPN',
      aliases: ['Tokyo'],
    });
    expect(body.brief).toEqual({
      id: 'test-brief',
      title: 'A test',
      series: 'Notes',
      publisher: 'Institute',
      authors: [{ name: 'A. Author' }],
      publishedOn: '2024-05-06',
      language: 'en',
      sha256: 'a'.repeat(64),
      textFile: 'test-brief.txt',
    });
    expect(body.frontMatter).toEqual([]);
  });

  it('sends inferred, negated, addressee and note only when set; an inferred end always has a note', () => {
    const made = createCard(
      { actors, cards: [] },
      {
        source: 'USA',
        target: 'JPN',
        type: 'SUPPORT',
        modality: 'recommendation',
        attributes: { share: 116, unit: '%' },
        evidence: [at('The U.S. backs Japan')],
        inferred: false,
        negated: true,
        addressee: 'USA',
        note: 'Checked by hand.',
      },
      [],
    );
    const withDraft = {
      ...made,
      cards: [
        ...made.cards,
        card('d9', { status: 'accepted', inferred: true, evidence: [at('South Korea trade')] }),
      ],
    };
    const { body } = buildAnnotationBody(brief, withDraft);
    expect(body.relationships[0]).toMatchObject({
      negated: true,
      addressee: 'USA',
      note: 'Checked by hand.',
      attributes: { share: 116, unit: '%' },
    });
    expect(body.relationships[0]).not.toHaveProperty('inferred');
    expect(body.relationships[1]).toMatchObject({ inferred: true, note: expect.stringMatching(/inferred/) });
    expect(body.relationships[1]).not.toHaveProperty('negated');
    expect(body.relationships[1]).not.toHaveProperty('addressee');
  });

  it('puts the ends of an undirected relationship in id order, and two cards saying the same in one', () => {
    const same: Review = {
      actors,
      cards: [
        card('a', {
          status: 'accepted',
          source: 'KOR',
          target: 'JPN',
          evidence: [at('Japan and South Korea', 1)],
        }),
        card('b', {
          status: 'accepted',
          source: 'JPN',
          target: 'KOR',
          evidence: [at('Japan and South Korea', 2)],
        }),
        card('c', {
          status: 'accepted',
          source: 'USA',
          target: 'JPN',
          type: 'SUPPORT',
          evidence: [at('The U.S. backs Japan')],
        }),
      ],
    };
    const { body, cardKeys } = buildAnnotationBody(brief, same, { undirected: new Set(['ALLIANCE']) });
    expect(body.relationships.map((r) => [r.id, r.source, r.target, r.evidence.length])).toEqual([
      ['jpn-alliance-kor', 'JPN', 'KOR', 2],
      ['usa-support-jpn', 'USA', 'JPN', 1],
    ]);
    expect(cardKeys).toEqual(['a', 'c']);
  });

  it('keeps a new actor as the reviewer made it', () => {
    const r = createCard(
      { actors, cards: [] },
      {
        source: 'QUAD',
        target: 'JPN',
        type: 'PARTNERSHIP',
        modality: 'fact',
        attributes: {},
        evidence: [at('Japan')],
        inferred: false,
        negated: false,
      },
      [{ id: 'QUAD', name: 'The Quad', kind: 'organization', aliases: ['Quad'], isNew: true }],
    );
    const { body } = buildAnnotationBody(brief, setStatus(r, r.cards[0]!.key, 'accepted'));
    expect(body.actors[0]).toEqual({ id: 'QUAD', name: 'The Quad', kind: 'organization', aliases: ['Quad'] });
    expect(body.relationships[0]?.evidence).toEqual([{ quote: 'Japan', occurrence: 1 }]);
  });
});
