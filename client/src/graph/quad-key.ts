import type { QuadClass } from '@briefgraph/graph/domain/vocabulary';

/** A CAMEO quad class as a filter and style key; 'none' for structural types (LEADERSHIP). */
export type QuadKey = '1' | '2' | '3' | '4' | 'none';
export const QUAD_KEYS: readonly QuadKey[] = ['1', '2', '3', '4', 'none'];

export function quadKey(quadClass: QuadClass | null): QuadKey {
  return quadClass === null ? 'none' : (String(quadClass) as QuadKey);
}
