// @vitest-environment happy-dom
import type { Relationship } from '@briefgraph/graph/domain/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DetailsActions, DetailsContext } from './parts.ts';
import { relationshipDetails } from './relationship-details.ts';

const names: Record<string, string> = { CHN: 'China', RUS: 'Russia', KOR: 'South Korea' };
const ctx: DetailsContext = { nameOf: (id) => names[id] ?? id, briefs: new Map(), readOnly: false };
const none = () => {};
const actions = new Proxy({}, { get: () => none }) as unknown as DetailsActions;

const rel = (over: Partial<Relationship>): Relationship => ({
  id: 'chn-trade-rus',
  source: 'CHN',
  target: 'RUS',
  type: 'TRADE',
  directed: false,
  modality: 'fact',
  quadClass: 2,
  attributes: {},
  evidence: [{ briefId: 'b', quote: "China's trade with Russia", start: 0, end: 25 }],
  ...over,
});

let container: HTMLElement;
function show(r: Relationship) {
  container.replaceChildren(...relationshipDetails(r, ctx, actions).filter((n): n is Node => n !== null));
}
const text = (testId: string) => container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;

beforeEach(() => {
  container = document.createElement('section');
  document.body.replaceChildren(container);
});

describe('the relationship details: what the curator recorded beside the quotes', () => {
  it('shows attributes that are numbers with units as the brief writes them', () => {
    show(
      rel({
        attributes: {
          growth: { value: 116, unit: '%' },
          relativeToUsChinaTrade: { value: 0.25, unit: 'share' },
        },
      }),
    );
    const facts = [...container.querySelectorAll('.facts dt, .facts dd')].map((e) => e.textContent);
    expect(facts).toEqual(expect.arrayContaining(['Growth', '116 %', 'Relative to us china trade', '1/4']));
  });

  it('says a negative finding is one, and reads its sentence with "not"', () => {
    show(
      rel({
        id: 'chn-support-rus',
        type: 'SUPPORT',
        directed: true,
        quadClass: 1,
        negated: true,
        note: 'No support.',
      }),
    );
    expect(text('panel-negated')).toMatch(/^Negative finding: /);
    expect(container.querySelector('h2')?.textContent).toBe('China does not support Russia');
    expect(text('panel-note')).toBe('Note: No support.');
  });

  it('shows who is addressed, and an inferred end with the note that says why', () => {
    show(
      rel({
        type: 'DIPLOMACY',
        source: 'CHN',
        target: 'KOR',
        modality: 'recommendation',
        addressee: 'KOR',
        inferred: true,
        note: 'The sentence names no one who should act.',
      }),
    );
    expect(text('panel-addressee')).toBe('Addressed to South Korea (who the brief says should act)');
    expect(text('panel-inferred')).toBe('Inferred: The sentence names no one who should act.');
    expect(text('panel-note')).toBeNull();
  });

  it('shows none of them for a plain relationship', () => {
    show(rel({}));
    for (const id of ['panel-negated', 'panel-addressee', 'panel-inferred', 'panel-note'])
      expect(text(id)).toBeNull();
  });
});
