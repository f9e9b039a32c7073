import { describe, expect, it } from 'vitest';
import {
  findModalCues,
  hasRecommendationCue,
  isNegatedAt,
  type ModalContext,
  modalityAt,
} from './modality.ts';

/** The modality at the first occurrence of `word` in `sentence`, with `cues` as the relationship cues. */
function at(sentence: string, word: string, cues: string[] = [word], noun = false) {
  const ctx: ModalContext = {
    sentence,
    sentenceStart: 0,
    modals: findModalCues(sentence),
    cueStarts: cues.map((c) => sentence.indexOf(c)),
  };
  return {
    modality: modalityAt(ctx, sentence.indexOf(word), noun).modality,
    negated: isNegatedAt(ctx, sentence.indexOf(word)),
  };
}

describe('modality from cue words', () => {
  it.each([
    ['Seoul should hold talks with Beijing.', 'talks', 'recommendation'],
    ['Seoul must deter Pyongyang.', 'deter', 'recommendation'],
    ['Seoul needs to engage Tokyo.', 'engage', 'recommendation'],
    ['It is necessary to restore talks with Moscow.', 'talks', 'recommendation'],
    ['It is desirable to visit Tokyo.', 'visit', 'recommendation'],
    ['Regular deployment of assets is required in the summit.', 'deployment', 'recommendation'],
    ['Beijing is likely to support Moscow.', 'support', 'assessment'],
    ['Seoul seems to be trying to strengthen relations with Tokyo.', 'strengthen', 'assessment'],
    ['Moscow appears to back Pyongyang.', 'back', 'assessment'],
    ['Beijing is expected to visit Moscow.', 'visit', 'assessment'],
    ['It is believed that Moscow trades with Beijing.', 'trades', 'assessment'],
    ['Neglect will only make talks difficult.', 'talks', 'assessment'],
    ['Xi visited Moscow in March.', 'visited', 'fact'],
  ])('%s → %s is %s', (sentence, word, modality) => {
    expect(at(sentence, word).modality).toBe(modality);
  });

  it('a sentence-wide cue reaches across commas: "seems to A, while B, neglecting C"', () => {
    expect(
      at(
        'Seoul seems to strengthen ties, while simplifying things, neglecting relations with Moscow.',
        'neglecting',
      ).modality,
    ).toBe('assessment');
  });

  it('"will" reaches only to the next comma', () => {
    expect(at('Neglect will make it hard, and restore the talks.', 'talks').modality).toBe('fact');
  });

  it('a noun in the object of another cue is presupposed: "should blame X for its provocations"', () => {
    const s = 'Seoul should blame Pyongyang for its provocations.';
    expect(at(s, 'blame', ['blame', 'provocations']).modality).toBe('recommendation');
    expect(at(s, 'provocations', ['blame', 'provocations'], true).modality).toBe('fact');
  });

  it('"it must be noted that" is a discourse marker, not a recommendation', () => {
    expect(at('It must be noted that Moscow trades with Beijing.', 'trades').modality).toBe('fact');
  });
});

describe('negation', () => {
  it.each([
    ["China's military support to Russia has not been publicly discussed.", 'support', true],
    ['Tokyo did not visit Seoul.', 'visit', true],
    ['No summit has been held with Moscow.', 'summit', true],
    ['Beijing never backed the plan.', 'backed', true],
    ['Seoul should not only blame Pyongyang but also act.', 'blame', false],
    ['Xi visited Moscow.', 'visited', false],
  ])('%s → negated: %s', (sentence, word, negated) => {
    expect(at(sentence, word).negated).toBe(negated);
  });
});

describe('hasRecommendationCue (the seed validator asks it of a recommendation quote)', () => {
  it('finds the modal words of a recommendation, and not those of an assessment or a discourse marker', () => {
    expect(hasRecommendationCue('the Government should not only blame North Korea')).toBe(true);
    expect(hasRecommendationCue('regular deployment of U.S. strategic assets ... is required')).toBe(true);
    expect(hasRecommendationCue('it is necessary to re-confirm that')).toBe(true);
    expect(hasRecommendationCue('regular deployment of U.S. strategic assets')).toBe(false);
    expect(hasRecommendationCue('The South Korean government seems to be trying')).toBe(false);
    expect(hasRecommendationCue('it must be noted that the current international order')).toBe(false);
  });
});
