import { encodeCompactGraph } from '@briefgraph/graph/contracts/compact-graph';
import { describe, expect, it } from 'vitest';
import { actors, relationships } from '../test-support/fixtures.ts';
import { ApiError, createApiClient, dispositionFileName } from './api-client.ts';

function fakeFetch(...answers: Array<() => Response | Promise<Response>>) {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the API client', () => {
  it('builds readable query strings and leaves empty filters out', async () => {
    const f = fakeFetch(json(200, { from: {}, to: {}, paths: [] }));
    const api = createApiClient({ fetch: f.fetch });
    await api.paths({
      from: 'KOR',
      to: 'RUS',
      k: 3,
      maxHops: 4,
      direction: 'any',
      types: ['ALLIANCE', 'TRADE'],
    });
    expect(f.calls[0]).toBe('/api/paths?from=KOR&to=RUS&k=3&maxHops=4&direction=any&types=ALLIANCE,TRADE');
  });

  it("turns the server's error body into the error's message and code", async () => {
    const f = fakeFetch(json(404, { error: { code: 'NOT_FOUND', message: 'No actor XYZ.' } }));
    const api = createApiClient({ fetch: f.fetch });
    const error = await api.actor('XYZ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'No actor XYZ.' });
  });

  it('retries once when the server is briefly unavailable, then succeeds', async () => {
    const f = fakeFetch(json(503, { error: { code: 'DB_DOWN', message: 'down' } }), json(200, { items: [] }));
    const api = createApiClient({ fetch: f.fetch, retryDelayMs: 1 });
    await expect(api.briefs()).resolves.toEqual({ items: [] });
    expect(f.calls).toHaveLength(2);
  });

  it('does not retry a request the server refused', async () => {
    const f = fakeFetch(json(400, { error: { code: 'BAD_REQUEST', message: 'k must be 1..10' } }));
    const api = createApiClient({ fetch: f.fetch, retryDelayMs: 1 });
    await expect(api.briefs()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(f.calls).toHaveLength(1);
  });

  it('says so when the server cannot be reached', async () => {
    const down = () => Promise.reject(new TypeError('fetch failed'));
    const api = createApiClient({ fetch: fakeFetch(down, down).fetch, retryDelayMs: 1 });
    await expect(api.health()).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });

  it('gives up on a slow server after the timeout', async () => {
    const slow = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const api = createApiClient({ fetch: slow as typeof fetch, timeoutMs: 20, retryDelayMs: 1 });
    await expect(api.graph()).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('posts a snapshot as JSON once, without retrying a failure', async () => {
    const calls: RequestInit[] = [];
    const fetch = (async (_: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      return json(503, { error: { code: 'DB_DOWN', message: 'The graph database is not reachable.' } })();
    }) as typeof globalThis.fetch;
    const api = createApiClient({ fetch, retryDelayMs: 1 });
    const view = { nodes: [], edges: [], positions: {}, zoom: 1, pan: { x: 0, y: 0 } };
    await expect(api.createSnapshot({ title: 'T', view })).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.body))).toEqual({ title: 'T', view });
  });

  it('asks the server to render an image with the chosen options and reads the scale it used', async () => {
    const png = () =>
      new Response(new Uint8Array([0x89, 0x50]), {
        status: 200,
        headers: { 'content-type': 'image/png', 'X-Snapshot-Scale': '2.6' },
      });
    const f = fakeFetch(png);
    const api = createApiClient({ fetch: f.fetch });
    const view = { nodes: [], edges: [], positions: {}, zoom: 1, pan: { x: 0, y: 0 } };
    const image = await api.render(
      'png',
      { view },
      { scale: 4, background: 'transparent', title: true, legend: false, source: true },
    );
    expect(f.calls[0]).toBe('/api/render.png?scale=4&background=transparent&title=1&legend=0&source=1');
    expect(image.scale).toBe(2.6);
    expect(image.blob.size).toBe(2);
  });
});

describe('dispositionFileName', () => {
  it("takes the server's name, which carries scale and frame", () => {
    expect(dispositionFileName('attachment; filename="briefgraph-allies-2x-16x9.png"')).toBe(
      'briefgraph-allies-2x-16x9.png',
    );
    expect(dispositionFileName('inline; filename="briefgraph-view-4x3.svg"')).toBe('briefgraph-view-4x3.svg');
  });

  it('is null without a header or a name', () => {
    expect(dispositionFileName(null)).toBeNull();
    expect(dispositionFileName('inline')).toBeNull();
  });
});

describe('the workbench calls', () => {
  function recording(status: number, body: unknown) {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init: init ?? {} });
      return status === 204 ? new Response(null, { status }) : json(status, body)();
    }) as typeof globalThis.fetch;
    return { fetch, calls };
  }
  const headers = (init: RequestInit) => (init.headers ?? {}) as Record<string, string>;

  it('posts a pasted brief as JSON, with the write token when there is one', async () => {
    const f = recording(201, { id: 'a-brief' });
    const api = createApiClient({ fetch: f.fetch });
    const body = { title: 'A brief', publisher: 'P', published: '2024-01-02', text: 'Text.' };
    await expect(api.createBrief({ kind: 'json', body }, 'secret')).resolves.toEqual({ id: 'a-brief' });
    expect(f.calls[0]?.url).toBe('/api/briefs');
    expect(f.calls[0]?.init.method).toBe('POST');
    expect(headers(f.calls[0]!.init)['content-type']).toBe('application/json');
    expect(headers(f.calls[0]!.init).authorization).toBe('Bearer secret');
    expect(JSON.parse(String(f.calls[0]?.init.body))).toEqual(body);
  });

  it('uploads a file as multipart form data, leaving the content type to the browser', async () => {
    const f = recording(201, { id: 'b' });
    const api = createApiClient({ fetch: f.fetch });
    const file = new File(['<p>Hi</p>'], 'brief.html', { type: 'text/html' });
    await api.createBrief({ kind: 'upload', fields: { title: 'B', publisher: 'P' }, file }, null);
    const sent = f.calls[0]!.init;
    expect(sent.body).toBeInstanceOf(FormData);
    const form = sent.body as FormData;
    expect(form.get('title')).toBe('B');
    expect((form.get('file') as File).name).toBe('brief.html');
    expect(headers(sent)['content-type']).toBeUndefined();
    expect(headers(sent).authorization).toBeUndefined();
  });

  it('puts an annotation and deletes a brief with the token, once each', async () => {
    const put = recording(400, {
      error: { code: 'VALIDATION', message: 'bad', details: { problems: ['x'] } },
    });
    const api = createApiClient({ fetch: put.fetch, retryDelayMs: 1 });
    const body = { brief: {}, frontMatter: [], actors: [], relationships: [] } as never;
    const error = await api.saveAnnotations('b', body, 't').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, details: { problems: ['x'] } });
    expect(put.calls).toHaveLength(1);
    expect(put.calls[0]?.init.method).toBe('PUT');
    expect(put.calls[0]?.url).toBe('/api/briefs/b/annotations');

    const del = recording(204, null);
    await createApiClient({ fetch: del.fetch }).deleteBrief('b', 't');
    expect(del.calls[0]?.init.method).toBe('DELETE');
    expect(headers(del.calls[0]!.init).authorization).toBe('Bearer t');
  });

  it('asks for a draft by POST and reads the vocabulary and a saved annotation by GET', async () => {
    const f = recording(200, { actors: [], relationships: [] });
    const api = createApiClient({ fetch: f.fetch });
    await api.draft('sejong-focus-2023-04-no25');
    await api.vocabulary();
    await api.annotations('x');
    expect(f.calls.map((c) => `${c.init.method ?? 'GET'} ${c.url}`)).toEqual([
      'POST /api/briefs/sejong-focus-2023-04-no25/draft',
      'GET /api/vocabulary',
      'GET /api/briefs/x/annotations.json',
    ]);
  });
});

describe('the whole graph and its quotes', () => {
  const graph = { nodes: actors.slice(0, 2), edges: relationships.slice(0, 1), truncated: false };

  it('asks for the compact graph with both limits and decodes it: stored positions, quotes left out', async () => {
    const compact = encodeCompactGraph(graph, new Map([['KOR', { x: 12.5, y: -3, community: 2 }]]));
    const f = fakeFetch(json(200, compact));
    const api = createApiClient({ fetch: f.fetch });
    const whole = await api.wholeGraph({ limit: 10_000, edgeLimit: 25_000, types: ['ALLIANCE'] });
    expect(f.calls[0]).toBe('/api/graph?format=compact&types=ALLIANCE&limit=10000&edgeLimit=25000');
    expect(whole.graph.nodes.map((n) => n.id)).toEqual(['KOR', 'USA']);
    expect(whole.graph.edges[0]?.evidence).toEqual([{ briefId: 'brief-one', quote: '', start: 0, end: 5 }]);
    expect([...whole.placements]).toEqual([['KOR', { x: 12.5, y: -3, community: 2 }]]);
  });

  it('takes a plain graph from a server that does not know the compact format, quotes and all', async () => {
    const f = fakeFetch(json(200, graph));
    const whole = await createApiClient({ fetch: f.fetch }).wholeGraph({ limit: 10, edgeLimit: 10 });
    expect(whole.graph.edges[0]?.evidence[0]?.quote).toBe('quote');
    expect(whole.placements.size).toBe(0);
  });

  it('asks for relationships by id, comma-separated, and refuses more than 500 at once', async () => {
    const f = fakeFetch(json(200, { items: [] }));
    const api = createApiClient({ fetch: f.fetch });
    await api.relationships(['kor-alliance-usa', 'a b']);
    expect(f.calls[0]).toBe('/api/relationships?ids=kor-alliance-usa,a+b');
    expect(() => api.relationships(Array.from({ length: 501 }, (_, i) => `r${i}`))).toThrow(RangeError);
  });
});
