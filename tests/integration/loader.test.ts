/**
 * The loader against the real Neo4j: the seed brief is byte-exact, loads are idempotent,
 * removals propagate, and a failed or invalid load leaves the previous graph untouched.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SeedValidationError } from '@briefgraph/graph/domain/errors';
import { loadLibrary } from '@briefgraph/graph/seed/library';
import { loadSeeds, seedsNeedLoading } from '@briefgraph/graph/seed/loader';
import { assertValidSeed } from '@briefgraph/graph/seed/validate-seed';
import { briefSources } from '@briefgraph/graph/store/briefs.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countGraph, resetDatabase, SEEDS_DIR, seedBrief, testGateway } from '../support/database.ts';
import { fixtureSeed } from '../support/fixture-seed.ts';

const BRIEF = 'sejong-focus-2023-04-no25';
const rawText = readFileSync(`${SEEDS_DIR}/${BRIEF}.txt`);
const annotation = JSON.parse(readFileSync(`${SEEDS_DIR}/${BRIEF}.annotations.json`, 'utf8'));

let gateway: Neo4jGateway;

beforeAll(() => {
  gateway = testGateway();
});
afterAll(async () => {
  await gateway?.close();
});
beforeEach(async () => {
  await resetDatabase(gateway);
});

async function relationshipIds(): Promise<string[]> {
  const rows = await gateway.query(
    { name: 'test.ids' },
    'MATCH (:Actor)-[r]->(:Actor) RETURN r.id AS id ORDER BY id',
  );
  return rows.map((r) => String(r.id));
}

describe('the seed brief', () => {
  it('is byte-identical to the source document', () => {
    expect(createHash('sha256').update(rawText).digest('hex')).toBe(
      '32ca55c38b206d26aaa5a129c1a7d54fd5828fbc527d1252d1734d5367e3e056',
    );
  });
});

describe('loadSeeds', () => {
  it('loads every actor and relationship of the annotation', async () => {
    await loadSeeds(gateway, await seedBrief());
    const counts = await countGraph(gateway);
    // nodes: the actors plus one :Brief
    expect(counts).toEqual({
      nodes: annotation.actors.length + 1,
      relationships: annotation.relationships.length,
    });
  });

  it('is idempotent: loading twice gives identical counts and ids', async () => {
    await loadSeeds(gateway, await seedBrief());
    const first = { counts: await countGraph(gateway), ids: await relationshipIds() };
    await loadSeeds(gateway, await seedBrief());
    expect({ counts: await countGraph(gateway), ids: await relationshipIds() }).toEqual(first);
  });

  it('removes a relationship that left the annotation', async () => {
    await loadSeeds(gateway, await seedBrief());
    const removed = annotation.relationships[0].id as string;
    const trimmed = { ...annotation, relationships: annotation.relationships.slice(1) };
    await loadSeeds(gateway, [assertValidSeed(trimmed, rawText.toString('utf8'), 'trimmed')]);
    const ids = await relationshipIds();
    expect(ids).not.toContain(removed);
    expect(ids).toHaveLength(annotation.relationships.length - 1);
  });

  it('rolls back a load that fails part-way, leaving the previous graph untouched', async () => {
    await loadSeeds(gateway, await seedBrief());
    const before = { counts: await countGraph(gateway), ids: await relationshipIds() };
    const [seed] = await seedBrief();
    if (!seed) throw new Error('no seed');
    // Bypass validation to reach the database with an edge whose target does not exist.
    const broken = {
      ...seed,
      contentHash: `${seed.contentHash}-broken`,
      relationships: [
        ...seed.relationships.slice(1),
        { ...seed.relationships[0]!, id: 'broken-edge', target: 'NOBODY' },
      ],
    };
    await expect(loadSeeds(gateway, [broken])).rejects.toThrow(/load aborted/);
    expect({ counts: await countGraph(gateway), ids: await relationshipIds() }).toEqual(before);
  });

  it('tells when the stored seeds differ from the files', async () => {
    const seeds = await seedBrief();
    expect(await seedsNeedLoading(gateway, seeds)).toBe(true);
    await loadSeeds(gateway, seeds);
    expect(await seedsNeedLoading(gateway, seeds)).toBe(false);
  });

  it('loads again what an older loader wrote, though no seed changed', async () => {
    const seeds = await seedBrief();
    await loadSeeds(gateway, seeds);
    await gateway.write({ name: 'test.age' }, (run) => run('MATCH (b:Brief) REMOVE b.loadFormat'));
    expect(await seedsNeedLoading(gateway, seeds)).toBe(true);
  });
});

describe('many briefs in one graph', () => {
  const first = fixtureSeed(
    'brief-one',
    ['AAA', 'BBB', 'CCC'],
    [
      { id: 'aaa-partnership-bbb', source: 'AAA', target: 'BBB' },
      { id: 'bbb-partnership-ccc', source: 'BBB', target: 'CCC' },
    ],
  );
  const second = fixtureSeed(
    'brief-two',
    ['AAA', 'BBB'],
    [{ id: 'aaa-partnership-bbb', source: 'AAA', target: 'BBB' }],
  );

  async function edge(id: string) {
    const rows = await gateway.query(
      { name: 'test.edge' },
      'MATCH (:Actor)-[r]->(:Actor) WHERE r.id = $id RETURN r.briefIds AS briefIds, r.evidenceJson AS evidence',
      { id },
    );
    return rows.map((r) => ({
      briefIds: r.briefIds as string[],
      quotes: (JSON.parse(String(r.evidence)) as Array<{ briefId: string; quote: string }>).map(
        (e) => e.briefId,
      ),
    }));
  }

  it('two briefs that annotate one relationship share one edge, with both briefs’ quotes: corroboration 2', async () => {
    await loadSeeds(gateway, [first, second]);
    expect(await edge('aaa-partnership-bbb')).toEqual([
      { briefIds: ['brief-one', 'brief-two'], quotes: ['brief-one', 'brief-two'] },
    ]);
    expect(await edge('bbb-partnership-ccc')).toEqual([{ briefIds: ['brief-one'], quotes: ['brief-one'] }]);
    // Actors are shared: three, not five.
    expect(await countGraph(gateway)).toEqual({ nodes: 3 + 2, relationships: 2 });
  });

  it('without the second brief, its quote and its corroboration go', async () => {
    await loadSeeds(gateway, [first, second]);
    await loadSeeds(gateway, [first]);
    expect(await edge('aaa-partnership-bbb')).toEqual([{ briefIds: ['brief-one'], quotes: ['brief-one'] }]);
  });

  it('refuses a brief that gives a shared relationship another modality, and changes nothing', async () => {
    await loadSeeds(gateway, [first]);
    const before = { counts: await countGraph(gateway), ids: await relationshipIds() };
    const disagreeing = fixtureSeed(
      'brief-three',
      ['AAA', 'BBB'],
      [{ id: 'aaa-partnership-bbb', source: 'AAA', target: 'BBB', modality: 'assessment' }],
    );
    const refusal = await loadSeeds(gateway, [first, disagreeing]).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(SeedValidationError);
    expect((refusal as SeedValidationError).problems).toEqual([
      'brief-three: relationship aaa-partnership-bbb has another modality than in brief-one (assessment vs fact); give it an id of its own (e.g. aaa-partnership-bbb-assessment)',
    ]);
    expect({ counts: await countGraph(gateway), ids: await relationshipIds() }).toEqual(before);
  });
});

describe('a load writes only what differs', () => {
  /** Each relationship's id with the database's own identity of its edge. */
  async function edgeIdentities(): Promise<Map<string, string>> {
    const rows = await gateway.query(
      { name: 'test.element-ids' },
      'MATCH (:Actor)-[r]->(:Actor) RETURN r.id AS id, elementId(r) AS element',
    );
    return new Map(rows.map((r) => [String(r.id), String(r.element)]));
  }
  const briefA = fixtureSeed(
    'brief-alpha',
    ['AA', 'BB', 'CC'],
    [
      { id: 'aa-bb', source: 'AA', target: 'BB' },
      { id: 'bb-cc', source: 'BB', target: 'CC' },
    ],
  );
  const briefB = (
    edges: {
      id: string;
      source: string;
      target: string;
      type?: string;
      modality?: 'fact' | 'assessment' | 'recommendation';
    }[],
  ) => fixtureSeed('brief-beta', ['CC', 'DD', 'EE'], edges);

  it("changing one brief rewrites its relationships only: the other brief's edges stay the same edges", async () => {
    await loadSeeds(gateway, [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'DD' }])]);
    const before = await edgeIdentities();
    await loadSeeds(gateway, [briefA, briefB([{ id: 'dd-ee', source: 'DD', target: 'EE' }])]);
    const after = await edgeIdentities();
    expect([...after.keys()].sort()).toEqual(['aa-bb', 'bb-cc', 'dd-ee']);
    expect(after.get('aa-bb')).toBe(before.get('aa-bb'));
    expect(after.get('bb-cc')).toBe(before.get('bb-cc'));
    // Loading the same again writes no relationship at all.
    await loadSeeds(gateway, [briefA, briefB([{ id: 'dd-ee', source: 'DD', target: 'EE' }])]);
    expect(await edgeIdentities()).toEqual(after);
  });

  it('does not write a brief again that did not change', async () => {
    const loadedAt = async () =>
      new Map(
        (
          await gateway.query(
            { name: 'test.loaded-at' },
            'MATCH (b:Brief) RETURN b.id AS id, toString(b.loadedAt) AS at',
          )
        ).map((r) => [String(r.id), String(r.at)]),
      );
    await loadSeeds(gateway, [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'DD' }])]);
    const before = await loadedAt();
    await loadSeeds(gateway, [briefA, briefB([{ id: 'dd-ee', source: 'DD', target: 'EE' }])]);
    const after = await loadedAt();
    expect(after.get('brief-alpha')).toBe(before.get('brief-alpha'));
    expect(after.get('brief-beta')).not.toBe(before.get('brief-beta'));
  });

  it('follows a brief added to and taken from what an unchanged brief says', async () => {
    const facts = () =>
      gateway.query(
        { name: 'test.briefs-of' },
        `MATCH (a:Actor {id: 'BB'}) MATCH (:Actor)-[r {id: 'aa-bb'}]->(:Actor)
         RETURN a.briefIds AS actor, r.briefIds AS edge, r.evidenceJson AS evidence`,
      );
    const alsoSays = fixtureSeed('brief-gamma', ['AA', 'BB'], [{ id: 'aa-bb', source: 'AA', target: 'BB' }]);
    await loadSeeds(gateway, [briefA]);
    await loadSeeds(gateway, [briefA, alsoSays]);
    const [both] = await facts();
    expect(both?.actor).toEqual(['brief-alpha', 'brief-gamma']);
    expect(both?.edge).toEqual(['brief-alpha', 'brief-gamma']);
    expect(JSON.parse(String(both?.evidence)).map((e: { briefId: string }) => e.briefId)).toEqual([
      'brief-alpha',
      'brief-gamma',
    ]);
    await loadSeeds(gateway, [briefA]);
    const [one] = await facts();
    expect(one?.actor).toEqual(['brief-alpha']);
    expect(one?.edge).toEqual(['brief-alpha']);
    expect(JSON.parse(String(one?.evidence)).map((e: { briefId: string }) => e.briefId)).toEqual([
      'brief-alpha',
    ]);
    expect((await countGraph(gateway)).relationships).toBe(2);
  });

  it('rewrites in place a relationship whose id, type and ends stay but whose properties change', async () => {
    await loadSeeds(gateway, [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'DD' }])]);
    const before = await edgeIdentities();
    const changed = briefB([{ id: 'cc-dd', source: 'CC', target: 'DD', modality: 'assessment' }]);
    await loadSeeds(gateway, [briefA, changed]);
    const after = await edgeIdentities();
    // The same edge of the database, with its new properties (read below).
    expect(after.get('cc-dd')).toBe(before.get('cc-dd'));
    expect(after.get('aa-bb')).toBe(before.get('aa-bb'));
    const [row] = await gateway.query(
      { name: 'test.modality' },
      "MATCH (:Actor)-[r {id: 'cc-dd'}]->(:Actor) RETURN r.modality AS modality, count(*) AS n",
    );
    expect({ modality: row?.modality, n: Number(row?.n) }).toEqual({ modality: 'assessment', n: 1 });
  });

  it('a rewrite in place removes a property the relationship no longer has, and adds one it gains', async () => {
    const properties = async () => {
      const [row] = await gateway.query(
        { name: 'test.addressee' },
        "MATCH (:Actor)-[r {id: 'cc-dd'}]->(:Actor) RETURN elementId(r) AS edge, r.modality AS modality, r.addressee AS addressee, keys(r) AS keys",
      );
      return row as { edge: string; modality: string; addressee: string | null; keys: string[] };
    };
    // A recommendation names its addressee (fixtureSeed: the source); a fact has none.
    await loadSeeds(gateway, [
      briefA,
      briefB([{ id: 'cc-dd', source: 'CC', target: 'DD', modality: 'recommendation' }]),
    ]);
    const first = await properties();
    expect([first.modality, first.addressee]).toEqual(['recommendation', 'CC']);
    await loadSeeds(gateway, [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'DD' }])]);
    const second = await properties();
    expect(second.edge).toBe(first.edge);
    expect([second.modality, second.addressee, second.keys.includes('addressee')]).toEqual([
      'fact',
      null,
      false,
    ]);
    await loadSeeds(gateway, [
      briefA,
      briefB([{ id: 'cc-dd', source: 'CC', target: 'DD', modality: 'recommendation' }]),
    ]);
    const third = await properties();
    expect([third.edge, third.modality, third.addressee]).toEqual([first.edge, 'recommendation', 'CC']);
  });

  it('creates anew a relationship whose ends or type change under the same id', async () => {
    const ends = async () =>
      gateway.query(
        { name: 'test.ends' },
        'MATCH (s:Actor)-[r]->(t:Actor) RETURN r.id AS id, s.id AS source, type(r) AS type, t.id AS target ORDER BY id',
      );
    await loadSeeds(gateway, [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'DD' }])]);
    const before = await edgeIdentities();
    await loadSeeds(gateway, [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'EE' }])]);
    expect((await edgeIdentities()).get('cc-dd')).not.toBe(before.get('cc-dd'));
    await loadSeeds(gateway, [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'EE', type: 'TRADE' }])]);
    expect(await ends()).toEqual([
      { id: 'aa-bb', source: 'AA', type: 'PARTNERSHIP', target: 'BB' },
      { id: 'bb-cc', source: 'BB', type: 'PARTNERSHIP', target: 'CC' },
      { id: 'cc-dd', source: 'CC', type: 'TRADE', target: 'EE' },
    ]);
    expect((await countGraph(gateway)).relationships).toBe(3);
  });

  it('moves an alias from one actor to another, drops one that went, and keeps the rest', async () => {
    const withAliases = (aliases: Record<string, string[]>) => {
      const seed = briefA;
      const raw = JSON.parse(seed.annotation);
      for (const actor of raw.actors) actor.aliases = aliases[actor.id] ?? [];
      return assertValidSeed(raw, seed.text, 'brief-alpha.annotations.json');
    };
    const aliases = async () =>
      (
        await gateway.query(
          { name: 'test.alias-pairs' },
          'MATCH (k:Alias) RETURN k.key AS key, k.actorId AS actor ORDER BY key',
        )
      ).map((r) => `${r.key}→${r.actor}`);
    await loadSeeds(gateway, [withAliases({ AA: ['Alpha', 'Shared'], BB: ['Bravo'] })]);
    const kept = await gateway.query(
      { name: 'test.alias-element' },
      "MATCH (k:Alias {key: 'bravo'}) RETURN elementId(k) AS element",
    );
    await loadSeeds(gateway, [withAliases({ AA: ['Alpha'], BB: ['Bravo', 'Shared'] })]);
    expect(await aliases()).toEqual([
      'aa→AA',
      'actor aa→AA',
      'actor bb→BB',
      'actor cc→CC',
      'alpha→AA',
      'bb→BB',
      'bravo→BB',
      'cc→CC',
      'shared→BB',
    ]);
    // An alias that stays is not written again.
    const [again] = await gateway.query(
      { name: 'test.alias-element' },
      "MATCH (k:Alias {key: 'bravo'}) RETURN elementId(k) AS element",
    );
    expect(again?.element).toBe(kept[0]?.element);
  });

  it('keeps a reviewed brief added in the app through the upgrade from an annotation kept as a string', async () => {
    const app = {
      ...fixtureSeed('brief-app', ['AA', 'BB'], [{ id: 'aa-bb', source: 'AA', target: 'BB' }]),
      origin: 'app' as const,
    };
    await loadSeeds(gateway, [app]);
    // As LOAD_FORMAT 5 kept it.
    await gateway.write({ name: 'test.age' }, (run) =>
      run('MATCH (b:Brief) REMOVE b.annotationGzip SET b.annotationJson = $annotation, b.loadFormat = 5', {
        annotation: app.annotation,
      }),
    );
    expect((await briefSources(gateway, 'brief-app')).annotation).toBe(app.annotation);
    await loadLibrary(gateway, []);
    const rows = await gateway.query(
      { name: 'test.upgraded' },
      'MATCH (b:Brief) RETURN b.id AS id, b.origin AS origin, b.annotationJson IS NULL AS noString, b.annotationGzip IS NOT NULL AS bytes',
    );
    expect(rows).toEqual([{ id: 'brief-app', origin: 'app', noString: true, bytes: true }]);
    expect(await relationshipIds()).toEqual(['aa-bb']);
    expect((await briefSources(gateway, 'brief-app')).annotation).toBe(app.annotation);
  });

  it('rewrites everything for a database an older loader wrote', async () => {
    const seeds = [briefA, briefB([{ id: 'cc-dd', source: 'CC', target: 'DD' }])];
    await loadSeeds(gateway, seeds);
    const before = await edgeIdentities();
    // As format 5 kept it: the annotation file as a string property.
    await gateway.write({ name: 'test.age' }, (run) =>
      run("MATCH (b:Brief) REMOVE b.loadFormat, b.annotationGzip SET b.annotationJson = '{}'"),
    );
    const aliases = async () =>
      (await gateway.query({ name: 'test.aliases' }, 'MATCH (k:Alias) RETURN k.key AS key ORDER BY key')).map(
        (r) => String(r.key),
      );
    const wantedAliases = await aliases();
    // What an older loader may have left: a property no longer written, a key it made, one missing.
    await gateway.write({ name: 'test.age-graph' }, async (run) => {
      await run("MATCH (:Actor)-[r {id: 'aa-bb'}]->(:Actor) SET r.legacy = 1");
      await run("MATCH (k:Alias {key: 'bb'}) DELETE k");
      await run("CREATE (:Alias {key: 'old key', actorId: 'AA'}), (:Alias {key: 'orphan'})");
    });
    await loadSeeds(gateway, seeds);
    const after = await edgeIdentities();
    // Every relationship is rewritten in place: the same edges, with only what this loader writes.
    expect(after).toEqual(before);
    const [legacy] = await gateway.query(
      { name: 'test.legacy' },
      "MATCH (:Actor)-[r {id: 'aa-bb'}]->(:Actor) RETURN r.legacy AS legacy",
    );
    expect(legacy?.legacy).toBeNull();
    // The key index is as a first load makes it.
    expect(await aliases()).toEqual(wantedAliases);
    expect(await seedsNeedLoading(gateway, seeds)).toBe(false);
    const briefs = await gateway.query(
      { name: 'test.annotation-kept' },
      'MATCH (b:Brief) RETURN b.annotationJson IS NULL AS noString, b.annotationGzip IS NOT NULL AS bytes',
    );
    expect(briefs).toEqual([
      { noString: true, bytes: true },
      { noString: true, bytes: true },
    ]);
  });
});

describe('seed validation', () => {
  const text = rawText.toString('utf8');

  it('points at the exact place of a quote that is not in the brief, and loads nothing', async () => {
    const bad = structuredClone(annotation);
    bad.relationships[7].evidence[0].quote = 'North Korea apologised to everyone.';
    let error: unknown;
    try {
      assertValidSeed(bad, text, 'bad.annotations.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems).toEqual([
      `bad.annotations.json: relationships[7] (${annotation.relationships[7].id}).evidence[0]: quote not found in brief text`,
    ]);
    expect(await countGraph(gateway)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('rejects unknown relationship types and unknown actors with their paths', () => {
    const bad = structuredClone(annotation);
    bad.relationships[2].type = 'FRIENDSHIP';
    bad.relationships[3].target = 'ATLANTIS';
    expect(() => assertValidSeed(bad, text, 'bad')).toThrow(
      `bad: relationships[2] (${annotation.relationships[2].id}).type: Invalid option`,
    );
    bad.relationships[2].type = 'ALLIANCE';
    expect(() => assertValidSeed(bad, text, 'bad')).toThrow(
      `bad: relationships[3] (${annotation.relationships[3].id}).target: unknown actor ATLANTIS`,
    );
  });

  it('asks which occurrence when a quote occurs more than once', () => {
    const bad = structuredClone(annotation);
    bad.relationships[0].evidence = [{ quote: 'North Korea' }];
    expect(() => assertValidSeed(bad, text, 'bad')).toThrow(
      `bad: relationships[0] (${annotation.relationships[0].id}).evidence[0]: quote occurs ${text.split('North Korea').length - 1} times in brief text; say which with "occurrence"`,
    );
  });

  it('rejects a brief text whose checksum changed', () => {
    expect(() => assertValidSeed(annotation, `${text} `, 'bad')).toThrow(/brief\.sha256/);
  });
});
