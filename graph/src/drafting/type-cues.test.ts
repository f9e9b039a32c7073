import { describe, expect, it } from 'vitest';
import { findTypeCues } from './type-cues.ts';

const cues = (text: string) => findTypeCues(text).map((c) => [c.type, c.text]);

describe('findTypeCues', () => {
  it.each([
    ['the Korea-U.S. alliance', [['ALLIANCE', 'alliance']]],
    ['security cooperation between them', [['SECURITY_COOPERATION', 'security cooperation']]],
    ["China's trade with Russia", [['TRADE', 'trade']]],
    ['exports to Japan', [['TRADE', 'exports']]],
    ['North Korea, which is making provocations', [['PROVOCATION', 'provocations']]],
    ['it imposed a missile launch', [['PROVOCATION', 'missile launch']]],
    ['U.S. strategic assets are regularly deployed', [['DEPLOYMENT', 'deployed']]],
    ['aims to check China', [['OPPOSITION', 'check']]],
    ['The EU imposed sanctions on Russia', [['OPPOSITION', 'imposed sanctions on']]],
    ['should not only blame North Korea', [['CRITICISM', 'blame']]],
    ['Xi visited Moscow', [['DIPLOMACY', 'visited']]],
    ['Kishida met Yoon', [['DIPLOMACY', 'met']]],
    ['North Korea launched two ballistic missiles', [['PROVOCATION', 'launched two ballistic missiles']]],
    ['it is defending North Korea', [['SUPPORT', 'defending']]],
    ['neglecting relations with Russia', [['NEGLECT', 'neglecting relations']]],
    ['the war in Ukraine', [['WAR', 'war in']]],
    ["Korea's economic interests in the IRA law", [['ECONOMIC_INTEREST', 'economic interests']]],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('prefers the longer cue: "reducing dialogue" is neglect, not talks', () => {
    expect(cues('reducing dialogue with North Korea')).toEqual([['NEGLECT', 'reducing dialogue']]);
  });

  it('leaves out "provocation control" and "Cold War"', () => {
    expect(cues('provocation control in a new Cold War')).toEqual([]);
  });

  it('gives offsets into the text with the offset it is given', () => {
    const [cue] = findTypeCues('they trade', 10);
    expect([cue?.start, cue?.end]).toEqual([15, 20]);
  });
});
