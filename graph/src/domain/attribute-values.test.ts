import { describe, expect, it } from 'vitest';
import { formatAttributeValue, formatQuantity, isQuantity } from './attribute-values.ts';
import { AttributeValueSchema } from './primitives.ts';

describe('attribute values with units', () => {
  it('takes a number with its unit, and refuses a value that is not a finite number or a unit that is empty', () => {
    expect(AttributeValueSchema.parse({ value: 116, unit: '%' })).toEqual({ value: 116, unit: '%' });
    expect(AttributeValueSchema.safeParse({ value: '116', unit: '%' }).success).toBe(false);
    expect(AttributeValueSchema.safeParse({ value: Number.POSITIVE_INFINITY, unit: '%' }).success).toBe(
      false,
    );
    expect(AttributeValueSchema.safeParse({ value: 1, unit: ' ' }).success).toBe(false);
    expect(AttributeValueSchema.safeParse({ value: 1, unit: 'km', extra: 1 }).success).toBe(false);
  });

  it('reads a percentage, a share as the fraction the brief writes, and any other unit after the number', () => {
    expect(formatQuantity({ value: 116, unit: '%' })).toBe('116 %');
    expect(formatQuantity({ value: 0.25, unit: 'share' })).toBe('1/4');
    expect(formatQuantity({ value: 0.125, unit: 'share' })).toBe('1/8');
    expect(formatQuantity({ value: 0.37, unit: 'share' })).toBe('0.37 share');
    expect(formatQuantity({ value: 10, unit: 'years' })).toBe('10 years');
  });

  it('reads every kind of attribute value', () => {
    expect(formatAttributeValue(['IRA', 'BATTERIES'])).toBe('IRA, BATTERIES');
    expect(formatAttributeValue('regular')).toBe('regular');
    expect(formatAttributeValue(3)).toBe('3');
    expect(formatAttributeValue(false)).toBe('false');
    expect(isQuantity({ value: 1, unit: 'x' })).toBe(true);
    expect(isQuantity(['a'])).toBe(false);
  });
});
