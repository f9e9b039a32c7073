/**
 * Cue words per relationship type of the vocabulary (graph/src/domain/vocabulary.ts). The verbs
 * and nouns follow the CAMEO event codebook (Gerner, Schrodt et al., 2012) for the type's root
 * code — 04 consult (visit, talks), 05 diplomatic cooperation (support, solidarity), 06 material
 * cooperation (trade, alliance), 07 provide aid (deploy), 11 disapprove (blame, criticise),
 * 15 exhibit force posture (provoke, deter), 16 reduce relations (neglect), 19 fight (war) — and
 * the type descriptions of the vocabulary. Matched case-insensitively on whole words.
 *
 * `noun`: a nominal cue ("trade", "alliance"), whose holder may come before it ("China's trade",
 * "the Korea-U.S. alliance"); `pair`: the cue itself says two parties act together ("bilateral",
 * "joint"), the last two actors named.
 */
import type { RelationshipTypeName } from '../domain/vocabulary.ts';

export interface TypeCue {
  readonly type: RelationshipTypeName;
  readonly pattern: string;
  readonly noun?: boolean;
  readonly pair?: boolean;
}

export const TYPE_CUES: readonly TypeCue[] = [
  // 06 material cooperation: formal alliances
  { type: 'ALLIANCE', pattern: 'alliances?|allies|ally|allied with|mutual defen[cs]e treaty', noun: true },
  // 06: military cooperation short of an alliance
  {
    type: 'SECURITY_COOPERATION',
    pattern:
      '(?:security|military|defen[cs]e) cooperation|joint (?:military )?(?:drills?|exercises?)|military exercises?|intelligence[- ]sharing',
    noun: true,
  },
  // 05 diplomatic cooperation: alignment, solidarity, strengthened ties
  {
    type: 'PARTNERSHIP',
    pattern:
      'strengthen(?:s|ed|ing)? (?:its |their )?(?:relations?|ties|partnership)|(?:strategic|comprehensive) partnership|partnership|solidarity|rapprochement|align(?:s|ed|ing)? with|cooperat(?:e|es|ed|ing) with',
  },
  // 057 sign formal agreement
  {
    type: 'PARTNERSHIP',
    pattern: 'sign(?:s|ed|ing)? (?:an? |the )?(?:[\\p{L}-]+ ){0,3}(?:agreement|accord|treaty|pact)',
  },
  {
    type: 'PARTNERSHIP',
    pattern: 'bilateral cooperation|joint response|mutual interests?',
    noun: true,
    pair: true,
  },
  { type: 'PARTNERSHIP', pattern: 'cooperation', noun: true },
  // 06: trade
  { type: 'TRADE', pattern: 'trade(?: volume)?|trading|exports?|imports?|exported|imported', noun: true },
  // 05: backing the target
  {
    type: 'SUPPORT',
    pattern:
      'support(?:s|ed|ing)?|defend(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed|ing)|ensure|guarantee|safeguard',
  },
  { type: 'SUPPORT', pattern: 'military support|military aid|assistance', noun: true },
  // 06: economic stakes
  { type: 'ECONOMIC_INTEREST', pattern: 'economic (?:interests?|stakes?)|investments? in', noun: true },
  // 04 consult
  {
    type: 'DIPLOMACY',
    pattern:
      'visit(?:s|ed|ing)?|(?:hold|held|holds) talks|met(?: with)?|meet(?:s|ing)? with|negotiat(?:e|es|ed|ing)',
  },
  { type: 'DIPLOMACY', pattern: 'talks|dialogue|negotiations?|diplomacy', noun: true },
  // 04: taking part in an occasion
  {
    type: 'PARTICIPATION',
    pattern: 'attend(?:s|ed|ing)?|participat(?:e|es|ed|ing) in|take part in|took part in',
  },
  // 07: forces sent
  { type: 'DEPLOYMENT', pattern: 'deploy(?:s|ed|ing)?|station(?:s|ed|ing)|dispatch(?:es|ed|ing)?' },
  { type: 'DEPLOYMENT', pattern: 'deployment', noun: true },
  // 15 exhibit force posture: deterrence
  { type: 'DETERRENCE', pattern: 'deter(?:s|red|ring)?|prevent(?:s|ed|ing)?' },
  { type: 'DETERRENCE', pattern: 'deterrence', noun: true },
  // 11 disapprove / 17 coerce: working against the target
  {
    type: 'OPPOSITION',
    pattern:
      'oppos(?:e|es|ed|ing)|check(?:s|ed|ing)?|counter(?:s|ed|ing)?|contain(?:s|ed|ing)?|intercept(?:s|ed|ing)?|confront(?:s|ed|ing)?',
  },
  // 163 impose embargo, boycott or sanctions: the vocabulary has no type of its own for it, and
  // OPPOSITION ("works against the target") is the nearest.
  {
    type: 'OPPOSITION',
    pattern:
      '(?:impos(?:e|es|ed|ing)|slap(?:s|ped)?) (?:new |further |fresh )?sanctions (?:on|against)|sanction(?:s|ed|ing)',
  },
  { type: 'OPPOSITION', pattern: 'rivalry|containment|opposition|sanctions (?:on|against)', noun: true },
  // 11 disapprove: blame
  {
    type: 'CRITICISM',
    pattern:
      'blam(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|accus(?:e|es|ed|ing)',
  },
  { type: 'CRITICISM', pattern: 'criticism|condemnation', noun: true },
  // 16 reduce relations
  {
    type: 'NEGLECT',
    pattern:
      'neglect(?:s|ed|ing)? (?:its |their )?relations?|neglect(?:s|ed|ing)?|reduc(?:e|es|ed|ing) (?:dialogue|contacts?|engagement|relations)|ignor(?:e|es|ed|ing)|sidelin(?:e|es|ed|ing)',
  },
  // 15: military threats
  {
    type: 'PROVOCATION',
    pattern:
      'provok(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|(?:launch|fire)(?:s|es|ed|d|ing)? (?:[\\p{L}\\p{N}-]+ ){0,3}missiles?',
  },
  {
    type: 'PROVOCATION',
    pattern: 'provocations?|threats?|missile (?:launch|launches|tests?)|nuclear tests?',
    noun: true,
  },
  // 19 fight
  { type: 'WAR', pattern: 'invad(?:e|es|ed|ing)|wag(?:e|es|ed|ing) war (?:on|against)' },
  { type: 'WAR', pattern: 'war (?:in|on|against|with)|invasion of', noun: true },
];

/**
 * Where a cue word does not mean its type: "provocation control" (a policy, not a threat),
 * "Cold War" (an era), "security focused".
 */
export const TYPE_CUE_STOP_PATTERNS: readonly string[] = ['provocation control', 'cold war', 'check-?up'];

/** A title before a name that makes its bearer the leader of the state named before the title. */
export const LEADER_TITLES: readonly string[] = [
  'President',
  'Prime Minister',
  'Premier',
  'Chancellor',
  'Chairman',
  'General Secretary',
  'Supreme Leader',
  'King',
  'Queen',
  'Emperor',
];
