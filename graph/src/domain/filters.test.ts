import { describe, expect, it } from 'vitest';
import { allowedTypes, modalityList, typeExpression } from './filters.ts';
import { RELATIONSHIP_TYPES } from './vocabulary.ts';

describe('allowedTypes', () => {
  it('is every vocabulary type without a filter', () => {
    expect(allowedTypes({})).toHaveLength(RELATIONSHIP_TYPES.length);
  });

  it('keeps conflict types for quad classes 3 and 4, and never the structural LEADERSHIP', () => {
    const types = allowedTypes({ quadClass: [3, 4] });
    expect(types).toContain('PROVOCATION');
    expect(types).toContain('OPPOSITION');
    expect(types).not.toContain('ALLIANCE');
    expect(types).not.toContain('LEADERSHIP');
  });

  it('intersects types and quad classes', () => {
    expect(allowedTypes({ types: ['ALLIANCE', 'PROVOCATION'], quadClass: [4] })).toEqual(['PROVOCATION']);
    expect(allowedTypes({ types: ['ALLIANCE'], quadClass: [4] })).toEqual([]);
  });
});

describe('typeExpression', () => {
  it('joins vocabulary names', () => {
    expect(typeExpression(['ALLIANCE', 'TRADE'])).toBe(':ALLIANCE|TRADE');
  });

  it('refuses anything outside the vocabulary', () => {
    expect(() => typeExpression(['ALLIANCE]->(x) DETACH DELETE x //' as never])).toThrow(
      /not a vocabulary type/,
    );
  });
});

describe('modalityList', () => {
  it('is every modality when unfiltered', () => {
    expect(modalityList({})).toEqual(['fact', 'assessment', 'recommendation']);
    expect(modalityList({ modality: ['fact'] })).toEqual(['fact']);
  });
});
