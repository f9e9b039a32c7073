import { describe, expect, it } from 'vitest';
import { baseActors } from './base-gazetteer.ts';
import { buildGazetteer, findMentions } from './gazetteer.ts';

const gazetteer = buildGazetteer(baseActors());
const mentions = (text: string) => findMentions(text, gazetteer).map((m) => [m.actorId, m.surface, m.start]);

describe('findMentions', () => {
  it('takes the longest name where two overlap', () => {
    expect(mentions('North Korea tested; South Korea watched the Ukraine.')).toEqual([
      ['PRK', 'North Korea', 0],
      ['KOR', 'South Korea', 20],
      ['UKR', 'the Ukraine', 40],
    ]);
  });

  it('matches capitals-only names only in capitals: "US" is the state, "us" the pronoun', () => {
    expect(mentions('Let us ask the US and the U.S. about it.')).toEqual([
      ['USA', 'US', 15],
      ['USA', 'U.S.', 26],
    ]);
  });

  it('wants capitals where the name has them: "China" but not "china"', () => {
    expect(mentions('Fine china from China.')).toEqual([['CHN', 'China', 16]]);
  });

  it('finds demonyms, short forms and capitals as the state', () => {
    expect(
      mentions(
        'Chinese and North Korean envoys met in Pyongyang; the DPRK, N. Korea, ROK and the Kremlin spoke.',
      ),
    ).toEqual([
      ['CHN', 'Chinese', 0],
      ['PRK', 'North Korean', 12],
      ['PRK', 'Pyongyang', 39],
      ['PRK', 'DPRK', 54],
      ['PRK', 'N. Korea', 60],
      ['KOR', 'ROK', 70],
      ['RUS', 'Kremlin', 82],
    ]);
  });

  it('needs whole words: "Korean Peninsula" holds no "Korea", "Americans" no "American"', () => {
    expect(mentions('The Korean Peninsula and Americans.')).toEqual([]);
  });

  it('finds possessives with a straight or a curly apostrophe', () => {
    expect(mentions("Japan's and Russia’s")).toEqual([
      ['JPN', 'Japan', 0],
      ['RUS', 'Russia', 12],
    ]);
  });

  it('lets a known actor of another brief claim a name from the base list', () => {
    const withKnown = buildGazetteer(baseActors(), [
      { id: 'XI_JINPING', name: 'Xi Jinping', kind: 'person', aliases: ['President Xi'] },
    ]);
    expect(findMentions('President Xi arrived.', withKnown).map((m) => [m.actorId, m.surface])).toEqual([
      ['XI_JINPING', 'President Xi'],
    ]);
  });
});
