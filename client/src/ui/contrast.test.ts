import { RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn } from './contrast.ts';

describe('contrast', () => {
  it('measures as WCAG does: black on white is 21:1, the opposition orange 3.56:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ea580c', '#ffffff')).toBeCloseTo(3.56, 2);
  });

  it('keeps a colour that is readable already', () => {
    expect(readableOn('#1d4ed8')).toBe('#1d4ed8');
  });

  it('darkens the orange of "opposes" to at least 4.5:1 on white, and not much further', () => {
    const text = readableOn('#ea580c');
    expect(contrastRatio(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, '#ffffff')).toBeLessThan(4.8);
  });

  it('every relationship type colour is ≥ 3:1 on white as a graphic, and ≥ 4.5:1 as text once made readable', () => {
    for (const t of RELATIONSHIP_TYPES) {
      expect(contrastRatio(t.color, '#ffffff'), t.name).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(readableOn(t.color), '#ffffff'), t.name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
