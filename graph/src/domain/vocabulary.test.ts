import { describe, expect, it } from 'vitest';
import { ACTOR_KIND_STYLES, NEGATED_STYLE } from './style-tokens.ts';
import { ACTOR_KINDS, modalVerb, negatedVerb, RELATIONSHIP_TYPES } from './vocabulary.ts';

describe('the relationship vocabulary', () => {
  it('includes the types the brief needs', () => {
    const names = RELATIONSHIP_TYPES.map((t) => t.name);
    for (const name of [
      'ALLIANCE',
      'TRADE',
      'PROVOCATION',
      'PARTNERSHIP',
      'SUPPORT',
      'OPPOSITION',
      'WAR',
      'DIPLOMACY',
      'DETERRENCE',
      'DEPLOYMENT',
      'ECONOMIC_INTEREST',
      'NEGLECT',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('uses only names that are safe as Neo4j relationship types', () => {
    for (const t of RELATIONSHIP_TYPES) expect(t.name).toMatch(/^[A-Z][A-Z_]*$/);
  });

  it('gives each type a CAMEO root consistent with its quad class', () => {
    for (const t of RELATIONSHIP_TYPES) {
      if (t.cameoRoot === null) {
        expect(t.quadClass).toBeNull();
        continue;
      }
      const root = Number(t.cameoRoot);
      const expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      expect(t.quadClass, t.name).toBe(expected);
    }
  });

  it('has distinct colours, each a hex token', () => {
    const colours = RELATIONSHIP_TYPES.map((t) => t.color);
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('modalVerb', () => {
  it('reads a fact as stated, an assessment as judged and a recommendation as what should be', () => {
    expect(modalVerb('PROVOCATION', 'fact')).toBe('provokes');
    expect(modalVerb('OPPOSITION', 'assessment')).toBe('is assessed to oppose');
    expect(modalVerb('DIPLOMACY', 'recommendation')).toBe('should hold talks with');
    expect(modalVerb('ALLIANCE', 'recommendation')).toBe('should be allied with');
  });

  it('has a base form for every type that is not its third-person label', () => {
    for (const t of RELATIONSHIP_TYPES) {
      expect(t.baseLabel.length).toBeGreaterThan(0);
      expect(t.baseLabel).not.toBe(t.label);
    }
  });
});

describe('negatedVerb', () => {
  it('puts "not" into the verb whatever the modality', () => {
    expect(negatedVerb('SUPPORT', 'fact')).toBe('does not support');
    expect(negatedVerb('ALLIANCE', 'fact')).toBe('is not allied with');
    expect(negatedVerb('OPPOSITION', 'assessment')).toBe('is assessed not to oppose');
    expect(negatedVerb('DIPLOMACY', 'recommendation')).toBe('should not hold talks with');
  });

  it('draws a negative finding in a grey no type uses, with a dash no modality uses', () => {
    expect(RELATIONSHIP_TYPES.map((t) => t.color)).not.toContain(NEGATED_STYLE.color);
    expect(['', '8 5', '2 4']).not.toContain(NEGATED_STYLE.dashArray);
  });
});

describe('the issue actor kind', () => {
  it('is in the vocabulary with a shape of its own', () => {
    expect(ACTOR_KINDS).toContain('issue');
    expect(ACTOR_KIND_STYLES.issue).toEqual({ label: 'Issue', fill: '#5f4b32', shape: 'octagon' });
    const others = ACTOR_KINDS.filter((k) => k !== 'issue').map((k) => ACTOR_KIND_STYLES[k].shape);
    expect(others).not.toContain('octagon');
  });
});
