/**
 * Attribute values in words, the same in the explorer's details, the CSV export and anything
 * else that prints one: a list joined with commas, a number with its unit ("116 %", "1/4").
 */
import type { AttributeValue, Quantity } from './primitives.ts';

export function isQuantity(value: unknown): value is Quantity {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Quantity).value === 'number' &&
    typeof (value as Quantity).unit === 'string'
  );
}

/** A share as the fraction a brief would write it ("1/4", "1/8"), if it is one with a small denominator. */
function simpleFraction(share: number): string | null {
  for (let d = 2; d <= 12; d += 1) {
    const n = Math.round(share * d);
    if (n > 0 && n < d && Math.abs(n / d - share) < 1e-9) return `${n}/${d}`;
  }
  return null;
}

/** "116 %", "1/4" (unit "share" of a simple fraction, else "0.37 share"), "12 km". */
export function formatQuantity(q: Quantity): string {
  if (q.unit === '%') return `${q.value} %`;
  if (q.unit === 'share') return simpleFraction(q.value) ?? `${q.value} share`;
  return `${q.value} ${q.unit}`;
}

export function formatAttributeValue(value: AttributeValue): string {
  if (Array.isArray(value)) return value.join(', ');
  if (isQuantity(value)) return formatQuantity(value);
  return String(value);
}
