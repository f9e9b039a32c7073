import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseActors } from './base-gazetteer.ts';
import type { DraftAnnotation } from './draft.types.ts';
import { draftAnnotation } from './draft-annotation.ts';
import { buildGazetteer } from './gazetteer.ts';

const gazetteer = buildGazetteer(baseActors());
const seedText = readFileSync(
  new URL('../../../seeds/sejong-focus-2023-04-no25.txt', import.meta.url),
  'utf8',
);

const edges = (draft: DraftAnnotation) =>
  draft.relationships.map(
    (r) => `${r.source} ${r.type} ${r.target} ${r.modality}${r.negated ? ' negated' : ''}`,
  );

describe('draftAnnotation on short briefs', () => {
  it('pairs every two of four listed holders of an undirected tie, the last two included', () => {
    const draft = draftAnnotation(
      "South Korea, Japan, Australia and the United States' trade grew.",
      gazetteer,
    );
    const pairs = draft.relationships.map((r) => [r.source, r.target].sort().join('-')).sort();
    expect(pairs).toEqual(['AUS-JPN', 'AUS-KOR', 'AUS-USA', 'JPN-KOR', 'JPN-USA', 'KOR-USA']);
    expect(new Set(draft.relationships.map((r) => r.type))).toEqual(new Set(['TRADE']));
  });

  it('makes the addressee of "should" the source, and the rest of the sentence its object', () => {
    const draft = draftAnnotation('Japan should hold talks with China.', gazetteer);
    expect(edges(draft)).toEqual(['CHN DIPLOMACY JPN recommendation']);
    expect(draft.relationships[0]?.evidence).toEqual([
      { quote: 'Japan should hold talks with China', start: 0, end: 34 },
    ]);
    expect(draft.relationships[0]?.cues).toEqual(['hold talks', 'should']);
    // stored in id order, CHN before JPN, so the addressee is kept apart
    expect(draft.relationships[0]?.attributes).toEqual({ addressee: 'JPN' });
  });

  it('skips a relative clause to find who should act', () => {
    const draft = draftAnnotation(
      'Hence, the U.S., which aims to check China, should support Japan.',
      gazetteer,
    );
    expect(edges(draft)).toEqual(['USA OPPOSITION CHN fact', 'USA SUPPORT JPN recommendation']);
  });

  it('keeps a negated statement as a negative finding only', () => {
    const draft = draftAnnotation(
      "However, China's military support to Russia has not been publicly discussed.",
      gazetteer,
    );
    expect(edges(draft)).toEqual(['CHN SUPPORT RUS fact negated']);
    expect(draft.relationships[0]?.id).toBe('chn-support-rus-negated');
  });

  it('stores undirected types with source and target in id order, and pairs every member of a list', () => {
    const draft = draftAnnotation(
      'They stress security cooperation between South Korea, the U.S. and Japan.',
      gazetteer,
    );
    expect(edges(draft)).toEqual([
      'KOR SECURITY_COOPERATION USA fact',
      'JPN SECURITY_COOPERATION KOR fact',
      'JPN SECURITY_COOPERATION USA fact',
    ]);
  });

  it('reads "it" as the subject named just before it in the sentence', () => {
    const draft = draftAnnotation(
      'Though Japan-Russia relations are cool, it is defending Ukraine.',
      gazetteer,
    );
    expect(edges(draft)).toEqual(['JPN SUPPORT UKR fact', 'RUS SUPPORT UKR fact']);
    expect(draft.relationships.every((r) => !r.inferred)).toBe(true);
  });

  it('flags the end it had to infer: a provocation with no target goes to the addressee, inferred', () => {
    const text = 'Seoul should review its policy. North Korea is making provocations.';
    const draft = draftAnnotation(text, gazetteer);
    const provocation = draft.relationships.find((r) => r.type === 'PROVOCATION');
    expect([provocation?.source, provocation?.target, provocation?.inferred]).toEqual(['PRK', 'KOR', true]);
  });

  it('finds a leader after a title and a summit of two actors as new actors', () => {
    const draft = draftAnnotation('Chinese President Xi Jinping went to the China-Russia Summit.', gazetteer);
    expect(draft.actors.filter((a) => a.isNew).map((a) => [a.id, a.kind])).toEqual([
      ['CHINA_RUSSIA_SUMMIT', 'event'],
      ['XI_JINPING', 'person'],
    ]);
    expect(edges(draft)).toEqual([
      'XI_JINPING LEADERSHIP CHN fact',
      'CHN PARTICIPATION CHINA_RUSSIA_SUMMIT fact',
      'RUS PARTICIPATION CHINA_RUSSIA_SUMMIT fact',
      'CHN DIPLOMACY RUS fact',
    ]);
    expect(draft.relationships.map((r) => r.attributes)).toEqual([
      { title: 'President' },
      {},
      {},
      { form: 'summit', event: 'CHINA_RUSSIA_SUMMIT' },
    ]);
  });

  it('pairs the listed subjects of an undirected cue with no object', () => {
    const draft = draftAnnotation(
      'Japan and the Philippines signed a reciprocal access agreement in July.',
      gazetteer,
    );
    expect(edges(draft)).toEqual(['JPN PARTNERSHIP PHL fact']);
    expect(draft.relationships[0]?.evidence[0]?.quote).toBe(
      'Japan and the Philippines signed a reciprocal access agreement',
    );
  });

  it('reads a capital as its state and "is expected to" as an assessment', () => {
    const draft = draftAnnotation(
      'Manila is expected to deepen security cooperation with Tokyo and Washington.',
      gazetteer,
    );
    expect(edges(draft)).toEqual([
      'JPN SECURITY_COOPERATION PHL assessment',
      'PHL SECURITY_COOPERATION USA assessment',
    ]);
  });

  it('reads no actor into a heading in capitals or into "CAN", and keeps a new name off a known id', () => {
    const draft = draftAnnotation(
      'CHINA AND RUSSIA: THE CASE FOR TALKS\nWe CAN see it. The ITA met Japan.',
      gazetteer,
    );
    expect(draft.actors.map((a) => a.id)).toEqual(['CHN', 'ITA_ORGANIZATION', 'JPN', 'RUS']);
  });

  it('gives offsets into NFC text with non-ASCII characters before the quote', () => {
    const text = '“Ça va” — Japan’s trade with Russia grew.';
    const [trade] = draftAnnotation(text, gazetteer).relationships;
    expect(trade?.evidence).toEqual([{ quote: 'Japan’s trade with Russia', start: 10, end: 35 }]);
  });
});

describe('draftAnnotation on a check text written after the lexicon, expectations first', () => {
  const text =
    'Japan and Australia held talks in Canberra on March 3. Tokyo is likely to expand joint military exercises with Canberra. North Korea fired a ballistic missile over Japan in October, and Pyongyang threatened Tokyo with retaliation. China criticised the exercises. Seoul should resume dialogue with Pyongyang. Russia supplied weapons to North Korea, which has not condemned the war in Ukraine. The EU imposed sanctions on Russia.';
  const positive = edges(draftAnnotation(text, gazetteer)).filter((e) => !e.endsWith('negated'));

  it.each([
    'AUS DIPLOMACY JPN fact',
    'AUS SECURITY_COOPERATION JPN assessment',
    'PRK PROVOCATION JPN fact',
    'KOR DIPLOMACY PRK recommendation',
    'EU OPPOSITION RUS fact',
  ])('finds %s', (edge) => {
    expect(positive).toContain(edge);
  });

  it('states nothing about "the exercises" China criticised: they are no actor', () => {
    expect(positive.filter((e) => e.startsWith('CHN'))).toEqual([]);
  });
});

describe('draftAnnotation on the seed brief', () => {
  const started = performance.now();
  const draft = draftAnnotation(seedText, gazetteer);
  const elapsed = performance.now() - started;

  it('drafts it in well under 5 seconds', () => {
    expect(elapsed).toBeLessThan(5000);
  });

  it('gives evidence whose offsets slice back to its quote, every one', () => {
    const evidence = draft.relationships.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(30);
    for (const e of evidence) expect(seedText.slice(e.start, e.end)).toBe(e.quote);
  });

  it('finds the leadership in "Chinese President Xi Jinping" with that quote', () => {
    const leadership = draft.relationships.find((r) => r.type === 'LEADERSHIP');
    expect(leadership?.source).toBe('XI_JINPING');
    expect(leadership?.target).toBe('CHN');
    expect(leadership?.evidence[0]?.quote).toBe('Chinese President Xi Jinping');
  });

  it('keeps "has not been publicly discussed" as a negative finding', () => {
    expect(draft.relationships.filter((r) => r.negated).map((r) => r.id)).toEqual([
      'chn-support-rus-negated',
    ]);
  });

  it('gives every relationship a confidence between 0 and 1 and its cue words', () => {
    for (const r of draft.relationships) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.cues.length).toBeGreaterThan(0);
    }
  });
});
