/** merge.ts: how briefs that share actors and relationships are merged before a load. */
import { describe, expect, it } from 'vitest';
import { SeedValidationError } from '../domain/errors.ts';
import { mergeActors, mergeRelationships } from './merge.ts';
import { assertValidSeed, sha256 } from './validate-seed.ts';

function seed(
  id: string,
  actors: Array<{ id: string; name: string; aliases?: string[] }>,
  rel?: { id: string; modality?: string },
) {
  const text = 'South Korea and the United States are allies.\n';
  return assertValidSeed(
    {
      brief: {
        id,
        textFile: `${id}.txt`,
        sha256: sha256(text),
        title: id,
        publisher: 'P',
        authors: [],
        publishedOn: '2026-01-01',
        language: 'en',
      },
      actors: actors.map((a) => ({ kind: 'state', ...a })),
      relationships: rel
        ? [
            {
              id: rel.id,
              source: 'KOR',
              target: 'USA',
              type: 'ALLIANCE',
              modality: rel.modality ?? 'fact',
              evidence: [{ quote: 'South Korea and the United States are allies' }],
            },
          ]
        : [],
    },
    text,
    id,
  );
}

const KOR = { id: 'KOR', name: 'South Korea', aliases: ['ROK'] };
const USA = { id: 'USA', name: 'United States', aliases: ['U.S.'] };

describe('mergeActors', () => {
  it('shares an actor across briefs by id: first name wins, aliases are unioned, each brief listed', () => {
    const merged = mergeActors([
      seed('brief-a', [KOR]),
      seed('brief-b', [{ id: 'KOR', name: 'Korea', aliases: ['Seoul'] }]),
    ]);
    expect(merged).toEqual([
      {
        id: 'KOR',
        name: 'South Korea',
        kind: 'state',
        aliases: ['ROK', 'Seoul'],
        briefIds: ['brief-a', 'brief-b'],
      },
    ]);
  });

  it("refuses a brief that gives another actor a name or alias that is already another actor's", () => {
    expect(() =>
      mergeActors([seed('brief-a', [KOR]), seed('brief-b', [{ id: 'SOUTH_KOREA', name: 'ROK' }])]),
    ).toThrow(SeedValidationError);
    try {
      mergeActors([seed('brief-a', [KOR]), seed('brief-b', [{ id: 'SOUTH_KOREA', name: 'ROK' }])]);
    } catch (error) {
      expect((error as SeedValidationError).problems).toEqual([
        `brief-b: actor SOUTH_KOREA's name or alias "rok" is already KOR's (in brief-a); use KOR, or drop the alias`,
      ]);
    }
  });

  it('checks a repeated actor again only when it brings a name: a later clash is still named, in each brief', () => {
    const briefs = [
      seed('brief-a', [KOR]),
      seed('brief-b', [KOR]),
      seed('brief-c', [{ id: 'KOR', name: 'South Korea', aliases: ['Seoul'] }]),
      seed('brief-d', [{ id: 'SEOUL_CITY', name: 'Seoul' }]),
      seed('brief-e', [{ id: 'SEOUL_CITY', name: 'Seoul' }]),
    ];
    const refusal = (() => {
      try {
        mergeActors(briefs);
      } catch (error) {
        return error as SeedValidationError;
      }
    })();
    expect(refusal?.problems).toEqual([
      `brief-d: actor SEOUL_CITY's name or alias "seoul" is already KOR's (in brief-c); use KOR, or drop the alias`,
      `brief-e: actor SEOUL_CITY's name or alias "seoul" is already KOR's (in brief-c); use KOR, or drop the alias`,
    ]);
    expect(mergeActors(briefs.slice(0, 3))).toEqual([
      {
        id: 'KOR',
        name: 'South Korea',
        kind: 'state',
        aliases: ['ROK', 'Seoul'],
        briefIds: ['brief-a', 'brief-b', 'brief-c'],
      },
    ]);
  });
});

describe('mergeRelationships', () => {
  it('makes one relationship of the same id in two briefs, with both briefs and both quotes', () => {
    const [rel] = mergeRelationships([
      seed('brief-a', [KOR, USA], { id: 'kor-alliance-usa' }),
      seed('brief-b', [KOR, USA], { id: 'kor-alliance-usa' }),
    ]);
    expect(rel?.briefIds).toEqual(['brief-a', 'brief-b']);
    expect(rel?.evidence.map((e) => e.briefId)).toEqual(['brief-a', 'brief-b']);
  });

  it('refuses the same id negated in one brief and affirmed in another: a contradiction, not corroboration', () => {
    const affirmed = seed('brief-a', [KOR, USA], { id: 'kor-alliance-usa' });
    const negated = seed('brief-b', [KOR, USA], { id: 'kor-alliance-usa' });
    negated.relationships[0] = { ...negated.relationships[0]!, negated: true };
    expect(() => mergeRelationships([affirmed, negated])).toThrow(
      /brief-b: relationship kor-alliance-usa has another negated than in brief-a \(true vs none\); give it an id of its own \(e\.g\. kor-alliance-usa-not\)/,
    );
  });

  it('is inferred only while no brief names both ends', () => {
    const inferred = seed('brief-a', [KOR, USA], { id: 'kor-alliance-usa' });
    inferred.relationships[0] = { ...inferred.relationships[0]!, inferred: true, note: 'the text says "it"' };
    const named = seed('brief-b', [KOR, USA], { id: 'kor-alliance-usa' });
    expect(mergeRelationships([inferred, named])[0]).toMatchObject({ note: 'the text says "it"' });
    expect(mergeRelationships([inferred, named])[0]?.inferred).toBeUndefined();
    expect(mergeRelationships([inferred, structuredClone(inferred)])[0]?.inferred).toBe(true);
  });

  it('refuses the same id with another modality, naming both briefs and both values', () => {
    expect(() =>
      mergeRelationships([
        seed('brief-a', [KOR, USA], { id: 'kor-alliance-usa' }),
        seed('brief-b', [KOR, USA], { id: 'kor-alliance-usa', modality: 'assessment' }),
      ]),
    ).toThrow(
      /brief-b: relationship kor-alliance-usa has another modality than in brief-a \(assessment vs fact\)/,
    );
  });
});
