import { describe, expect, it } from 'vitest';
import { corroboration, evidenceByBrief, supportingBriefIds } from './corroboration.ts';

const ev = (briefId: string, start: number) => ({ briefId, quote: `q${start}`, start, end: start + 2 });

describe('corroboration', () => {
  it('counts the distinct briefs of the quotes, not the quotes', () => {
    const rel = { evidence: [ev('brief-one', 40), ev('brief-two', 5), ev('brief-one', 10)] };
    expect(supportingBriefIds(rel)).toEqual(['brief-one', 'brief-two']);
    expect(corroboration(rel)).toBe(2);
    expect(corroboration({ evidence: [ev('brief-one', 0), ev('brief-one', 9)] })).toBe(1);
  });

  it('groups the quotes under their brief, briefs oldest first and quotes in text order', () => {
    const rel = { evidence: [ev('newer', 40), ev('older', 5), ev('newer', 10)] };
    const dates: Record<string, string> = { newer: '2024-01-01', older: '2023-04-01' };
    expect(evidenceByBrief(rel, (id) => dates[id])).toEqual([
      { briefId: 'older', evidence: [ev('older', 5)] },
      { briefId: 'newer', evidence: [ev('newer', 10), ev('newer', 40)] },
    ]);
    // Without dates, the order of the evidence.
    expect(evidenceByBrief(rel).map((g) => g.briefId)).toEqual(['newer', 'older']);
  });
});
