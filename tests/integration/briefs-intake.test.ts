/**
 * The brief workbench's writes against the real Neo4j loaded with the seed brief: a brief added
 * (JSON, PDF, HTML) is stored with its canonical text and changes nothing in the graph; its
 * reviewed annotation joins the graph beside the seed brief (a shared relationship is then
 * supported by both), is refused whole with the loader's message when wrong, and goes again
 * with DELETE; seed briefs are not the app's to change; with WRITE_TOKEN every write needs it;
 * and a restart keeps what was added in the app.
 */
import { loadLibrary } from '@briefgraph/graph/seed/library';
import type { Seed } from '@briefgraph/graph/seed/validate-seed';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countGraph, resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';
import { createResponseValidator } from '../support/openapi-validator.ts';
import { pdfWithText } from '../support/pdf-fixture.ts';

const SEJONG = 'sejong-focus-2023-04-no25';
const TOKEN = 'a-write-token-for-tests';
let gateway: Neo4jGateway;
let server: TestServer;
let seeds: Seed[];
let validate: ReturnType<typeof createResponseValidator>;

/** A short brief of our own: it says again one thing the Sejong brief says (KOR–USA alliance). */
const TEXT = [
  'Seoul and Washington: the alliance after the summit',
  '',
  'South Korea and the United States reaffirmed the strengthening of the Korea-U.S. alliance at their meeting.',
  '',
  'Japan deepened its trade with South Korea over the past year.',
].join('\n');

const intake = (extra: Record<string, unknown> = {}) => ({
  title: 'Seoul and Washington: the alliance after the summit',
  publisher: 'Test Institute',
  published: '2026-11-20',
  author: 'A. Analyst',
  text: TEXT,
  ...extra,
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${server.baseUrl}${path}`, init);
  const text = await res.text();
  const json = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  const template = path.replace(/^\/api\/briefs\/[^/]+/, (m) =>
    m === '/api/briefs' ? m : '/api/briefs/{id}',
  );
  expect(validate(method.toLowerCase(), template, res.status, json), `${method} ${path}`).toEqual([]);
  return { status: res.status, body: json as any, headers: res.headers };
}

async function upload(fields: Record<string, string>, file?: { bytes: Buffer; type: string; name: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const res = await fetch(`${server.baseUrl}/api/briefs`, { method: 'POST', body: form });
  const body = (await res.json()) as any;
  expect(validate('post', '/api/briefs', res.status, body)).toEqual([]);
  return { status: res.status, body };
}

/** Every relationship with its briefs and evidence, and every actor: what "unchanged" compares. */
async function graphDump() {
  const rows = await gateway.query(
    { name: 'test.dump' },
    `MATCH (s:Actor)-[r]->(t:Actor)
     WITH s.id + ' ' + type(r) + ' ' + t.id + ' ' + r.id + ' ' + r.modality + ' ' + r.evidenceJson + ' ' + reduce(s = '', b IN r.briefIds | s + b + ',') AS line
     ORDER BY line RETURN collect(line) AS rels`,
  );
  const actors = await gateway.query(
    { name: 'test.dump-actors' },
    `MATCH (a:Actor) WITH a ORDER BY a.id
     RETURN collect(a.id + ':' + reduce(s = '', k IN a.aliases | s + k + ',')) AS actors`,
  );
  return { rels: rows[0]?.rels, actors: actors[0]?.actors };
}

async function relationship(id: string) {
  const [row] = await gateway.query(
    { name: 'test.rel' },
    'MATCH ()-[r {id: $id}]->() RETURN r.briefIds AS briefIds, r.evidenceJson AS evidence',
    { id },
  );
  return row ? { briefIds: row.briefIds as string[], evidence: JSON.parse(String(row.evidence)) } : null;
}

/** The Sejong brief's own record of a relationship, from the seed file (not from the code under test). */
function seedRelationship(id: string) {
  const rel = seeds[0]?.relationships.find((r) => r.id === id);
  if (!rel) throw new Error(`the seed brief has no ${id}`);
  return rel;
}

/** A reviewed annotation for the brief `id` added with TEXT: one relationship the seed shares, one of its own. */
async function annotationFor(id: string) {
  const brief = (await call('GET', `/api/briefs/${id}`)).body;
  const shared = seedRelationship('kor-alliance-usa');
  const actorsById = new Map(seeds[0]?.actors.map((a) => [a.id, a]));
  const actor = (key: string) => {
    const a = actorsById.get(key);
    if (!a) throw new Error(key);
    return { id: a.id, name: a.name, kind: a.kind, ...(a.iso3 ? { iso3: a.iso3 } : {}), aliases: a.aliases };
  };
  return {
    brief: {
      id,
      textFile: `${id}.txt`,
      title: brief.title,
      publisher: brief.publisher,
      authors: brief.authors,
      publishedOn: brief.publishedOn,
      language: brief.language,
      sha256: brief.sha256,
    },
    frontMatter: [],
    actors: [actor(shared.source), actor(shared.target), actor('JPN')],
    relationships: [
      {
        id: shared.id,
        source: shared.source,
        target: shared.target,
        type: shared.type,
        modality: shared.modality,
        evidence: [{ quote: 'the strengthening of the Korea-U.S. alliance' }],
      },
      {
        id: 'jpn-trade-kor',
        source: 'JPN',
        target: 'KOR',
        type: 'TRADE',
        modality: 'fact',
        evidence: [{ quote: 'Japan deepened its trade with South Korea' }],
      },
    ],
  };
}

beforeAll(async () => {
  gateway = testGateway();
  seeds = await seedBrief();
  server = await startTestServer(gateway);
  validate = createResponseValidator((await getJson(`${server.baseUrl}/api/openapi.json`)).body);
});

beforeEach(async () => {
  await resetDatabase(gateway, seeds);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe('POST /api/briefs', () => {
  it('stores a pasted brief with its text in NFC and LF, awaiting review, and changes nothing in the graph', async () => {
    const before = await graphDump();
    // "Séoul" with a combining accent (NFD), CRLF line ends: both made canonical once, here.
    const nfd = 'Se\u0301oul';
    const { status, body, headers } = await call(
      'POST',
      '/api/briefs',
      intake({ text: `${nfd} said.\r\n\r\nMore.` }),
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      id: 'seoul-and-washington-the-alliance-after-the-summit',
      origin: 'app',
      reviewed: false,
      authors: [{ name: 'A. Analyst' }],
      publishedOn: '2026-11-20',
      language: 'en',
    });
    expect(headers.get('location')).toBe(`/api/briefs/${body.id}`);
    const text = await (await fetch(`${server.baseUrl}/api/briefs/${body.id}/text`)).text();
    expect(text).toBe('S\u00e9oul said.\n\nMore.\n');
    const listed = (await call('GET', '/api/briefs')).body.items;
    expect(listed.map((b: any) => [b.id, b.origin, b.reviewed]).sort()).toEqual([
      [SEJONG, 'seed', true],
      [body.id, 'app', false],
    ]);
    expect(await graphDump()).toEqual(before);
    // Not reviewed: there is no annotation to export yet.
    expect((await call('GET', `/api/briefs/${body.id}/annotations.json`)).status).toBe(404);
  });

  it('gives a second brief of the same title its own id, and refuses the same text twice', async () => {
    const first = await call('POST', '/api/briefs', intake());
    const second = await call('POST', '/api/briefs', intake({ text: `${TEXT}\nA later edition.` }));
    expect(second.body.id).toBe(`${first.body.id}-2`);
    const again = await call('POST', '/api/briefs', intake({ title: 'Another title' }));
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(first.body.id);
  });

  it('refuses a bad body with a 400 naming the field, and stores nothing', async () => {
    for (const [body, field] of [
      [intake({ published: '20 November 2026' }), 'published'],
      [intake({ text: '   \n ' }), 'text'],
      [intake({ title: undefined }), 'title'],
      [intake({ url: 'javascript:alert(1)' }), 'url'],
      [{ ...intake(), extra: 1 }, 'extra'],
      [intake({ language: 'qj-7UJr-lAu-fPv7qsnc-w00' }), 'language'],
      [intake({ title: 'Two\nlines' }), 'title'],
      [intake({ author: 'A\u0012B' }), 'author'],
    ] as const) {
      const res = await call('POST', '/api/briefs', body);
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.body.error), field).toContain(field);
    }
    const notJson = await call('POST', '/api/briefs', 'title=x', { 'content-type': 'text/plain' });
    expect(notJson.status).toBe(415);
    expect((await call('GET', '/api/briefs')).body.items).toHaveLength(1);
  });

  it('reads an uploaded PDF into paragraphs, titled by the document when no title is sent', async () => {
    const pdf = pdfWithText(
      [
        [
          'South Korea and Japan held a summit in Tokyo. The two',
          'countries agreed on closer coop-',
          'eration.',
        ],
        ['The United States should support them.'],
      ],
      'Tokyo summit note',
    );
    const { status, body } = await upload(
      { publisher: 'Test Institute', published: '2026-11-21' },
      { bytes: pdf, type: 'application/pdf', name: 'note.pdf' },
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({ id: 'tokyo-summit-note', title: 'Tokyo summit note', authors: [] });
    const text = await (await fetch(`${server.baseUrl}/api/briefs/${body.id}/text`)).text();
    expect(text).toBe(
      'South Korea and Japan held a summit in Tokyo. The two countries agreed on closer cooperation.\n\nThe United States should support them.\n',
    );
  });

  it('reads an uploaded HTML page into paragraphs, without its navigation and scripts', async () => {
    const html =
      '<!doctype html><html><head><title>Hanoi &amp; Seoul</title><script>var x = 1;</script></head><body><nav>Home | About</nav><article><h1>Hanoi &amp; Seoul</h1><p>Vietnam and South Korea signed a trade deal.</p><p>Both <em>should</em> widen it.</p></article><footer>© Institute</footer></body></html>';
    const { status, body } = await upload(
      { publisher: 'Test Institute', published: '2026-11-22', author: '' },
      { bytes: Buffer.from(html), type: 'text/html', name: 'page.html' },
    );
    expect(status).toBe(201);
    expect(body.title).toBe('Hanoi & Seoul');
    expect(body.authors).toEqual([]);
    const text = await (await fetch(`${server.baseUrl}/api/briefs/${body.id}/text`)).text();
    expect(text).toBe(
      'Hanoi & Seoul\n\nVietnam and South Korea signed a trade deal.\n\nBoth should widen it.\n',
    );
  });

  it('refuses a file it cannot read: 415 for another format, 422 for a PDF without text', async () => {
    const fields = { title: 'X files', publisher: 'P', published: '2026-01-01' };
    const png = await upload(fields, {
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      type: 'image/png',
      name: 'a.png',
    });
    expect(png.status).toBe(415);
    const empty = await upload(fields, { bytes: pdfWithText([]), type: 'application/pdf', name: 'scan.pdf' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toMatch(/no text layer/);
    const broken = await upload(fields, {
      bytes: Buffer.from('%PDF-1.4\nnot really'),
      type: 'application/pdf',
      name: 'b.pdf',
    });
    // Over the 10 MB limit: refused while it is read, before any extraction.
    const huge = await upload(fields, {
      bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61),
      type: 'text/plain',
      name: 'big.txt',
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toMatch(/larger than 10 MB/);
    expect(broken.status).toBe(422);
    expect((await call('GET', '/api/briefs')).body.items).toHaveLength(1);
  });

  it('drafts the added brief: quotes are its canonical text at their offsets', async () => {
    const { body: brief } = await call('POST', '/api/briefs', intake());
    const text = await (await fetch(`${server.baseUrl}/api/briefs/${brief.id}/text`)).text();
    const draft = (await call('POST', `/api/briefs/${brief.id}/draft`)).body;
    expect(draft.relationships.length).toBeGreaterThan(0);
    for (const rel of draft.relationships) {
      for (const e of rel.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});

describe('PUT /api/briefs/:id/annotations and DELETE /api/briefs/:id', () => {
  it('joins the graph beside the seed brief: a shared relationship is supported by both; delete takes back only what the brief alone supported', async () => {
    const before = await graphDump();
    const { body: brief } = await call('POST', '/api/briefs', intake());
    const annotation = await annotationFor(brief.id);
    const saved = await call('PUT', `/api/briefs/${brief.id}/annotations`, annotation);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: brief.id, actors: 3, relationships: 2 });

    const shared = await relationship('kor-alliance-usa');
    expect(shared?.briefIds).toEqual([SEJONG, brief.id]);
    expect(new Set(shared?.evidence.map((e: any) => e.briefId))).toEqual(new Set([SEJONG, brief.id]));
    const text = await (await fetch(`${server.baseUrl}/api/briefs/${brief.id}/text`)).text();
    for (const e of shared?.evidence.filter((e: any) => e.briefId === brief.id) ?? []) {
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect((await relationship('jpn-trade-kor'))?.briefIds).toEqual([brief.id]);
    // The reader finds the new brief's spans; the export is the annotation as saved.
    const reader = (await call('GET', `/api/briefs/${brief.id}`)).body;
    expect(reader).toMatchObject({ origin: 'app', reviewed: true });
    expect(reader.spans.map((s: any) => s.relationshipId).sort()).toEqual([
      'jpn-trade-kor',
      'kor-alliance-usa',
    ]);
    const exported = await (await fetch(`${server.baseUrl}/api/briefs/${brief.id}/annotations.json`)).text();
    expect(JSON.parse(exported)).toEqual(annotation);
    // The seed brief is as it was.
    expect((await call('GET', `/api/briefs/${SEJONG}`)).body.spans.length).toBe(
      seeds[0]?.relationships.flatMap((r) => r.evidence).length,
    );

    const deleted = await call('DELETE', `/api/briefs/${brief.id}`);
    expect(deleted.status).toBe(204);
    expect((await relationship('kor-alliance-usa'))?.briefIds).toEqual([SEJONG]);
    expect(await relationship('jpn-trade-kor')).toBeNull();
    expect(await graphDump()).toEqual(before);
    expect((await call('GET', `/api/briefs/${brief.id}`)).status).toBe(404);
  });

  it("saving again replaces the brief's relationships only", async () => {
    const { body: brief } = await call('POST', '/api/briefs', intake());
    const annotation = await annotationFor(brief.id);
    await call('PUT', `/api/briefs/${brief.id}/annotations`, annotation);
    const second = { ...annotation, relationships: annotation.relationships.slice(1) };
    expect((await call('PUT', `/api/briefs/${brief.id}/annotations`, second)).status).toBe(200);
    expect((await relationship('kor-alliance-usa'))?.briefIds).toEqual([SEJONG]);
    expect((await relationship('jpn-trade-kor'))?.briefIds).toEqual([brief.id]);
  });

  it("refuses a quote that is not in the text with the loader's message, and changes nothing", async () => {
    const { body: brief } = await call('POST', '/api/briefs', intake());
    const good = await annotationFor(brief.id);
    await call('PUT', `/api/briefs/${brief.id}/annotations`, good);
    const before = await graphDump();
    const bad = structuredClone(good);
    bad.relationships[1]!.evidence[0]!.quote = 'Japan never traded with anyone';
    const res = await call('PUT', `/api/briefs/${brief.id}/annotations`, bad);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ANNOTATION_INVALID');
    expect(res.body.error.details.problems).toEqual([
      'annotation: relationships[1] (jpn-trade-kor).evidence[0]: quote not found in brief text',
    ]);
    expect(await graphDump()).toEqual(before);
    // A relationship that contradicts the seed brief's record of the same id is refused too.
    const contradicting = structuredClone(good);
    contradicting.relationships[0]!.modality =
      contradicting.relationships[0]!.modality === 'fact' ? 'assessment' : 'fact';
    const conflict = await call('PUT', `/api/briefs/${brief.id}/annotations`, contradicting);
    expect(conflict.status).toBe(400);
    expect(conflict.body.error.details.problems[0]).toMatch(/kor-alliance-usa has another modality/);
    expect(await graphDump()).toEqual(before);
    // A new actor under a name another brief's actor already has ("Russia" is RUS's, in the seed).
    const duplicateActor = structuredClone(good);
    duplicateActor.actors.push({ id: 'RUSSIAN_FEDERATION', name: 'Russia', kind: 'state', aliases: [] });
    const dup = await call('PUT', `/api/briefs/${brief.id}/annotations`, duplicateActor);
    expect(dup.status).toBe(400);
    expect(dup.body.error.details.problems[0]).toMatch(
      /RUSSIAN_FEDERATION's name or alias "russia" is already RUS's \(in sejong/,
    );
    expect(await graphDump()).toEqual(before);
    // Another brief's id in the body, or no JSON at all.
    const other = await call('PUT', `/api/briefs/${brief.id}/annotations`, {
      ...good,
      brief: { ...good.brief, id: SEJONG },
    });
    expect(other.status).toBe(400);
    expect(
      (await call('PUT', `/api/briefs/${brief.id}/annotations`, 'x', { 'content-type': 'text/plain' }))
        .status,
    ).toBe(400);
    expect(await graphDump()).toEqual(before);
  });

  it('leaves seed briefs to seeds/ (409) and answers 404 for a brief it does not hold', async () => {
    const before = await graphDump();
    const put = await call(
      'PUT',
      `/api/briefs/${SEJONG}/annotations`,
      JSON.parse(seeds[0]?.annotation ?? '{}'),
    );
    expect(put.status).toBe(409);
    expect(put.body.error.message).toContain(`seeds/${SEJONG}.annotations.json`);
    expect((await call('DELETE', `/api/briefs/${SEJONG}`)).status).toBe(409);
    expect((await call('DELETE', '/api/briefs/no-such-brief')).status).toBe(404);
    expect((await call('PUT', '/api/briefs/no-such-brief/annotations', {})).status).toBe(404);
    expect((await call('DELETE', '/api/briefs/Bad_Id')).status).toBe(400);
    expect(await graphDump()).toEqual(before);
  });

  it('keeps the briefs added in the app over a restart, and a seed file of the same id replaces one', async () => {
    const { body: brief } = await call('POST', '/api/briefs', intake());
    const { body: pending } = await call(
      'POST',
      '/api/briefs',
      intake({ title: 'Pending', text: 'Not yet reviewed.' }),
    );
    await call('PUT', `/api/briefs/${brief.id}/annotations`, await annotationFor(brief.id));
    const before = await graphDump();
    // What npm start does: nothing changed, so nothing is loaded; forced, the same graph.
    expect((await loadLibrary(gateway, seeds)).loaded).toBeNull();
    expect((await loadLibrary(gateway, seeds, { force: true })).loaded).toMatchObject({ briefs: 2 });
    expect(await graphDump()).toEqual(before);
    const ids = (await call('GET', '/api/briefs')).body.items.map((b: any) => b.id).sort();
    expect(ids).toEqual([pending.id, SEJONG, brief.id].sort());
    // Committed to seeds/ (same id): the seed wins and the brief is a seed from then on.
    const asSeed = { ...(await annotationFor(brief.id)) };
    const { assertValidSeed } = await import('@briefgraph/graph/seed/validate-seed');
    const text = await (await fetch(`${server.baseUrl}/api/briefs/${brief.id}/text`)).text();
    const fileSeed = assertValidSeed(asSeed, text, `${brief.id}.annotations.json`);
    const { replaced } = await loadLibrary(gateway, [...seeds, fileSeed]);
    expect(replaced).toEqual([brief.id]);
    expect((await call('GET', `/api/briefs/${brief.id}`)).body.origin).toBe('seed');
    expect(await graphDump()).toEqual(before);
  });
});

describe('writes with WRITE_TOKEN set', () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startTestServer(gateway, { WRITE_TOKEN: TOKEN });
  });
  afterAll(async () => guarded?.close());

  it('need the bearer token to add, save and delete; reading and drafting do not', async () => {
    const url = `${guarded.baseUrl}/api/briefs`;
    const json = { 'content-type': 'application/json' };
    const refused = await fetch(url, { method: 'POST', headers: json, body: JSON.stringify(intake()) });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Bearer');
    expect((await countGraph(gateway)).nodes).toBe(seeds[0]!.actors.length + 1);
    const auth = { ...json, authorization: `Bearer ${TOKEN}` };
    const added = await fetch(url, { method: 'POST', headers: auth, body: JSON.stringify(intake()) });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    const annotation = JSON.stringify(await annotationFor(id));
    const put = (headers: Record<string, string>) =>
      fetch(`${url}/${id}/annotations`, { method: 'PUT', headers, body: annotation });
    expect((await put(json)).status).toBe(401);
    expect((await put({ ...json, authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(401);
    expect((await put(auth)).status).toBe(200);
    expect((await fetch(`${url}/${id}/draft`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${url}/${id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(`${url}/${id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
  });
});
