import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeedValidationError } from '../domain/errors.ts';
import { assertValidSeed, findOccurrences, sha256 } from './validate-seed.ts';

const text = 'Alpha provokes Beta. Beta trades with Gamma. Alpha provokes Beta again.';

function annotation(overrides: Record<string, unknown> = {}) {
  return {
    brief: {
      id: 'unit-brief',
      textFile: 'unit-brief.txt',
      sha256: sha256(text),
      title: 'Unit',
      publisher: 'Nobody',
      authors: [{ name: 'A. Author' }],
      publishedOn: '2024-02-03',
      language: 'en',
    },
    actors: [
      { id: 'ALPHA', name: 'Alpha', kind: 'state', aliases: ['A-land'] },
      { id: 'BETA', name: 'Beta', kind: 'state' },
      { id: 'GAMMA', name: 'Gamma', kind: 'organization' },
    ],
    relationships: [
      {
        id: 'alpha-provocation-beta',
        source: 'ALPHA',
        target: 'BETA',
        type: 'PROVOCATION',
        modality: 'fact',
        evidence: [{ quote: 'Alpha provokes Beta', occurrence: 2 }],
      },
      {
        id: 'beta-trade-gamma',
        source: 'BETA',
        target: 'GAMMA',
        type: 'TRADE',
        modality: 'assessment',
        evidence: [{ quote: 'Beta trades with Gamma' }],
      },
    ],
    ...overrides,
  };
}

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('findOccurrences', () => {
  it('finds every start index, overlapping ones included', () => {
    expect(findOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findOccurrences(text, 'nothing')).toEqual([]);
  });
});

describe('assertValidSeed', () => {
  it('computes offsets so that text.slice(start, end) is the quote, at the chosen occurrence', () => {
    const seed = assertValidSeed(annotation(), text, 'unit');
    const provocation = seed.relationships[0]!;
    expect(provocation.evidence[0]).toEqual({
      briefId: 'unit-brief',
      quote: 'Alpha provokes Beta',
      start: 45,
      end: 64,
    });
    expect(text.slice(45, 64)).toBe('Alpha provokes Beta');
    expect(provocation).toMatchObject({ directed: true, quadClass: 4 });
    expect(seed.relationships[1]).toMatchObject({ directed: false, quadClass: 2, attributes: {} });
  });

  it('changes its content hash when the annotation changes', () => {
    const a = assertValidSeed(annotation(), text, 'unit');
    const changed = annotation();
    changed.relationships[1]!.modality = 'fact';
    expect(assertValidSeed(changed, text, 'unit').contentHash).not.toBe(a.contentHash);
    expect(assertValidSeed(annotation(), text, 'unit').contentHash).toBe(a.contentHash);
  });

  it('reports a schema error with its path', () => {
    const bad = annotation();
    (bad.relationships[0] as { modality: string }).modality = 'rumour';
    expect(problemsOf(() => assertValidSeed(bad, text, 'u.json'))[0]).toMatch(
      /^u\.json: relationships\[0\] \(alpha-provocation-beta\)\.modality: /,
    );
  });

  it('reports every semantic problem at once', () => {
    const bad = annotation({
      actors: [
        { id: 'ALPHA', name: 'Alpha', kind: 'state', aliases: ['Beta'] },
        { id: 'BETA', name: 'Beta', kind: 'state' },
      ],
    });
    bad.relationships[0]!.evidence = [{ quote: 'Alpha provokes Beta', occurrence: 3 }];
    expect(problemsOf(() => assertValidSeed(bad, text, 'u'))).toEqual([
      'u: actors[1]: name or alias "beta" of BETA is already used by ALPHA',
      'u: relationships[0] (alpha-provocation-beta).evidence[0]: occurrence 3 requested but the quote occurs 2 time(s)',
      'u: relationships[1] (beta-trade-gamma).target: unknown actor GAMMA',
    ]);
  });

  it('rejects an unknown relationship type through the vocabulary enum', () => {
    const bad = annotation();
    (bad.relationships[1] as { type: string }).type = 'ALLIANCE]->() DETACH DELETE n //';
    expect(problemsOf(() => assertValidSeed(bad, text, 'u'))[0]).toMatch(
      /relationships\[1\] \(beta-trade-gamma\)\.type/,
    );
  });
});

describe('the annotation rules, each on a failing file (fixtures/)', () => {
  const dir = new URL('./fixtures/', import.meta.url);
  const rulesText = readFileSync(new URL('rules.txt', dir), 'utf8');
  const check = (file: string) => {
    const raw = readFileSync(new URL(file, dir), 'utf8');
    return problemsOf(() => assertValidSeed(JSON.parse(raw), rulesText, file, raw));
  };

  it('loads a file that keeps every rule, with its addressee, inferred end, negative finding, note and quantity', () => {
    const raw = readFileSync(new URL('valid.annotations.json', dir), 'utf8');
    const seed = assertValidSeed(JSON.parse(raw), rulesText, 'valid', raw);
    const [talks, trade, provocation, support] = seed.relationships;
    expect(talks).toMatchObject({ modality: 'recommendation', addressee: 'ALPHA' });
    expect(talks).not.toHaveProperty('inferred');
    expect(trade?.attributes).toEqual({ growth: { value: 116, unit: '%' }, period: 'a decade' });
    expect(provocation).toMatchObject({
      inferred: true,
      note: expect.stringMatching(/^The text names no target/),
    });
    expect(support).toMatchObject({ negated: true, note: 'A negative finding.' });
    expect(seed.actors.find((a) => a.kind === 'issue')?.id).toBe('BETA_GAMMA_ISSUE');
  });

  it('takes inferred: false and negated: false (a review form may send them) as absent', () => {
    const raw = JSON.parse(readFileSync(new URL('valid.annotations.json', dir), 'utf8'));
    raw.relationships[1].inferred = false;
    raw.relationships[1].negated = false;
    const trade = assertValidSeed(raw, rulesText, 'valid').relationships[1];
    expect(trade).not.toHaveProperty('inferred');
    expect(trade).not.toHaveProperty('negated');
  });

  it('refuses a recommendation that names no addressee, at its modality', () => {
    expect(check('recommendation-without-addressee.annotations.json')).toEqual([
      'recommendation-without-addressee.annotations.json:44:19: relationships[0] (alpha-diplomacy-beta).modality: a recommendation names its "addressee" (who should act: ALPHA or BETA)',
    ]);
  });

  it('refuses a recommendation none of whose quotes holds a modal word, at its evidence', () => {
    expect(check('recommendation-without-modal-words.annotations.json')).toEqual([
      'recommendation-without-modal-words.annotations.json:45:19: relationships[0] (alpha-diplomacy-beta).evidence: none of the quotes of a recommendation holds its modal words (should, must, need to, it is necessary, is required, requires …); extend one to include them',
    ]);
  });

  it('refuses an inferred end without a note, at its inferred flag', () => {
    expect(check('inferred-without-note.annotations.json')).toEqual([
      'inferred-without-note.annotations.json:82:19: relationships[2] (alpha-provocation-beta).inferred: an inferred end needs a "note" that says why it is read so',
    ]);
  });

  it('refuses an addressee that is not an end of the relationship, at the addressee', () => {
    expect(check('addressee-not-an-end.annotations.json')).toEqual([
      'addressee-not-an-end.annotations.json:50:20: relationships[0] (alpha-diplomacy-beta).addressee: addressee GAMMA is neither the source (ALPHA) nor the target (BETA); who should act is one of its ends',
    ]);
  });

  it('refuses a quantity whose value is not a number, at the attribute', () => {
    const [problem, ...rest] = check('quantity-without-number.annotations.json');
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^quantity-without-number\.annotations\.json:\d+:\d+: relationships\[1\] \(beta-trade-gamma\)\.attributes\.growth: /,
    );
  });
});
