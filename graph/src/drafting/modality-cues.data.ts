/**
 * Modal cue words. The lists are issue #13's (should / must / need to / is necessary / is
 * required / it is desirable; likely / seems / appears / is expected / is believed / will) and
 * the annotation guide's (seeds/README.md, "Modality": "requires", "it is necessary"), with the
 * near forms English uses for the same (ought to, has to, is essential; may, might, would,
 * probably). Each regular expression is matched case-insensitively on whole words.
 *
 * `scope`: `sentence` cues frame the rest of the sentence, across commas ("seems to be trying to
 * A, while B, neglecting C"); `clause` cues reach the next comma only ("will only make it
 * difficult ..., and restore"); `before` cues come after what they judge ("regular deployment
 * of ... is required in").
 */
import type { Modality } from '../domain/vocabulary.ts';

export type ModalScope = 'sentence' | 'clause' | 'before';

export interface ModalCue {
  readonly modality: Exclude<Modality, 'fact'>;
  readonly pattern: string;
  readonly scope: ModalScope;
  /** Whether the subject in front of the cue is the one who should act ("the U.S. should"). */
  readonly addressed?: boolean;
}

export const MODAL_CUES: readonly ModalCue[] = [
  { modality: 'recommendation', pattern: 'should', scope: 'sentence', addressed: true },
  { modality: 'recommendation', pattern: 'must', scope: 'sentence', addressed: true },
  { modality: 'recommendation', pattern: 'ought to', scope: 'sentence', addressed: true },
  { modality: 'recommendation', pattern: '(?:need|needs|has|have) to', scope: 'sentence', addressed: true },
  {
    modality: 'recommendation',
    pattern: '(?:it is|it was|it will be) (?:also )?(?:necessary|required|desirable|essential|imperative)',
    scope: 'sentence',
  },
  {
    modality: 'recommendation',
    pattern: '(?:is|are) (?:also )?(?:necessary|required|desirable|essential)(?= to\\b)',
    scope: 'sentence',
  },
  {
    modality: 'recommendation',
    pattern: '(?:is|are) (?:also )?(?:necessary|required|desirable|essential)',
    scope: 'before',
  },
  { modality: 'recommendation', pattern: 'requires?|required', scope: 'sentence' },
  {
    modality: 'assessment',
    pattern: '(?:it is|it was) (?:widely )?(?:believed|expected|likely|assessed|thought)',
    scope: 'sentence',
  },
  {
    modality: 'assessment',
    pattern: '(?:is|are) (?:expected|believed|likely|unlikely) to',
    scope: 'sentence',
  },
  { modality: 'assessment', pattern: 'seems?|seemed|appears? to|appeared to', scope: 'sentence' },
  { modality: 'assessment', pattern: 'likely|unlikely|probably|possibly', scope: 'clause' },
  { modality: 'assessment', pattern: "will|won't|would|may|might|could", scope: 'clause' },
];

/**
 * Phrases that hold a modal word but judge nothing about a relationship: discourse markers
 * ("it must be noted that") and "not only ... but also", which is no negation.
 */
export const MODAL_STOP_PATTERNS: readonly string[] = [
  '(?:must|should) be (?:noted|said|remembered|stressed|emphasi[sz]ed)',
  'may be (?:noted|said)',
];

/**
 * Negation cues: "has not been publicly discussed", "did not", "no ... has", "never". "not only"
 * (a coordination) is left out.
 */
export const NEGATION_PATTERN =
  "\\b(?:not(?! only\\b)|n't|never|neither|nor|no(?= [a-z]+ (?:has|have|was|were|is|are)\\b))\\b";
